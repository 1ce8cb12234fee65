package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/v1/assessments/bank}: what an assessment can be built from, private items first, each with its
 * visibility (a public item can have been practised, key and explanation included). Disputed MCQs are left out, as
 * in the builder, because they are never scored.
 */
@Path("/api/v1/assessments/bank")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTERVIEWER)
public class AssessmentBankResource {

    public record BankView(List<QuestionItem> questions, List<ExerciseItem> exercises) {
    }

    public record QuestionItem(String id, String source, List<String> topics, String difficulty, String visibility) {
    }

    public record ExerciseItem(String id, List<String> topics, String difficulty, List<String> languages,
            String visibility) {
    }

    private final BankChoices bank;

    AssessmentBankResource(BankChoices bank) {
        this.bank = bank;
    }

    @GET
    public BankView bank() {
        List<QuestionItem> questions = bank.questionEntries().stream()
                .map(q -> new QuestionItem(q.id(), q.source(), q.content().topics(),
                        q.content().difficulty() == null ? null : BankChoices.difficultyOf(q), q.visibility().fileName()))
                .toList();
        List<ExerciseItem> exercises = bank.exerciseEntries().stream()
                .map(e -> new ExerciseItem(e.id(), e.exercise().spec().topics(), e.exercise().spec().difficulty(),
                        e.exercise().spec().languages(), e.visibility().fileName()))
                .toList();
        return new BankView(questions, exercises);
    }
}
