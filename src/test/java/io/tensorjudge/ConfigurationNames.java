package io.tensorjudge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import io.tensorjudge.config.DatabaseSelection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The environment variables the app reads at run time: Quarkus's run-time properties (from the config model every
 * extension jar ships), TensorJudge's own ({@code @ConfigMapping} interfaces and application.properties) and the
 * database variables the start-up check reads. A deployment file naming anything else sets nothing.
 */
final class ConfigurationNames {

    private static final String QUARKUS_MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";

    private final Set<String> runTime = new TreeSet<>();
    private final Set<String> buildTime = new TreeSet<>();

    static ConfigurationNames ofThisApp() throws IOException {
        ConfigurationNames names = new ConfigurationNames();
        names.addQuarkusModels();
        names.addApplicationProperties(Path.of("src/main/resources/application.properties"));
        new ClassFileImporter().importPackages("io.tensorjudge.config").stream()
                .filter(type -> type.isAnnotatedWith(ConfigMapping.class))
                .forEach(type -> names.addMapping(type.reflect()));
        names.runTime.addAll(Set.of(DatabaseSelection.URL_ENV, DatabaseSelection.USER_ENV,
                DatabaseSelection.PASSWORD_ENV));
        return names;
    }

    /** MicroProfile Config's rule: a property is found under its name upper-cased with every other character "_". */
    static String environmentName(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    boolean settableAtRunTime(String env) {
        return runTime.contains(env);
    }

    boolean fixedAtBuildTime(String env) {
        return buildTime.contains(env) && !runTime.contains(env);
    }

    Set<String> runTimeNames() {
        return Collections.unmodifiableSet(runTime);
    }

    private void addQuarkusModels() throws IOException {
        ObjectMapper json = new ObjectMapper();
        var models = getClass().getClassLoader().getResources(QUARKUS_MODEL);
        while (models.hasMoreElements()) {
            URL model = models.nextElement();
            try (InputStream in = model.openStream()) {
                collect(json.readTree(in));
            }
        }
    }

    private void collect(JsonNode node) {
        JsonNode env = node.path("path").path("environmentVariable");
        if (env.isTextual()) {
            String phase = node.path("phase").asText();
            (phase.equals("RUN_TIME") ? runTime : buildTime).add(env.asText());
        }
        node.forEach(this::collect);
    }

    private void addApplicationProperties(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.stringPropertyNames().stream()
                .map(key -> key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key)
                .filter(key -> key.startsWith("tensorjudge."))
                .forEach(key -> runTime.add(environmentName(key)));
    }

    private void addMapping(Class<?> mapping) {
        addGroup(mapping.getAnnotation(ConfigMapping.class).prefix(), mapping);
    }

    private void addGroup(String prefix, Class<?> group) {
        for (Method method : group.getMethods()) {
            if (method.getParameterCount() > 0 || Modifier.isStatic(method.getModifiers()) || method.isDefault()) {
                continue;
            }
            String property = method.isAnnotationPresent(WithParentName.class) ? prefix
                    : prefix + "." + kebab(method.getName());
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getName().startsWith("io.tensorjudge.")) {
                addGroup(property, type);
            } else if (isValue(type)) {
                runTime.add(environmentName(property));
            }
        }
    }

    private static boolean isValue(Class<?> type) {
        return type.isPrimitive() || type.getName().startsWith("java.lang.") || type.getName().startsWith("java.time.")
                || type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
                || type == OptionalDouble.class || type.isEnum() || type == java.util.List.class;
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
