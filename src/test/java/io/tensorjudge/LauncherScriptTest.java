package io.tensorjudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README command 1 (./tensorjudge) on machines that lack things: a copy of the script runs with a PATH of fake tools
 * (apt-get, sudo, id, java, mvn... that only record how they were called), so that each case of its package
 * detection and installation is exercised without touching this machine.
 */
class LauncherScriptTest {

    private static final List<String> SYSTEM_TOOLS = List.of("bash", "env", "find", "cat", "mkdir", "dirname",
            "sleep", "seq", "ls", "chmod", "rm", "sed");

    @TempDir
    Path dir;
    private Path bin;
    private Path calls;

    @BeforeEach
    void copyScriptAndTools() throws IOException {
        Files.copy(Path.of("tensorjudge"), dir.resolve("tensorjudge"), StandardCopyOption.COPY_ATTRIBUTES);
        bin = Files.createDirectories(dir.resolve("bin"));
        calls = dir.resolve("calls.log");
        for (String tool : SYSTEM_TOOLS) {
            Path real = List.of(Path.of("/usr/bin", tool), Path.of("/bin", tool)).stream().filter(Files::isExecutable)
                    .findFirst().orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        fake("id", "echo 0");
    }

    @Test
    void shouldListEveryMissingPackageOnABareMachine() throws Exception {
        fakePython(false, false);

        Result result = run("--dry-run");

        assertThat(result.exit).as(result.output).isZero();
        assertThat(result.output).contains("would install: openjdk-17-jdk-headless maven curl bubblewrap util-linux "
                + "python3-numpy python3-seccomp")
                .contains("would build: mvn -B")
                .contains("would run: java -Xmx2g -jar target/quarkus-app/quarkus-run.jar");
        assertThat(calls).doesNotExist();
    }

    @Test
    void shouldInstallNothingWhenEverythingIsThere() throws Exception {
        fakePython(true, true);
        for (String tool : List.of("javac", "java", "mvn", "curl", "bwrap", "setpriv")) {
            fake(tool, "exit 0");
        }

        Result result = run("--dry-run");

        assertThat(result.output).doesNotContain("would install").contains("would build");
    }

    @Test
    void shouldNotRebuildAnUpToDateJar() throws Exception {
        fakePython(true, true);
        for (String tool : List.of("java", "curl", "bwrap", "setpriv")) {
            fake(tool, "exit 0");
        }
        Files.createDirectories(dir.resolve("src/main"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Path jar = Files.createDirectories(dir.resolve("target/quarkus-app")).resolve("quarkus-run.jar");
        Files.writeString(jar, "jar");
        jar.toFile().setLastModified(System.currentTimeMillis() + 60_000);
        Path kind = Files.createDirectories(dir.resolve("target/classes/io/tensorjudge")).resolve("build.properties");
        Files.writeString(kind, "db-kind=h2\n");

        Result h2 = run("--dry-run");
        Result postgres = run(Map.of("TENSORJUDGE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tj"), "--dry-run");

        // A built jar needs a JRE only: no JDK, no Maven.
        assertThat(h2.output).doesNotContain("would install").doesNotContain("would build").contains("would run");
        // The H2 jar cannot serve PostgreSQL (Quarkus fixes the db-kind at build time): rebuild it for PostgreSQL.
        assertThat(postgres.output).contains("would build: mvn -B  -DskipTests -Ppostgresql package");
    }

    @Test
    void shouldAskForChromiumOnlyForTheTestSuite() throws Exception {
        fakePython(true, true);
        for (String tool : List.of("javac", "mvn", "curl", "bwrap", "setpriv")) {
            fake(tool, "exit 0");
        }

        Result start = run("--dry-run");
        Result test = run("--dry-run", "test");

        assertThat(start.output).doesNotContain("chromium");
        assertThat(test.output).contains("would run: mvn -B").contains("verify");
        if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            assertThat(test.output).contains("chromium");
        }
    }

    @Test
    void shouldInstallWithAptGetAsRoot() throws Exception {
        fakePython(true, false);
        fake("apt-get", "echo \"apt-get $*\" >> " + calls);
        fakeStartableApp();

        Result result = run();

        assertThat(Files.readAllLines(calls)).contains("apt-get update -qq",
                "apt-get install -y -qq --no-install-recommends bubblewrap python3-seccomp");
        assertThat(result.output).contains("Installing: bubblewrap python3-seccomp");
    }

    @Test
    void shouldInstallWithSudoAsAnOrdinaryUser() throws Exception {
        fake("id", "echo 1000");
        fakePython(false, true);
        fake("sudo", "echo \"sudo $*\" >> " + calls);
        fakeStartableApp();

        run();

        assertThat(Files.readAllLines(calls)).contains(
                "sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends bubblewrap "
                        + "python3-numpy");
    }

    @Test
    void shouldNameTheCommandWhenItCannotInstall() throws Exception {
        fake("id", "echo 1000");
        fakePython(false, true);
        fakeStartableApp();

        Result result = run();

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).contains("TensorJudge needs these packages: bubblewrap python3-numpy")
                .contains("apt-get update && apt-get install -y --no-install-recommends bubblewrap python3-numpy");
        assertThat(calls).doesNotExist();
    }

    /** Everything but bubblewrap is there; "java" exits at once, so the launcher's start returns. */
    private void fakeStartableApp() throws IOException {
        for (String tool : List.of("javac", "mvn", "curl", "setpriv")) {
            fake(tool, "exit 0");
        }
        fake("java", "echo \"java $*\" >> " + calls);
        fake("curl", "exit 7");
    }

    private void fakePython(boolean numpy, boolean seccomp) throws IOException {
        fake("python3", "case \"$2\" in *numpy*) exit " + (numpy ? 0 : 1) + ";; *seccomp*) exit " + (seccomp ? 0 : 1)
                + ";; esac; exit 0");
    }

    private void fake(String name, String body) throws IOException {
        Path tool = bin.resolve(name);
        Files.deleteIfExists(tool);
        Files.writeString(tool, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    record Result(int exit, String output) {
    }

    private Result run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(bin.resolve("bash").toString(),
                dir.resolve("tensorjudge").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("TJ_PYTHON", bin.resolve("python3").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
