"""Test-only runner: calls one function from several trusted modules (solution.py, mutants) on every case.

Usage: run_solutions.py MANIFEST.json. Inputs arrive as .npy files, results leave as .npy files plus results.json, so
no value goes through text formatting. Runs without a sandbox: it only ever executes files of this repository.
"""
import copy
import importlib.util
import json
import os
import sys
import traceback
import warnings

import numpy as np

sys.dont_write_bytecode = True
warnings.simplefilter("ignore")


def load_arg(enc):
    kind = enc["kind"]
    if kind == "array":
        return np.load(enc["file"], allow_pickle=False)
    if kind == "scalar":
        return enc["value"]
    if kind == "list":
        return [load_arg(e) for e in enc["items"]]
    if kind == "dict":
        return {k: load_arg(e) for k, e in enc["items"].items()}
    raise ValueError("unknown arg kind " + kind)


def same(a, b):
    if isinstance(a, np.ndarray):
        if not isinstance(b, np.ndarray) or a.shape != b.shape or a.dtype != b.dtype:
            return False
        if a.dtype.kind == "f":
            return bool(np.array_equal(a, b, equal_nan=True))
        return bool(np.array_equal(a, b))
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b or (a != a and b != b)


class Writer:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        os.makedirs(folder, exist_ok=True)

    def encode(self, value):
        if isinstance(value, tuple):
            return {"kind": "tuple", "items": [self.encode(v) for v in value]}
        if isinstance(value, list):
            return {"kind": "list", "items": [self.encode(v) for v in value]}
        if isinstance(value, dict):
            return {"kind": "dict", "items": {str(k): self.encode(v) for k, v in value.items()}}
        if value is None:
            return {"kind": "none"}
        if isinstance(value, (bool, np.bool_)):
            return {"kind": "bool", "value": bool(value)}
        if isinstance(value, (int, np.integer)):
            return {"kind": "int", "value": int(value)}
        if isinstance(value, (float, np.floating)):
            return {"kind": "float", "value": float(value), "dtype": str(np.asarray(value).dtype)}
        if isinstance(value, np.ndarray):
            if value.dtype.kind not in "fiub":
                return {"kind": "other", "type": "ndarray of " + str(value.dtype)}
            self.count += 1
            path = os.path.join(self.folder, "out%d.npy" % self.count)
            np.save(path, np.ascontiguousarray(value), allow_pickle=False)
            return {"kind": "array", "file": path}
        return {"kind": "other", "type": type(value).__name__}


def run_module(module, function, cases, outdir):
    report = {"load_error": None, "cases": {}}
    try:
        spec = importlib.util.spec_from_file_location("candidate_" + module["key"].replace("-", "_"), module["path"])
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        fn = getattr(mod, function)
    except BaseException:
        report["load_error"] = traceback.format_exc(limit=3)
        return report
    for case in cases:
        args = [load_arg(a) for a in case["args"]]
        before = copy.deepcopy(args)
        entry = {}
        try:
            result = fn(*args)
            entry["ok"] = True
            entry["value"] = Writer(os.path.join(outdir, module["key"], case["name"])).encode(result)
            entry["modified"] = [i for i, (a, b) in enumerate(zip(before, args)) if not same(a, b)]
        except BaseException:
            entry["ok"] = False
            entry["error"] = traceback.format_exc(limit=3)[-2000:]
        report["cases"][case["name"]] = entry
    return report


def main():
    with open(sys.argv[1]) as f:
        manifest = json.load(f)
    results = {}
    for module in manifest["modules"]:
        results[module["key"]] = run_module(module, manifest["function"], manifest["cases"], manifest["outdir"])
    with open(os.path.join(manifest["outdir"], "results.json"), "w") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main()
