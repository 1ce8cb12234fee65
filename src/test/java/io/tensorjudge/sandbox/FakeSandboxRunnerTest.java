package io.tensorjudge.sandbox;

import io.tensorjudge.wire.FloatValue;

import io.tensorjudge.common.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FakeSandboxRunnerTest {

    @Test
    void shouldAnswerEachCaseAndTurnThrowsIntoRuntimeErrors() {
        FakeSandboxRunner fake = new FakeSandboxRunner(c -> {
            if (c.name().equals("bad")) {
                throw new IllegalStateException("boom");
            }
            return new FloatValue(((FloatValue) c.args().get(0)).value() * 2);
        });
        SandboxJob job = new SandboxJob(Language.PYTHON, "ignored", "f", List.of(
                new SandboxCase("ok", List.of(new FloatValue(2))), new SandboxCase("bad", List.of())),
                fake.defaultLimits(Language.PYTHON));

        SandboxResult r = fake.run(job);

        assertEquals(Outcome.RUNTIME_ERROR, r.outcome());
        assertEquals(new FloatValue(4), r.cases().get(0).value());
        assertTrue(r.cases().get(1).error().contains("boom"));
        assertEquals(List.of(job), fake.jobs());
    }
}
