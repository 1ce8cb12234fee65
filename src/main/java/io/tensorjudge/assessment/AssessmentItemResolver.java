package io.tensorjudge.assessment;

import io.tensorjudge.common.FieldProblem;
import io.tensorjudge.assessment.AssessmentDraft.ItemSpec;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionService;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Turns requested items into concrete ones. "n random from topic X" is drawn here, once, when the assessment is
 * saved: every candidate then answers the same questions, which keeps scores and item statistics comparable. The
 * draw takes private questions only unless the interviewer includes public ones.
 */
@ApplicationScoped
class AssessmentItemResolver {

    /** A concrete item before it is stored. */
    record Resolved(AssessmentItem.Kind kind, String refId, int points) {
    }

    private final ExerciseCatalog catalog;
    private final QuestionService questions;
    private final Random random = new SecureRandom();

    AssessmentItemResolver(ExerciseCatalog catalog, QuestionService questions) {
        this.catalog = catalog;
        this.questions = questions;
    }

    List<Resolved> resolve(List<ItemSpec> specs, List<String> languages, List<FieldProblem> problems) {
        List<Resolved> resolved = new ArrayList<>();
        if (specs == null || specs.isEmpty()) {
            problems.add(new FieldProblem("items", "pick at least one exercise or question"));
            return resolved;
        }
        Set<String> chosenMcqs = new HashSet<>();
        for (ItemSpec spec : specs) {
            if (spec != null && "MCQ".equals(spec.kind())) {
                chosenMcqs.add(spec.refId());
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            ItemSpec spec = specs.get(i);
            String field = "items[" + i + "]";
            if (spec == null || spec.kind() == null) {
                problems.add(new FieldProblem(field + ".kind", "kind must be MCQ, EXERCISE or RANDOM_MCQ"));
                continue;
            }
            int points = spec.points() == null ? 1 : spec.points();
            if (points < 1 || points > 1000) {
                problems.add(new FieldProblem(field + ".points", "points must be between 1 and 1000"));
                continue;
            }
            switch (spec.kind()) {
                case "MCQ" -> {
                    var question = questions.find(spec.refId());
                    if (question.isEmpty()) {
                        problems.add(new FieldProblem(field + ".refId", "no question '" + spec.refId() + "'"));
                    } else if (!question.get().scorable()) {
                        problems.add(new FieldProblem(field + ".refId", "question '" + spec.refId()
                                + "' is disputed and cannot be scored"));
                    } else {
                        resolved.add(new Resolved(AssessmentItem.Kind.MCQ, spec.refId(), points));
                    }
                }
                case "EXERCISE" -> resolveExercise(spec, points, languages, field, problems, resolved);
                case "RANDOM_MCQ" -> resolveRandom(spec, points, chosenMcqs, field, problems, resolved);
                default -> problems.add(new FieldProblem(field + ".kind", "kind must be MCQ, EXERCISE or RANDOM_MCQ"));
            }
        }
        return resolved;
    }

    private void resolveExercise(ItemSpec spec, int points, List<String> languages, String field,
            List<FieldProblem> problems, List<Resolved> resolved) {
        var entry = catalog.find(spec.refId());
        if (entry.isEmpty()) {
            problems.add(new FieldProblem(field + ".refId", "no exercise '" + spec.refId() + "'"));
        } else if (languages.stream().noneMatch(entry.get().exercise().spec().languages()::contains)) {
            problems.add(new FieldProblem(field + ".refId", "exercise '" + spec.refId()
                    + "' cannot be solved in any of the allowed languages " + languages));
        } else {
            resolved.add(new Resolved(AssessmentItem.Kind.EXERCISE, spec.refId(), points));
        }
    }

    private void resolveRandom(ItemSpec spec, int points, Set<String> chosenMcqs, String field,
            List<FieldProblem> problems, List<Resolved> resolved) {
        int count = spec.count() == null ? 0 : spec.count();
        if (spec.topic() == null || spec.topic().isBlank()) {
            problems.add(new FieldProblem(field + ".topic", "a topic is required"));
            return;
        }
        if (count < 1) {
            problems.add(new FieldProblem(field + ".count", "count must be at least 1"));
            return;
        }
        // Private questions only by default: a public one may have been practised, key and explanation included.
        List<String> pool = new ArrayList<>(questions.scorable(spec.topic()).stream()
                .filter(q -> spec.includePublic() || !q.isPublic())
                .map(PracticeQuestion::id).filter(id -> !chosenMcqs.contains(id)).toList());
        if (pool.size() < count) {
            problems.add(new FieldProblem(field + ".count", "topic '" + spec.topic() + "' has only " + pool.size()
                    + (spec.includePublic() ? "" : " private") + " questions not already picked"
                    + (spec.includePublic() ? "" : " (set includePublic to draw public ones too)")));
            return;
        }
        Collections.shuffle(pool, random);
        for (String id : pool.subList(0, count)) {
            chosenMcqs.add(id);
            resolved.add(new Resolved(AssessmentItem.Kind.MCQ, id, points));
        }
    }
}
