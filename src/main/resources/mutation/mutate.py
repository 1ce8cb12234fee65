"""Mechanical mutants of an exercise's solution.py (mutation analysis of the bank's test cases).

Reads Python source on stdin and prints JSON on stdout:
  {"generated": <number before sampling>, "ids": [every mutant's id, sorted],
   "mutants": [{"id", "operator", "line", "description", "diff", "source"}]}
Only the standard library's `ast` is used: the source is parsed, never run. The output depends only on the source
and --max, so mutant ids are stable while solution.py is unchanged (mutation.yaml refers to them).

Usage: python3 mutate.py [--max N] [--name solution.py] < solution.py
"""

import argparse
import ast
import copy
import difflib
import json
import random
import sys

# One seed for the sampling shuffle: the first N of one fixed permutation, so a smaller --max is a subset of a larger.
SAMPLE_SEED = 20240615

ARITH_SWAPS = {
    ast.Add: [ast.Sub], ast.Sub: [ast.Add], ast.Mult: [ast.Div], ast.Div: [ast.Mult],
    ast.FloorDiv: [ast.Div], ast.Pow: [ast.Mult], ast.Mod: [ast.FloorDiv], ast.MatMult: [ast.Mult],
}
NON_COMMUTATIVE = (ast.Sub, ast.Div, ast.FloorDiv, ast.Pow, ast.MatMult, ast.Mod)
COMPARE_SWAPS = {
    ast.Lt: [ast.LtE, ast.Gt], ast.LtE: [ast.Lt, ast.GtE], ast.Gt: [ast.GtE, ast.Lt], ast.GtE: [ast.Gt, ast.LtE],
    ast.Eq: [ast.NotEq], ast.NotEq: [ast.Eq], ast.Is: [ast.IsNot], ast.IsNot: [ast.Is],
    ast.In: [ast.NotIn], ast.NotIn: [ast.In],
}
OP_SYMBOLS = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Pow: "**", ast.Mod: "%",
    ast.MatMult: "@", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
}
OP_WORDS = {
    ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "div", ast.FloorDiv: "floordiv", ast.Pow: "pow",
    ast.Mod: "mod", ast.MatMult: "matmul", ast.Lt: "lt", ast.LtE: "le", ast.Gt: "gt", ast.GtE: "ge", ast.Eq: "eq",
    ast.NotEq: "ne", ast.Is: "is", ast.IsNot: "isnot", ast.In: "in", ast.NotIn: "notin",
}
# Calls replaced by a sibling function (same arguments).
RENAMES = {
    "mean": "sum", "sum": "mean", "max": "min", "min": "max", "amax": "amin", "amin": "amax",
    "maximum": "minimum", "minimum": "maximum", "argmax": "argmin", "argmin": "argmax", "var": "std",
    "std": "var", "prod": "sum", "nanmax": "nanmin", "nanmin": "nanmax", "tanh": "sin",
}
# Calls replaced by their first argument (the function "dropped").
# float() is not among them: the grader reads a NumPy scalar as the float it is, so dropping it never changes a value.
IDENTITIES = {"exp", "log", "log1p", "expm1", "sqrt", "tanh", "abs", "fabs", "sin", "maximum", "minimum", "clip",
              "cumsum", "square"}
# Calls whose first two arguments commute (swapaxes(a, i, j) == swapaxes(a, j, i) swaps its 2nd and 3rd): swapping
# them would only make equivalent mutants.
SYMMETRIC = {"maximum": 0, "minimum": 0, "fmax": 0, "fmin": 0, "add": 0, "multiply": 0, "hypot": 0, "max": 0,
             "min": 0, "swapaxes": 1}


def slug_op(op_type):
    return OP_WORDS.get(op_type, op_type.__name__.lower())


def call_name(call):
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def num(value):
    """A literal as the parser builds it: a negative number is a minus applied to a positive constant."""
    if not isinstance(value, bool) and value < 0:
        return ast.UnaryOp(op=ast.USub(), operand=ast.Constant(value=-value))
    return ast.Constant(value=value)


def plus(node, k):
    return ast.BinOp(left=copy.deepcopy(node), op=ast.Add() if k > 0 else ast.Sub(), right=num(abs(k)))


class Candidate:
    def __init__(self, index, operator, slug, transform):
        self.index = index          # position of the node in ast.walk order
        self.operator = operator
        self.slug = slug
        self.transform = transform  # deep copy of the node -> replacement node


