package io.tensorjudge.web.staff.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.tensorjudge.integrity.MatchedRegion;
import io.tensorjudge.statistics.CodeComparison;
import io.tensorjudge.statistics.CodePair;
import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideViewTest {

    @Test
    void shouldMarkEachLineWithTheRegionItBelongsTo() {
        CodePair pair = new CodePair(1, "ann", 2, "bob", "python", 0.9, 5,
                List.of(new MatchedRegion(2, 3, 1, 1), new MatchedRegion(5, 5, 3, 4)));
        CodeComparison comparison = new CodeComparison(7, "t", 3, "softmax", pair, "a\nb\nc\nd\ne", "p\r\nq\nr\ns");

        SideBySideView view = SideBySideView.of(comparison);

        assertThat(view.left()).extracting(SideBySideView.CodeLine::region).containsExactly(-1, 0, 0, -1, 1);
        assertThat(view.right()).extracting(SideBySideView.CodeLine::region).containsExactly(0, -1, 1, 1);
        assertThat(view.right().get(0).text()).isEqualTo("p");
        assertThat(view.high()).isTrue();
    }
}
