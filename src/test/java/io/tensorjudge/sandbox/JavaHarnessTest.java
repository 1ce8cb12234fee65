package io.tensorjudge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java harness as the build ships it (the resource {@code sandbox/harness.jar}, compiled by Maven from
 * src/main/harness), loaded outside any jail: compiling a submission, finding its entry point, keeping only the
 * candidate's frames. The jailed runs are in JavaSandboxTest.
 */
class JavaHarnessTest {
    private static Class<?> harness;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("harness.jar");
        try (InputStream in = JavaHarnessTest.class.getClassLoader().getResourceAsStream("sandbox/harness.jar")) {
            assertThat(in).as("sandbox/harness.jar is built by mvn process-classes").isNotNull();
            Files.copy(in, jar);
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                JavaHarnessTest.class.getClassLoader());
        harness = loader.loadClass("JavaHarness");
    }

    private static Object call(String name, Class<?>[] types, Object... args) throws Throwable {
        Method m = harness.getDeclaredMethod(name, types);
        m.setAccessible(true);
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Class<?> compile(String source) throws Throwable {
        return (Class<?>) call("compile", new Class<?>[] {String.class}, source);
    }

    @Test
    void shouldCompileASolutionAndFindItsEntryPointWhenTheSourceIsValid() throws Throwable {
        Class<?> solution = compile("public class Solution {\n"
                + "  public static double twice(double x) { return 2 * x; }\n}\n");

        Method m = (Method) call("findMethod", new Class<?>[] {Class.class, String.class, int.class}, solution,
                "twice", 1);

        assertThat(m.invoke(null, 21.0)).isEqualTo(42.0);
    }

    @Test
    void shouldReportTheLineWhenTheSolutionDoesNotCompile() {
        assertThatThrownBy(() -> compile("public class Solution {\n  int x = ;\n}\n"))
                .hasMessageContaining("Solution.java:2: error");
    }

    @Test
    void shouldRefuseASolutionWhenItHasNoPublicClassSolution() {
        assertThatThrownBy(() -> compile("class Other {}\n")).hasMessageContaining("public class Solution");
    }

    @Test
    void shouldNameTheArityWhenTheEntryPointIsMissing() throws Throwable {
        Class<?> solution = compile("public class Solution {\n  public static int f(int a) { return a; }\n}\n");

        assertThatThrownBy(() -> call("findMethod", new Class<?>[] {Class.class, String.class, int.class}, solution,
                "f", 2)).hasMessageContaining("no public static method f taking 2 parameters");
    }

    @Test
    void shouldKeepOnlyTheCandidatesFramesWhenASolutionThrows() throws Throwable {
        Class<?> solution = compile("public class Solution {\n"
                + "  public static int f() { throw new IllegalStateException(\"boom\"); }\n}\n");
        Throwable thrown;
        try {
            solution.getMethod("f").invoke(null);
            throw new AssertionError("f did not throw");
        } catch (InvocationTargetException e) {
            thrown = e.getCause();
        }

        String trace = (String) call("candidateTrace", new Class<?>[] {Throwable.class}, thrown);

        assertThat(trace).startsWith("java.lang.IllegalStateException: boom").contains("Solution.java:2")
                .doesNotContain("JavaHarnessTest").doesNotContain("reflect");
    }
}
