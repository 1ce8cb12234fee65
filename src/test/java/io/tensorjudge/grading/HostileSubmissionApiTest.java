package io.tensorjudge.grading;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.web.Submissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import java.util.stream.Stream;

/**
 * Hostile submissions sent through the HTTP API, as a candidate would: each gets its expected verdict, and
 * afterwards the server is healthy and still accepts a correct solution. (The full attack suite, with more than
 * 40 cases, runs against the sandbox directly in AttackSuiteTest.)
 */
@QuarkusTest
class HostileSubmissionApiTest {

    private record Hostile(String language, String code, List<String> verdicts) {
    }

    private static final String SOFTMAX_HEAD = "import numpy as np\n\ndef softmax(x, axis=-1):\n";

    private static Map<String, Hostile> attacks() {
        Map<String, Hostile> a = new LinkedHashMap<>();
        a.put("fork bomb", py("""
                    import os, time
                    while True:
                        if os.fork() == 0:
                            time.sleep(60)
                            os._exit(0)
                """, "RUNTIME_ERROR"));
        a.put("infinite loop", py("    while True:\n        pass\n", "TIME_LIMIT"));
        a.put("sleep 1000", py("    import time\n    time.sleep(1000)\n", "TIME_LIMIT"));
        a.put("16 GB allocation", py("    return np.ones(2 * 1024 ** 3)\n", "MEMORY_LIMIT"));
        a.put("200 MB stdout", py("    import sys\n    for _ in range(200):\n        sys.stdout.write('x' * 1000000)\n",
                "OUTPUT_LIMIT"));
        a.put("read /etc/shadow", py("    return open('/etc/shadow').read()\n", "RUNTIME_ERROR"));
        a.put("TCP to loopback", py("    import socket\n    socket.create_connection(('127.0.0.1', 8080), timeout=2)\n",
                "RUNTIME_ERROR"));
        a.put("sys.exit(0) in the function", py("    import sys\n    sys.exit(0)\n", "RUNTIME_ERROR"));
        a.put("kill the parent", py("    import os, signal\n    os.kill(os.getppid(), signal.SIGKILL)\n",
                "RUNTIME_ERROR", "WRONG_ANSWER"));
        a.put("lying __array__", py("""
                    class Liar:
                        def __array__(self, *args, **kwargs):
                            raise RuntimeError('gotcha')
                        def __eq__(self, other):
                            return True
                    return Liar()
                """, "RUNTIME_ERROR", "WRONG_ANSWER"));
        a.put("1e9-element output", py("    return np.zeros(10 ** 9, dtype=np.bool_)\n", "MEMORY_LIMIT",
                "OUTPUT_LIMIT", "RUNTIME_ERROR"));
        a.put("deep recursion", py("    def r(n):\n        return r(n + 1)\n    return r(0)\n", "RUNTIME_ERROR"));
        a.put("syntax error", new Hostile("python", "def softmax(x, axis=-1)\n    return x\n",
                List.of("COMPILE_ERROR")));
        a.put("java: System.exit", java("System.exit(0); return x;", "RUNTIME_ERROR"));
        a.put("java: infinite loop", java("while (true) { } ", "TIME_LIMIT"));
        a.put("java: Runtime.exec", java("try { Runtime.getRuntime().exec(new String[] {\"/bin/sh\", \"-c\", \"id\"}); }"
                + " catch (Exception e) { throw new RuntimeException(e); } return x;", "RUNTIME_ERROR",
                "WRONG_ANSWER")); // the shell, if it starts, runs inside the same sandbox; x is no softmax
        return a;
    }

    private static Hostile py(String body, String... verdicts) {
        return new Hostile("python", SOFTMAX_HEAD + body.stripTrailing().indent(0), List.of(verdicts));
    }

    private static Hostile java(String body, String... verdicts) {
        String code = "import org.nd4j.linalg.api.ndarray.INDArray;\npublic class Solution {\n"
                + "    public static INDArray softmax(INDArray x, int axis) {\n        " + body + "\n    }\n}\n";
        return new Hostile("java", code, List.of(verdicts));
    }

    @TestFactory
    Stream<DynamicTest> hostileSubmissionsGetTheirVerdictAndTheServerStaysHealthy() {
        Map<String, String> ids = new LinkedHashMap<>();
        attacks().forEach((name, hostile) -> ids.put(name,
                Submissions.submit("softmax", hostile.language(), hostile.code(), "run")));
        Stream<DynamicTest> verdicts = attacks().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            JsonPath done = Submissions.awaitDone(ids.get(e.getKey()), Duration.ofMinutes(5));
            assertThat(done.getString("verdict")).as(done.prettify()).isIn(e.getValue().verdicts());
            assertThat(done.getString("stdout").length()).isLessThanOrEqualTo(64 * 1024);
        }));
        Stream<DynamicTest> healthy = Stream.of(DynamicTest.dynamicTest("server healthy afterwards", () -> {
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            String good = "import numpy as np\n\ndef softmax(x, axis=-1):\n"
                    + "    e = np.exp(x - x.max(axis=axis, keepdims=True))\n    return e / e.sum(axis=axis, keepdims=True)\n";
            JsonPath done = Submissions.awaitDone(Submissions.submit("softmax", "python", good, "submit"),
                    Duration.ofMinutes(2));
            assertThat(done.getString("verdict")).isEqualTo("ACCEPTED");
        }));
        return Stream.concat(verdicts, healthy);
    }
}
