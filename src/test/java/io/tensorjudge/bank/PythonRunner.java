package io.tensorjudge.bank;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorjudge.grading.ValueCodec;
import io.tensorjudge.wire.NdArray;
import io.tensorjudge.wire.Npy;
import io.tensorjudge.wire.WireException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs trusted Python modules (solution.py and mutants) of one exercise on all its cases in a single
 * /usr/bin/python3 process, exchanging arrays as .npy files. Test-only: there is no sandbox here.
 */
final class PythonRunner {

    static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /** The result of one module on one case: a value, or the error it raised. */
    record Outcome(boolean ok, Object value, String error, List<Integer> modifiedArgs) {
    }

    /** Module results: load error (if any) and per-case outcomes. */
    record ModuleResult(String loadError, Map<String, Outcome> cases) {
    }

    private PythonRunner() {
    }

    static Map<String, ModuleResult> run(String function, Map<String, Path> modules, Map<String, List<Object>> casesArgs,
            Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("function", function);
        manifest.put("outdir", work.resolve("out").toString());
        Files.createDirectories(work.resolve("out"));
        ArrayNode mods = manifest.putArray("modules");
        modules.forEach((key, path) -> mods.addObject().put("key", key).put("path", path.toAbsolutePath().toString()));
        ArrayNode cases = manifest.putArray("cases");
        int[] counter = {0};
        for (Map.Entry<String, List<Object>> c : casesArgs.entrySet()) {
            ObjectNode node = cases.addObject().put("name", c.getKey());
            ArrayNode args = node.putArray("args");
            for (Object arg : c.getValue()) {
                args.add(encode(arg, work.resolve("in"), counter));
            }
        }
        Path manifestFile = work.resolve("manifest.json");
        JSON.writeValue(manifestFile.toFile(), manifest);
        Process process = new ProcessBuilder(PYTHON, runnerScript().toString(), manifestFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("python.log").toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("python runner timed out for " + function);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("python runner failed: " + Files.readString(work.resolve("python.log")));
        }
        JsonNode results = JSON.readTree(work.resolve("out").resolve("results.json").toFile());
        Map<String, ModuleResult> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = results.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> module = it.next();
            JsonNode loadError = module.getValue().get("load_error");
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> cs = module.getValue().get("cases").fields(); cs.hasNext();) {
                Map.Entry<String, JsonNode> c = cs.next();
                JsonNode n = c.getValue();
                if (n.get("ok").asBoolean()) {
                    List<Integer> modified = new ArrayList<>();
                    n.get("modified").forEach(i -> modified.add(i.asInt()));
                    outcomes.put(c.getKey(), new Outcome(true, decode(n.get("value")), null, modified));
                } else {
                    outcomes.put(c.getKey(), new Outcome(false, null, n.get("error").asText(), List.of()));
                }
            }
            out.put(module.getKey(), new ModuleResult(loadError == null || loadError.isNull() ? null : loadError.asText(),
                    outcomes));
        }
        return out;
    }

    private static JsonNode encode(Object arg, Path dir, int[] counter) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        if (arg instanceof INDArray a) {
            Files.createDirectories(dir);
            Path file = dir.resolve("arg" + (counter[0]++) + ".npy");
            Files.write(file, Npy.write((NdArray) ValueCodec.toValue(a)));
            node.put("kind", "array").put("file", file.toString());
        } else if (arg instanceof List<?> list) {
            ArrayNode items = node.put("kind", "list").putArray("items");
            for (Object item : list) {
                items.add(encode(item, dir, counter));
            }
        } else if (arg instanceof Map<?, ?> map) {
            ObjectNode items = node.put("kind", "dict").putObject("items");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                items.set(String.valueOf(e.getKey()), encode(e.getValue(), dir, counter));
            }
        } else {
            node.put("kind", "scalar").set("value", JSON.valueToTree(arg));
        }
        return node;
    }

    private static Object decode(JsonNode n) throws IOException {
        String kind = n.get("kind").asText();
        switch (kind) {
            case "array":
                try {
                    return ValueCodec.fromValue(Npy.read(Files.readAllBytes(Path.of(n.get("file").asText())),
                            Long.MAX_VALUE));
                } catch (WireException e) {
                    throw new IOException(e);
                }
            case "float":
            case "int":
                return n.get("value").asDouble();
            case "bool":
                return n.get("value").asBoolean();
            case "none":
                return null;
            case "tuple": {
                List<Object> items = new ArrayList<>();
                for (JsonNode item : n.get("items")) {
                    items.add(decode(item));
                }
                return items.stream().allMatch(i -> i instanceof INDArray) ? items.toArray(new INDArray[0]) : items.toArray();
            }
            case "list": {
                List<Object> items = new ArrayList<>();
                for (JsonNode item : n.get("items")) {
                    items.add(decode(item));
                }
                return items;
            }
            case "dict": {
                Map<String, Object> items = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = n.get("items").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    items.put(e.getKey(), decode(e.getValue()));
                }
                return items;
            }
            default:
                return "unsupported Python value: " + n.path("type").asText(kind);
        }
    }

    private static Path runnerScript() throws IOException {
        Path script = Files.createTempFile("run_solutions", ".py");
        try (var in = PythonRunner.class.getResourceAsStream("/python/run_solutions.py")) {
            Files.write(script, in.readAllBytes());
        }
        script.toFile().deleteOnExit();
        return script;
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
