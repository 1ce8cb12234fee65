package io.tensorjudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/ (Dockerfile, compose file, nginx, Kubernetes manifests) cannot be run here: no container engine. So the
 * files are parsed, and every environment variable they set must be one the app reads at run time, every port the
 * one the app listens on, every probe a health endpoint, every referenced file, ConfigMap and Secret present.
 */
class DeploymentFilesTest {

    private static final Path DOCKER = Path.of("docker");
    private static final Pattern FROM_CONTEXT = Pattern.compile("(?m)^\\s*(?:ENV|EXPOSE)\\s+(\\S+)");

    private static ConfigurationNames names;
    private static int appPort;

    @BeforeAll
    static void readTheAppsConfiguration() throws IOException {
        names = ConfigurationNames.ofThisApp();
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        appPort = Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    @Test
    void shouldKnowTheNamesThatTheDocsPromise() {
        assertThat(names.runTimeNames()).contains("TENSORJUDGE_DB_URL", "TENSORJUDGE_ADMIN_PASSWORD",
                "TENSORJUDGE_SANDBOX_ALLOW_WITHOUT_CGROUP", "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY",
                "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
    }

    @Test
    void shouldRefuseNamesTheAppDoesNotReadAtRunTime() {
        assertThat(names.settableAtRunTime("TENSORJUDGE_SANDBOX_ALOW_WITHOUT_CGROUP")).isFalse();
        assertThat(names.settableAtRunTime("QUARKUS_DATASOURCE_DB_KIND")).isFalse();
        assertThat(names.fixedAtBuildTime("QUARKUS_DATASOURCE_DB_KIND")).isTrue();
    }

    @Test
    void composeSetsOnlyNamesTheAppReads() throws IOException {
        Map<String, Object> services = map(yaml(DOCKER.resolve("compose.yaml")).get(0).get("services"));
        List<String> apps = new ArrayList<>();
        services.forEach((name, body) -> {
            Map<String, Object> service = map(body);
            if (service.containsKey("build")) {
                apps.add(name);
                assertSettable("compose.yaml " + name, environment(service.get("environment")).keySet());
                assertThat(service.get("expose")).as(name).isEqualTo(List.of(String.valueOf(appPort)));
                for (Object option : (List<?>) service.get("security_opt")) {
                    String value = option.toString();
                    if (value.startsWith("seccomp=")) {
                        assertThat(DOCKER.resolve(value.substring("seccomp=".length()))).exists();
                    }
                }
            }
        });
        assertThat(apps).as("two app instances behind the balancer").hasSize(2);
        String nginx = Files.readString(DOCKER.resolve("nginx.conf"));
        for (String app : apps) {
            assertThat(nginx).contains("server " + app + ":" + appPort);
        }
        assertThat(nginx).contains("proxy_buffering off");
    }

    @Test
    void dockerfileExposesTheAppsPort() throws IOException {
        Matcher matcher = FROM_CONTEXT.matcher(Files.readString(DOCKER.resolve("Dockerfile.jvm")));
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        assertThat(found).contains(String.valueOf(appPort));
    }

    @Test
    void kubernetesManifestsAreConsistent() throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DOCKER.resolve("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                docs.addAll(yaml(file));
            }
        }
        Map<String, Map<String, Object>> configs = new LinkedHashMap<>();
        for (Map<String, Object> doc : docs) {
            String kind = (String) doc.get("kind");
            if (kind.equals("ConfigMap") || kind.equals("Secret")) {
                Map<String, Object> data = map(doc.getOrDefault("data", doc.get("stringData")));
                configs.put(kind + "/" + map(doc.get("metadata")).get("name"), data);
                assertSettable(kind + " " + map(doc.get("metadata")).get("name"), data.keySet());
            }
        }
        List<Map<String, Object>> deployments = docs.stream().filter(d -> "Deployment".equals(d.get("kind"))).toList();
        assertThat(deployments).extracting(d -> map(d.get("metadata")).get("name"))
                .contains("tensorjudge-web", "tensorjudge-worker");
        for (Map<String, Object> deployment : deployments) {
            checkDeployment(deployment, configs);
        }
        for (Map<String, Object> service : docs.stream().filter(d -> "Service".equals(d.get("kind"))).toList()) {
            checkService(service, deployments);
        }
    }