def skipped_nodes(tree):
    """Nodes never mutated: default values (every case passes every argument), annotations, decorators."""
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
                skip.update(id(n) for n in ast.walk(default))
            if not isinstance(node, ast.Lambda):
                for dec in node.decorator_list:
                    skip.update(id(n) for n in ast.walk(dec))
                if node.returns is not None:
                    skip.update(id(n) for n in ast.walk(node.returns))
        if isinstance(node, ast.arg) and node.annotation is not None:
            skip.update(id(n) for n in ast.walk(node.annotation))
        if isinstance(node, ast.AnnAssign):
            skip.update(id(n) for n in ast.walk(node.annotation))
        if isinstance(node, ast.JoinedStr):
            skip.update(id(n) for n in ast.walk(node))
    return skip


def keyword_context(tree):
    """For constants that are the value of a keyword argument: the keyword's name (axis, keepdims, ...)."""
    context = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg is not None:
            for sub in ast.walk(node.value):
                context[id(sub)] = node.arg
    return context


def range_args(tree):
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and call_name(node) == "range":
            ids.update(id(a) for a in node.args)
    return ids


def local_functions(tree):
    return {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}


def candidates_for(index, node, ctx):
    out = []

    def add(operator, slug, transform):
        out.append(Candidate(index, operator, slug, transform))

    if isinstance(node, ast.BinOp):
        op = type(node.op)
        for new_op in ARITH_SWAPS.get(op, []):
            add("arithmetic", f"{slug_op(op)}-to-{slug_op(new_op)}",
                lambda n, new_op=new_op: ast.BinOp(left=n.left, op=new_op(), right=n.right))
        if op in NON_COMMUTATIVE and ast.dump(node.left) != ast.dump(node.right):
            add("swap-operands", f"swap-{slug_op(op)}-operands",
                lambda n: ast.BinOp(left=n.right, op=n.op, right=n.left))
        if op in (ast.Add, ast.Sub, ast.Mult, ast.Div):
            add("drop-term", f"{slug_op(op)}-keep-left", lambda n: n.left)
        if op in (ast.Add, ast.Mult):
            add("drop-term", f"{slug_op(op)}-keep-right", lambda n: n.right)
        exponent = node.right.operand if isinstance(node.right, ast.UnaryOp) else node.right
        if op is ast.Pow and isinstance(exponent, ast.Constant) and isinstance(exponent.value, (int, float)) \
                and not isinstance(exponent.value, bool):
            add("exponent", "drop-exponent", lambda n: n.left)

    elif isinstance(node, ast.Compare) and len(node.ops) == 1:
        op = type(node.ops[0])
        for new_op in COMPARE_SWAPS.get(op, []):
            add("comparison", f"{slug_op(op)}-to-{slug_op(new_op)}",
                lambda n, new_op=new_op: ast.Compare(left=n.left, ops=[new_op()], comparators=n.comparators))

    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.Not)):
        add("drop-term", "drop-negation" if isinstance(node.op, ast.USub) else "drop-not", lambda n: n.operand)

    elif isinstance(node, ast.Constant) and not isinstance(node.value, (str, bytes)) and node.value is not None:
        keyword = ctx["keywords"].get(id(node))
        in_range = id(node) in ctx["ranges"]
        value = node.value
        if isinstance(value, bool):
            operator = keyword if keyword in ("keepdims", "keepdim") else "constant"
            add(operator, f"{str(value).lower()}-to-{str(not value).lower()}", lambda n: num(not n.value))
        elif isinstance(value, int):
            operator = "axis" if keyword == "axis" else "off-by-one" if in_range \
                else "exponent" if ctx["exponents"].get(id(node)) else "constant"
            for new in (value + 1, value - 1):
                add(operator, f"int-{value}-to-{new}".replace("--", "-minus-"), lambda n, new=new: num(new))
        elif isinstance(value, float):
            news = []
            if value == 0.0:
                news = [1.0]
            elif value == 1.0:
                news = [0.0, 2.0]
            elif abs(value) < 1e-3:
                news = [0.0, value * 1e4]        # an epsilon: dropped, or large enough to show
            else:
                news = [value * 2.0, value + 1.0]
            for new in news:
                add("exponent" if ctx["exponents"].get(id(node)) else "constant",
                    f"float-{value!r}-to-{new!r}", lambda n, new=new: num(new))

    elif isinstance(node, ast.Call):
        name = call_name(node)
        if name == "range":
            for i in range(len(node.args)):
                for k in (1, -1):
                    add("off-by-one", f"range-arg{i}-{'plus' if k > 0 else 'minus'}-one",
                        lambda n, i=i, k=k: ast.Call(func=n.func, keywords=n.keywords,
                                                     args=[plus(a, k) if j == i else a for j, a in enumerate(n.args)]))
        if name in RENAMES:
            new = RENAMES[name]
            if isinstance(node.func, ast.Attribute):
                add("call", f"{name}-to-{new}", lambda n, new=new: ast.Call(
                    func=ast.Attribute(value=n.func.value, attr=new, ctx=ast.Load()), args=n.args, keywords=n.keywords))
            elif name in ("max", "min", "sum"):
                add("call", f"{name}-to-{new}" if name != "sum" else "sum-to-max",
                    lambda n, new=new if name != "sum" else "max": ast.Call(
                        func=ast.Name(id=new, ctx=ast.Load()), args=n.args, keywords=n.keywords))
        if node.args and (name in IDENTITIES or (name in ctx["local"] and len(node.args) == 1)):
            add("call", f"{name}-to-identity", lambda n: n.args[0])
        if name == "cos" and len(node.args) == 1:
            def linear(n):
                pi = ast.Attribute(value=n.func.value, attr="pi", ctx=ast.Load()) \
                    if isinstance(n.func, ast.Attribute) else num(3.141592653589793)
                return ast.BinOp(left=num(1.0), op=ast.Sub(), right=ast.BinOp(
                    left=ast.BinOp(left=num(2.0), op=ast.Mult(), right=n.args[0]), op=ast.Div(), right=pi))
            add("call", "cos-to-linear", linear)
        kw_names = [k.arg for k in node.keywords]
        for kw in ("axis", "keepdims", "keepdim", "dim"):
            value = next((k.value for k in node.keywords if k.arg == kw), None)
            if kw in kw_names and not (isinstance(value, ast.Constant) and isinstance(value.value, bool)):
                add("axis" if kw in ("axis", "dim") else "keepdims", f"drop-{kw}", lambda n, kw=kw: ast.Call(
                    func=n.func, args=n.args, keywords=[k for k in n.keywords if k.arg != kw]))
        positional = [a for a in node.args if not isinstance(a, ast.Starred)]
        if len(positional) == len(node.args):
            for i in range(min(len(node.args) - 1, 3)):
                if ast.dump(node.args[i]) != ast.dump(node.args[i + 1]) and SYMMETRIC.get(name) != i:
                    add("swap-args", f"{name or 'call'}-swap-args-{i}-{i + 1}", lambda n, i=i: ast.Call(
                        func=n.func, keywords=n.keywords,
                        args=n.args[:i] + [n.args[i + 1], n.args[i]] + n.args[i + 2:]))

    elif isinstance(node, ast.Tuple) and isinstance(node.ctx, ast.Load) and len(node.elts) >= 2 \
            and not any(isinstance(e, ast.Starred) for e in node.elts):
        for i in range(min(len(node.elts) - 1, 3)):
            if ast.dump(node.elts[i]) != ast.dump(node.elts[i + 1]):
                add("swap-args", f"tuple-swap-{i}-{i + 1}", lambda n, i=i: ast.Tuple(
                    elts=n.elts[:i] + [n.elts[i + 1], n.elts[i]] + n.elts[i + 2:], ctx=ast.Load()))

    elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Name) and isinstance(node.ctx, ast.Load):
        for k in (1, -1):
            add("off-by-one", f"index-{'plus' if k > 0 else 'minus'}-one", lambda n, k=k: ast.Subscript(
                value=n.value, slice=plus(n.slice, k), ctx=ast.Load()))

    elif isinstance(node, ast.Slice):
        for part in ("lower", "upper"):
            bound = getattr(node, part)
            if bound is None or (isinstance(bound, ast.Constant)):
                continue  # a constant bound is already mutated by the constant operator
            for k in (1, -1):
                def shift(n, part=part, k=k):
                    s = ast.Slice(lower=n.lower, upper=n.upper, step=n.step)
                    setattr(s, part, plus(getattr(n, part), k))
                    return s
                add("off-by-one", f"slice-{part}-{'plus' if k > 0 else 'minus'}-one", shift)
    return out


