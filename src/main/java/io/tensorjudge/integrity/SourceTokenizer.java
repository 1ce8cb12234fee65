package io.tensorjudge.integrity;

import io.tensorjudge.common.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small hand tokenizer for Python and Java that keeps what survives cosmetic edits. Comments, whitespace, Python
 * docstrings and import/package statements are dropped (they carry no logic, and every candidate writes the same
 * imports); names become {@code V}, numbers {@code N} and strings {@code S}, so renaming and reformatting change
 * nothing. Keywords and operators are kept, and so is a name right after a dot ({@code np.exp}, {@code x.sum}): those
 * are library members a copier cannot rename, and they tell independent solutions apart.
 */
final class SourceTokenizer {

    private static final Set<String> OPERATORS_3 = Set.of("**=", "//=", ">>=", "<<=", "...", ">>>");
    private static final Set<String> OPERATORS_2 = Set.of("==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=",
            "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "//", "<<", ">>", "->", "::", ":=", "@=");

    private enum Kind { NAME, KEYWORD, NUMBER, STRING, OPERATOR }

    private record Raw(Kind kind, String text, int line, int endLine, int depth) {
    }

    private final Language language;

    SourceTokenizer(Language language) {
        this.language = language;
    }

    List<Token> tokenize(String source) {
        List<Raw> raw = lex(source);
        List<Token> tokens = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Raw token = raw.get(i);
            if (startsStatement(raw, i) && isImportKeyword(token)) {
                i = endOfImport(raw, i);
                continue;
            }
            if (language == Language.PYTHON && isDocstring(raw, i)) {
                continue;
            }
            tokens.add(new Token(normalized(raw, i), token.line()));
        }
        return tokens;
    }

    private String normalized(List<Raw> raw, int i) {
        Raw token = raw.get(i);
        return switch (token.kind()) {
            case NAME -> i > 0 && raw.get(i - 1).text().equals(".") ? token.text() : "V";
            case NUMBER -> "N";
            case STRING -> "S";
            case KEYWORD, OPERATOR -> token.text();
        };
    }

    private boolean isImportKeyword(Raw token) {
        if (token.kind() != Kind.KEYWORD) {
            return false;
        }
        return language == Language.PYTHON
                ? token.text().equals("import") || token.text().equals("from")
                : token.text().equals("import") || token.text().equals("package");
    }

    /** Index of the last token of the import that starts at {@code start}. */
    private int endOfImport(List<Raw> raw, int start) {
        int i = start;
        if (language == Language.JAVA) {
            while (i < raw.size() && !raw.get(i).text().equals(";")) {
                i++;
            }
            return i;
        }
        while (i + 1 < raw.size() && !startsStatement(raw, i + 1)) {
            i++;
        }
        return i;
    }

    /** A token at bracket depth 0 on a later line than the previous one (Java: after ; { or }). */
    private boolean startsStatement(List<Raw> raw, int i) {
        if (i == 0) {
            return true;
        }
        Raw previous = raw.get(i - 1);
        if (language == Language.JAVA) {
            return previous.text().equals(";") || previous.text().equals("{") || previous.text().equals("}");
        }
        return raw.get(i).depth() == 0 && previous.endLine() < raw.get(i).line();
    }

    /** A string that is a whole statement by itself: Python's docstrings, which are comments in all but name. */
    private boolean isDocstring(List<Raw> raw, int i) {
        Raw token = raw.get(i);
        if (token.kind() != Kind.STRING || !startsStatement(raw, i)) {
            return false;
        }
        return i + 1 == raw.size() || startsStatement(raw, i + 1);
    }

    private List<Raw> lex(String s) {
        List<Raw> out = new ArrayList<>();
        int line = 1;
        int depth = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c) || c == '\\') {
                i++;
            } else if (startsLineComment(s, i)) {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (language == Language.JAVA && s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += newlines(s, i, end);
                i = end;
            } else if (stringStart(s, i) >= 0) {
                int quote = stringStart(s, i);
                int end = endOfString(s, quote);
                int endLine = line + newlines(s, i, end);
                out.add(new Raw(Kind.STRING, s.substring(i, end), line, endLine, depth));
                line = endLine;
                i = end;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int end = endOfNumber(s, i);
                out.add(new Raw(Kind.NUMBER, s.substring(i, end), line, line, depth));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(s.charAt(end))) {
                    end++;
                }
                String word = s.substring(i, end);
                out.add(new Raw(Keywords.isKeyword(language, word) ? Kind.KEYWORD : Kind.NAME, word, line, line, depth));
                i = end;
            } else {
                String op = operatorAt(s, i);
                if (op.equals(")") || op.equals("]") || op.equals("}")) {
                    depth = Math.max(0, depth - 1);
                }
                out.add(new Raw(Kind.OPERATOR, op, line, line, depth));
                if (op.equals("(") || op.equals("[") || op.equals("{")) {
                    depth++;
                }
                i += op.length();
            }
        }
        return out;
    }

    private boolean startsLineComment(String s, int i) {
        return language == Language.PYTHON ? s.charAt(i) == '#' : s.startsWith("//", i);
    }

    /** Index of the opening quote if a string literal (with its Python prefix such as r, b, f) starts at i, else -1. */
    private int stringStart(String s, int i) {
        int j = i;
        if (language == Language.PYTHON) {
            while (j < s.length() && j - i < 2 && "rRbBuUfF".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j > i && i > 0 && Character.isJavaIdentifierPart(s.charAt(i - 1))) {
                return -1;
            }
        }
        if (j < s.length() && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
            return j;
        }
        return -1;
    }

    private int endOfString(String s, int quoteAt) {
        char quote = s.charAt(quoteAt);
        String triple = String.valueOf(quote).repeat(3);
        if (s.startsWith(triple, quoteAt)) {
            int end = s.indexOf(triple, quoteAt + 3);
            return end < 0 ? s.length() : end + 3;
        }
        int i = quoteAt + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static int endOfNumber(String s, int i) {
        int end = i;
        while (end < s.length()) {
            char c = s.charAt(end);
            boolean exponentSign = (c == '+' || c == '-') && (s.charAt(end - 1) == 'e' || s.charAt(end - 1) == 'E')
                    && !s.substring(i, end).toLowerCase().startsWith("0x");
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    private static String operatorAt(String s, int i) {
        if (i + 3 <= s.length() && OPERATORS_3.contains(s.substring(i, i + 3))) {
            return s.substring(i, i + 3);
        }
        if (i + 2 <= s.length() && OPERATORS_2.contains(s.substring(i, i + 2))) {
            return s.substring(i, i + 2);
        }
        return s.substring(i, i + 1);
    }

    private static int newlines(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
