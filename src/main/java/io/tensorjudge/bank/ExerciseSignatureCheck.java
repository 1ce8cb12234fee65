package io.tensorjudge.bank;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The signatures of an exercise agree with its function names, params and return type. */
final class ExerciseSignatureCheck {
    private static final Pattern PY_SIGNATURE = Pattern.compile("def\\s+(\\w+)\\s*\\((.*)\\)\\s*:?\\s*");
    private static final Pattern JAVA_SIGNATURE = Pattern.compile(
            "public\\s+static\\s+([\\w<>\\[\\],\\s]+?)\\s+(\\w+)\\s*\\((.*)\\)\\s*");

    private ExerciseSignatureCheck() {
    }

    static void check(ExerciseValidation v, List<ValueType> paramTypes, ValueType returns) {
        ExerciseSpec spec = v.spec;
        List<String> paramNames = spec.params().stream().map(ExerciseSpec.Param::name).toList();
        if (v.hasLanguage("python")) {
            String fn = v.require(spec.function().python(), "function", "python");
            String sig = v.require(spec.signature().python(), "signature", "python");
            Matcher m = PY_SIGNATURE.matcher(sig.strip());
            if (!m.matches()) {
                throw v.error("signature.python must look like 'def name(a, b=1)'", "signature", "python");
            }
            if (!m.group(1).equals(fn)) {
                throw v.error("signature.python defines '" + m.group(1) + "' but function.python is '" + fn + "'",
                        "signature", "python");
            }
            List<String> sigNames = ValueType.splitParams(m.group(2)).stream()
                    .map(p -> p.split("=")[0].split(":")[0].strip()).toList();
            if (!sigNames.equals(paramNames)) {
                throw v.error("signature.python parameters " + sigNames + " differ from params " + paramNames,
                        "signature", "python");
            }
        }
        if (v.hasLanguage("java")) {
            String fn = v.require(spec.function().java(), "function", "java");
            String sig = v.require(spec.signature().java(), "signature", "java");
            Matcher m = JAVA_SIGNATURE.matcher(sig.strip());
            if (!m.matches()) {
                throw v.error("signature.java must look like 'public static INDArray name(INDArray x, int axis)'",
                        "signature", "java");
            }
            if (!m.group(2).equals(fn)) {
                throw v.error("signature.java declares '" + m.group(2) + "' but function.java is '" + fn + "'",
                        "signature", "java");
            }
            if (!compact(m.group(1)).equals(returns.javaType())) {
                throw v.error("signature.java returns " + m.group(1).strip() + " but returns '" + spec.returns()
                        + "' is " + returns.javaType() + " in Java", "signature", "java");
            }
            List<String> params = ValueType.splitParams(m.group(3));
            if (params.size() != paramTypes.size()) {
                throw v.error("signature.java has " + params.size() + " parameters, params has " + paramTypes.size(),
                        "signature", "java");
            }
            for (int i = 0; i < params.size(); i++) {
                String declared = params.get(i).replaceAll("\\s+\\w+$", "");
                if (!compact(declared).equals(paramTypes.get(i).javaType())) {
                    throw v.error("signature.java parameter " + (i + 1) + " is " + declared.strip() + " but param '"
                            + paramNames.get(i) + "' is " + paramTypes.get(i).javaType() + " in Java",
                            "signature", "java");
                }
            }
        }
    }

    private static String compact(String type) {
        return type.replaceAll("\\s+", "");
    }
}