def exponent_constants(tree):
    ids = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            for sub in ast.walk(node.right):
                ids[id(sub)] = True
    return ids


def replace_child(parent_map, old, new):
    parent, field, pos = parent_map[id(old)]
    if pos is None:
        setattr(parent, field, new)
    else:
        getattr(parent, field)[pos] = new


def parents(tree):
    result = {}
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if isinstance(value, ast.AST):
                result[id(value)] = (parent, field, None)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, ast.AST):
                        result[id(item)] = (parent, field, i)
    return result


def splice(source_bytes, line_starts, node, replacement, parens):
    """The original source with the node's text replaced: comments and layout elsewhere stay as they were."""
    start = line_starts[node.lineno - 1] + node.col_offset
    end = line_starts[node.end_lineno - 1] + node.end_col_offset
    text = ast.unparse(replacement)
    if parens:
        text = "(" + text + ")"
    old = source_bytes[start:end].decode("utf-8")
    return (source_bytes[:start] + text.encode("utf-8") + source_bytes[end:]).decode("utf-8"), old, text


def render(source_bytes, line_starts, original, mutated_nodes, index, parent_index, dump):
    """The spliced source, parenthesised only where the bare text would parse differently. When the changed node's
    text cannot stand alone (a tuple of slices inside a subscript), the enclosing expression is spliced instead;
    None when no expression around it works (the caller then unparses the whole module)."""
    while index is not None and isinstance(original[index], ast.expr):
        for parens in (False, True):
            mutated, old, new = splice(source_bytes, line_starts, original[index], mutated_nodes[index], parens)
            try:
                if ast.dump(ast.parse(mutated)) == dump:
                    return mutated, old, new
            except SyntaxError:
                pass
        index = parent_index.get(index)
    return None, None, None


