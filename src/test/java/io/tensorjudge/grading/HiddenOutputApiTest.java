package io.tensorjudge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.web.Submissions;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Through the HTTP API: visible and hidden tests share one sandbox process, so a submission that keeps printing
 * every input it gets (from a background thread, through copies of its stdout/stderr) must show its visible inputs
 * and never a hidden one; and a call that changes its inputs in place fails the inputs-unchanged property.
 */
@QuarkusTest
class HiddenOutputApiTest {

    @Inject
    ExerciseCatalog catalog;

    @Inject
    ReferenceCases referenceCases;

    private static final String CORRECT_BODY = """
                shifted = x - np.max(x, axis=axis, keepdims=True)
                e = np.exp(shifted)
                return e / np.sum(e, axis=axis, keepdims=True)
            """;

    @Test
    void printingInputsFromABackgroundThreadNeverShowsHiddenOnes() {
        String code = """
                import os, sys, threading, time
                import numpy as np
                out, err = os.dup(1), os.dup(2)
                seen = []
                def spam():
                    printed = {}
                    while True:
                        for x in list(seen):
                            if printed.get(id(x), 0) < 3:
                                printed[id(x)] = printed.get(id(x), 0) + 1
                                s = 'input %r %s\\n' % (x.tolist(), ['%.6g' % v for v in x.flat])
                                for write in (sys.stdout.write, sys.stderr.write, lambda t: os.write(out, t.encode()),
                                              lambda t: os.write(err, t.encode())):
                                    try:
                                        write(s)
                                    except Exception:
                                        pass
                        time.sleep(0.001)
                threading.Thread(target=spam, daemon=True).start()

                def softmax(x, axis=-1):
                    seen.append(x)
                    print('call', x.tolist())
                    time.sleep(0.03)
                """ + CORRECT_BODY;
        JsonPath done = Submissions.awaitDone(Submissions.submit("softmax", "python", code, "submit"),
                Duration.ofMinutes(2));

        assertThat(done.getString("verdict")).as(done.prettify()).isEqualTo("ACCEPTED");
        assertThat(done.getString("stdout")).as("the visible phase's prints are shown").contains("-9999.0");
        HiddenValues.assertAbsent(catalog, referenceCases, "softmax", done.prettify());
    }

    @Test
    void changingAnInputInPlaceFailsInputsUnchangedInBothLanguages() {
        String python = "import numpy as np\n\ndef softmax(x, axis=-1):\n" + CORRECT_BODY.replace(
                "    return e / np.sum(e, axis=axis, keepdims=True)",
                "    out = e / np.sum(e, axis=axis, keepdims=True)\n    x[...] = 0\n    return out");
        String java = """
                import org.nd4j.linalg.api.ndarray.INDArray;
                import org.nd4j.linalg.ops.transforms.Transforms;
                public class Solution {
                    public static INDArray softmax(INDArray x, int axis) {
                        int ax = axis < 0 ? axis + x.rank() : axis;
                        INDArray e = Transforms.exp(x.sub(x.max(true, ax)), false);
                        INDArray out = e.div(e.sum(true, ax));
                        x.assign(0);
                        return out;
                    }
                }
                """;
        for (String[] submission : new String[][] {{"python", python}, {"java", java}}) {
            JsonPath done = Submissions.awaitDone(Submissions.submit("softmax", submission[0], submission[1],
                    "submit"), Duration.ofMinutes(3));

            assertThat(done.getString("verdict")).as(done.prettify()).isEqualTo("WRONG_ANSWER");
            assertThat(done.getList("tests.kind", String.class)).as(done.prettify()).containsOnly("property");
            assertThat(done.getList("tests.message", String.class).get(0)).as(done.prettify())
                    .contains("inputs-unchanged", "modified in place");
        }
    }
}
