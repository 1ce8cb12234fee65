package io.tensorjudge.bank;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a bank YAML file strictly (snake_case keys, unknown keys rejected) into a record, and keeps the node tree so
 * that any later validation error can be reported with the line it concerns.
 */
public final class BankYaml {

    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private BankYaml() {
    }

    /** A parsed file: the bound value and a way to find the line of any path inside it. */
    public record Parsed<T>(Path file, T value, Node root) {

        /** The 1-based line of the node at {@code path} (map keys and list indexes), or of its closest parent. */
        public int lineOf(Object... path) {
            Node node = root;
            for (Object step : path) {
                Node next = child(node, step);
                if (next == null) {
                    break;
                }
                node = next;
            }
            return node == null ? 0 : node.getStartMark().getLine() + 1;
        }

        public BankFileException error(String itemId, String problem, Object... path) {
            return new BankFileException(file, lineOf(path), itemId, problem);
        }
    }

    public static <T> Parsed<T> read(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BankFileException(file, 0, null, "cannot read file: " + e.getMessage());
        }
        return parse(file, text, type);
    }

    public static <T> Parsed<T> parse(Path file, String text, Class<T> type) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new BankFileException(file, line, null, "invalid YAML: " + e.getProblem());
        } catch (RuntimeException e) {
            throw new BankFileException(file, 0, null, "invalid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new BankFileException(file, 0, null, "the file is empty");
        }
        Parsed<T> located = new Parsed<>(file, null, root);
        try {
            T value = MAPPER.readValue(text, type);
            return new Parsed<>(file, value, root);
        } catch (JsonMappingException e) {
            Object[] path = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? (Object) ref.getFieldName() : (Object) ref.getIndex())
                    .toArray();
            throw located.error(itemIdAt(root, path), describe(e, path), path);
        } catch (IOException e) {
            throw new BankFileException(file, 0, null, "invalid YAML: " + e.getMessage());
        }
    }

    /** Converts a mapping error into a sentence an author can act on, without Java class names. */
    private static String describe(JsonMappingException e, Object[] path) {
        String where = path.length == 0 ? "file" : "'" + pathText(path) + "'";
        String original = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "'";
        }
        if (original != null && original.startsWith("Missing required creator property")) {
            return "missing required key " + where;
        }
        if (original != null && original.contains("Cannot deserialize value of type")) {
            return "wrong type for " + where;
        }
        if (original != null && original.contains("Cannot construct instance")) {
            return "invalid value for " + where + ": " + firstLine(original);
        }
        return "invalid value for " + where + ": " + firstLine(original);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.replaceAll("\\s*\\(class [^)]*\\)", "").replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "value");
    }

    static String pathText(Object[] path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(step);
            }
        }
        return text.toString();
    }

    /** The id of the list item a path points into (e.g. questions[3].id), to name the item in error messages. */
    private static String itemIdAt(Node root, Object[] path) {
        Node node = root;
        Node lastItem = null;
        for (Object step : path) {
            node = child(node, step);
            if (node == null) {
                break;
            }
            if (step instanceof Integer) {
                lastItem = node;
            }
        }
        Node id = lastItem == null ? child(root, "id") : child(lastItem, "id");
        return id instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static Node child(Node node, Object step) {
        if (node instanceof MappingNode map && step instanceof String key) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
        } else if (node instanceof SequenceNode seq && step instanceof Integer index) {
            List<Node> items = seq.getValue();
            return index >= 0 && index < items.size() ? items.get(index) : null;
        }
        return null;
    }

    /** The mapper used for bank files, for writers that must produce the same format (e.g. the seed importer). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

}
