package io.tensorjudge.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeDiffTest {

    @Test
    void changedLinesAreMarkedAndTheRestIsContext() {
        String before = "import numpy as np\n\ndef softmax(x):\n    return np.exp(x)\n";
        String after = "import numpy as np\n\ndef softmax(x):\n    e = np.exp(x - x.max())\n    return e / e.sum()\n";

        List<CodeDiff.Line> diff = CodeDiff.unified(before, after);

        assertThat(diff.get(0).kind()).isEqualTo("hunk");
        assertThat(diff).filteredOn(l -> l.kind().equals("del")).extracting(CodeDiff.Line::text)
                .containsExactly("-    return np.exp(x)");
        assertThat(diff).filteredOn(l -> l.kind().equals("add")).extracting(CodeDiff.Line::text)
                .containsExactly("+    e = np.exp(x - x.max())", "+    return e / e.sum()");
        assertThat(diff).filteredOn(l -> l.kind().equals("same")).extracting(CodeDiff.Line::text)
                .contains(" def softmax(x):");
    }

    @Test
    void identicalCodeHasNoDiff() {
        assertThat(CodeDiff.unified("a\nb\n", "a\nb\n")).isEmpty();
    }
}