def generate(source, max_mutants, name):
    tree = ast.parse(source)
    original_dump = ast.dump(tree)
    source_bytes = source.encode("utf-8")
    line_starts = [0]
    for line in source_bytes.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    skip = skipped_nodes(tree)
    ctx = {"keywords": keyword_context(tree), "ranges": range_args(tree), "local": local_functions(tree),
           "exponents": exponent_constants(tree)}
    nodes = list(ast.walk(tree))
    position = {id(n): i for i, n in enumerate(nodes)}
    parent_index = {position[id(child)]: position[id(parent)] for parent in nodes
                    for child in ast.iter_child_nodes(parent)}
    candidates = []
    for index, node in enumerate(nodes):
        if isinstance(node, ast.expr) and id(node) not in skip and hasattr(node, "lineno"):
            candidates.extend(candidates_for(index, node, ctx))

    seen = {original_dump}
    mutants = []
    for cand in candidates:
        mutated_tree = copy.deepcopy(tree)
        target = list(ast.walk(mutated_tree))[cand.index]
        replacement = cand.transform(copy.deepcopy(target))
        replace_child(parents(mutated_tree), target, replacement)
        ast.fix_missing_locations(mutated_tree)
        dump = ast.dump(mutated_tree)
        if dump in seen:
            continue  # no change, or the same program as an earlier mutant
        seen.add(dump)
        original_node = nodes[cand.index]
        # Ancestors come before a node in ast.walk's breadth-first order, so their indices agree in both trees.
        mutated, old, new = render(source_bytes, line_starts, nodes, list(ast.walk(mutated_tree)), cand.index,
                                   parent_index, dump)
        if mutated is None:
            mutated = ast.unparse(mutated_tree) + "\n"
            old, new = ast.unparse(original_node), ast.unparse(replacement)
        mutants.append({
            "operator": cand.operator,
            "line": original_node.lineno,
            "col": original_node.col_offset,
            "slug": cand.slug,
            "description": f"line {original_node.lineno}: {shorten(old)} -> {shorten(new)}",
            "source": mutated,
        })

    # Ids over the full set (before sampling), so a mutant keeps its id whatever --max is.
    used = set()
    for m in mutants:
        mid = f"L{m['line']}C{m['col']}-{m['slug']}"
        k = 2
        while mid in used:
            mid = f"L{m['line']}C{m['col']}-{m['slug']}-{k}"
            k += 1
        used.add(mid)
        m["id"] = mid

    order = list(range(len(mutants)))
    random.Random(SAMPLE_SEED).shuffle(order)
    result = []
    for i in sorted(order[:max_mutants]):
        m = mutants[i]
        diff = "".join(difflib.unified_diff(source.splitlines(keepends=True), m["source"].splitlines(keepends=True),
                                            "a/" + name, "b/" + name, n=1))
        result.append({"id": m["id"], "operator": m["operator"], "line": m["line"], "description": m["description"],
                       "diff": diff, "source": m["source"]})
    return {"generated": len(mutants), "ids": sorted(m["id"] for m in mutants), "mutants": result}


def shorten(text, limit=80):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=60, help="at most this many mutants (sampled deterministically)")
    parser.add_argument("--name", default="solution.py", help="file name shown in the diffs")
    args = parser.parse_args()
    source = sys.stdin.read()
    json.dump(generate(source, max(0, args.max), args.name), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