    private static void checkDeployment(Map<String, Object> deployment, Map<String, Map<String, Object>> configs) {
        String name = (String) map(deployment.get("metadata")).get("name");
        Map<String, Object> pod = map(map(map(deployment.get("spec")).get("template")).get("spec"));
        for (Object c : (List<?>) pod.get("containers")) {
            Map<String, Object> container = map(c);
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (Object p : (List<?>) container.get("ports")) {
                ports.put((String) map(p).get("name"), (Integer) map(p).get("containerPort"));
            }
            assertThat(ports.values()).as(name + " ports").containsExactly(appPort);
            List<String> env = new ArrayList<>();
            for (Object e : (List<?>) container.getOrDefault("env", List.of())) {
                env.add((String) map(e).get("name"));
            }
            assertSettable("Deployment " + name, env);
            for (Object from : (List<?>) container.getOrDefault("envFrom", List.of())) {
                Map<String, Object> ref = map(from);
                String key = ref.containsKey("configMapRef") ? "ConfigMap/" + map(ref.get("configMapRef")).get("name")
                        : "Secret/" + map(ref.get("secretRef")).get("name");
                assertThat(configs).as(name + " refers to " + key).containsKey(key);
            }
            for (String probe : List.of("readinessProbe", "livenessProbe")) {
                Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
                assertThat((String) get.get("path")).as(name + " " + probe).isIn("/q/health/ready", "/q/health/live");
                assertThat(ports).as(name + " " + probe + " port").containsKey((String) get.get("port"));
            }
        }
    }

    private static void checkService(Map<String, Object> service, List<Map<String, Object>> deployments) {
        Map<String, Object> spec = map(service.get("spec"));
        Map<String, Object> selector = map(spec.get("selector"));
        List<Map<String, Object>> selected = deployments.stream()
                .filter(d -> map(map(map(map(d.get("spec")).get("template")).get("metadata")).get("labels"))
                        .entrySet().containsAll(selector.entrySet()))
                .toList();
        assertThat(selected).as("pods behind Service " + map(service.get("metadata")).get("name")).isNotEmpty();
        for (Object p : (List<?>) spec.get("ports")) {
            Object target = map(p).get("targetPort");
            for (Map<String, Object> deployment : selected) {
                Map<String, Object> pod = map(map(map(deployment.get("spec")).get("template")).get("spec"));
                List<Object> portNames = new ArrayList<>();
                for (Object c : (List<?>) pod.get("containers")) {
                    for (Object port : (List<?>) map(c).get("ports")) {
                        portNames.add(target instanceof Integer ? map(port).get("containerPort") : map(port).get("name"));
                    }
                }
                assertThat(portNames).as("Service targetPort " + target).contains(target);
            }
        }
    }

    private static void assertSettable(String where, Iterable<String> env) {
        for (String name : env) {
            assertThat(names.settableAtRunTime(name))
                    .as("%s sets %s, which the app does not read at run time%s", where, name,
                            names.fixedAtBuildTime(name) ? " (fixed at build time)" : "")
                    .isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    private static Map<String, Object> environment(Object node) {
        if (node instanceof List<?> list) {
            Map<String, Object> env = new LinkedHashMap<>();
            list.forEach(entry -> env.put(entry.toString().split("=", 2)[0], entry));
            return env;
        }
        return map(node);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> yaml(Path file) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (Object doc : new Yaml().loadAll(in)) {
                if (doc != null) {
                    docs.add((Map<String, Object>) doc);
                }
            }
        }
        return docs;
    }
}
