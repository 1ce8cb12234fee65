package io.tensorjudge.web.staff.insight;

import io.tensorjudge.statistics.ExerciseStatistics;
import io.tensorjudge.statistics.ItemAnalysis;
import io.tensorjudge.statistics.OptionRate;
import io.tensorjudge.statistics.QuestionStatistics;
import java.util.List;

/** The instructor's item statistics: every answered MCQ and every exercise with graded submissions. */
public record ItemStatisticsView(int minSample, List<QuestionStatisticsView> questions,
        List<ExerciseStatisticsView> exercises) {

    public record QuestionStatisticsView(String questionId, int version, String source, String stem, String stemEn,
            int answers, int scoredAnswers, Double pValue, Double discrimination, int topGroupSize,
            List<OptionRateView> options, List<String> flags) {

        static QuestionStatisticsView of(QuestionStatistics q) {
            return new QuestionStatisticsView(q.questionId(), q.version(), q.source(), q.stem(), q.stemEn(),
                    q.stats().answers(), q.stats().scoredAnswers(), q.stats().pValue(), q.stats().discrimination(),
                    q.stats().topGroupSize(), q.stats().options().stream().map(OptionRateView::of).toList(),
                    q.stats().flags().stream().map(Enum::name).toList());
        }

        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    public record OptionRateView(String key, boolean correct, double overall, Double topGroup) {
        static OptionRateView of(OptionRate o) {
            return new OptionRateView(o.key(), o.correct(), o.overall(), o.topGroup());
        }
    }

    public record ExerciseStatisticsView(String exerciseId, int submissions, int submitters, int passedSubmitters,
            Double passRate, Double medianAttemptsToPass, String mostCommonFailingTest,
            int mostCommonFailingTestCount) {
        static ExerciseStatisticsView of(ExerciseStatistics e) {
            return new ExerciseStatisticsView(e.exerciseId(), e.submissions(), e.submitters(), e.passedSubmitters(),
                    e.passRate(), e.medianAttemptsToPass(), e.mostCommonFailingTest(),
                    e.mostCommonFailingTestCount());
        }
    }

    static ItemStatisticsView of(List<QuestionStatistics> questions, List<ExerciseStatistics> exercises) {
        return new ItemStatisticsView(ItemAnalysis.MIN_SAMPLE,
                questions.stream().map(QuestionStatisticsView::of).toList(),
                exercises.stream().map(ExerciseStatisticsView::of).toList());
    }
}
