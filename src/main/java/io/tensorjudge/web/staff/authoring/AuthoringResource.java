package io.tensorjudge.web.staff.authoring;

import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.Invalid;
import io.quarkus.security.identity.SecurityIdentity;
import io.tensorjudge.account.SessionPrincipal;
import io.tensorjudge.account.Roles;
import io.tensorjudge.authoring.ExerciseAuthoring;
import io.tensorjudge.authoring.ExerciseTransfer;
import io.tensorjudge.authoring.QuestionAuthoring;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.web.Markdown;
import io.tensorjudge.web.staff.authoring.AuthoringViews.ExerciseDraftView;
import io.tensorjudge.web.staff.authoring.AuthoringViews.ExerciseFilesRequest;
import io.tensorjudge.web.staff.authoring.AuthoringViews.ExerciseSummaryView;
import io.tensorjudge.web.staff.authoring.AuthoringViews.PreviewRequest;
import io.tensorjudge.web.staff.authoring.AuthoringViews.PreviewView;
import io.tensorjudge.web.staff.authoring.AuthoringViews.PublishedView;
import io.tensorjudge.web.staff.authoring.AuthoringViews.QuestionSavedView;
import io.tensorjudge.web.staff.authoring.AuthoringViews.QuestionSummaryView;
import io.tensorjudge.web.staff.authoring.AuthoringViews.QuestionVersionView;
import io.tensorjudge.web.staff.authoring.AuthoringViews.QuestionYamlRequest;
import io.tensorjudge.web.staff.authoring.AuthoringViews.QuestionYamlView;
import io.tensorjudge.web.staff.authoring.AuthoringViews.VersionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The authoring API: drafts, validation, publishing, versions, export/import of exercises and MCQs. Instructors
 * (and admins) only: these responses carry solutions, mutants and hidden cases.
 */
@Path("/api/v1/authoring")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INSTRUCTOR)
public class AuthoringResource {

    static final String ZIP = "application/zip";

    private final ExerciseAuthoring exercises;
    private final ExerciseTransfer transfer;
    private final QuestionAuthoring questions;
    private final SecurityIdentity identity;

    AuthoringResource(ExerciseAuthoring exercises, ExerciseTransfer transfer, QuestionAuthoring questions,
            SecurityIdentity identity) {
        this.exercises = exercises;
        this.transfer = transfer;
        this.questions = questions;
        this.identity = identity;
    }

    @GET
    @Path("exercises")
    public List<ExerciseSummaryView> listExercises() {
        List<String> drafts = exercises.draftIds();
        return exercises.list().stream().map(e -> ExerciseSummaryView.of(e, exercises.versions(e.id()).size(),
                drafts.contains(e.id()))).toList();
    }

    @GET
    @Path("exercises/{id}")
    public ExerciseDraftView exercise(@PathParam("id") String id) {
        return ExerciseDraftView.of(exercises.open(id));
    }

    /** Saves the draft and validates it (seconds: the solutions and mutants run in the sandbox). */
    @PUT
    @Path("exercises/{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExerciseDraftView saveDraft(@PathParam("id") String id, ExerciseFilesRequest request) {
        if (request == null || request.files() == null || request.files().isEmpty()) {
            throw Invalid.field("files", "files is required: a map from file name to text");
        }
        return ExerciseDraftView.of(exercises.save(id, request.files(), user()));
    }

    @DELETE
    @Path("exercises/{id}/draft")
    public Response discardDraft(@PathParam("id") String id) {
        exercises.discard(id);
        return Response.noContent().build();
    }

    @POST
    @Path("exercises/{id}/publish")
    public PublishedView publish(@PathParam("id") String id) {
        ExerciseAuthoring.Published published = exercises.publish(id, user());
        return new PublishedView(published.id(), published.version(), published.changed());
    }

    @GET
    @Path("exercises/{id}/versions")
    public List<VersionView> versions(@PathParam("id") String id) {
        return exercises.versions(id).stream().map(VersionView::of).toList();
    }

    @GET
    @Path("exercises/{id}/export")
    @Produces(ZIP)
    public Response exportExercise(@PathParam("id") String id, @QueryParam("version") String version) {
        return zip(transfer.export(id, version), id + (version == null ? "" : "-" + version) + ".zip");
    }

    @GET
    @Path("export/exercises")
    @Produces(ZIP)
    public Response exportExercises(@QueryParam("ids") String ids) {
        List<String> chosen = ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return zip(transfer.export(chosen), "exercises.zip");
    }

    @POST
    @Path("import/exercises")
    // Any content type (application/zip, octet-stream): the body is read as bytes and checked as a zip.
    public List<ExerciseTransfer.Imported> importExercises(byte[] archive) {
        return transfer.importZip(archive, user());
    }

    @GET
    @Path("questions")
    public List<QuestionSummaryView> listQuestions() {
        return questions.list().stream().map(q -> new QuestionSummaryView(q.id(), q.source(), q.version(),
                q.content().stem())).toList();
    }

    @GET
    @Path("questions/{id}")
    public QuestionYamlView question(@PathParam("id") String id) {
        PracticeQuestion q = questions.find(id);
        return new QuestionYamlView(id, q.source(), q.version(), questions.yaml(id));
    }

    @PUT
    @Path("questions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionSavedView saveQuestion(@PathParam("id") String id, QuestionYamlRequest request) {
        if (request == null || request.yaml() == null || request.yaml().isBlank()) {
            throw Invalid.field("yaml", "yaml is required");
        }
        QuestionAuthoring.Saved saved = questions.save(id, request.yaml(), user());
        return new QuestionSavedView(saved.id(), saved.version(), saved.changed());
    }

    @GET
    @Path("questions/{id}/versions")
    public List<QuestionVersionView> questionVersions(@PathParam("id") String id) {
        return questions.versions(id).stream().map(QuestionVersionView::of).toList();
    }

    @GET
    @Path("export/questions")
    @Produces(ZIP)
    public Response exportQuestions() {
        return zip(questions.export(), "questions.zip");
    }

    @POST
    @Path("import/questions")
    // Any content type (application/zip, octet-stream): the body is read as bytes and checked as a zip.
    public List<QuestionAuthoring.Imported> importQuestions(byte[] archive) {
        return questions.importZip(archive, user());
    }

    /** Server-side Markdown for the editor's live preview (the browser typesets the math with KaTeX). */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreviewView preview(PreviewRequest request) {
        return new PreviewView(Markdown.toHtml(request == null ? "" : request.markdown()));
    }

    private String user() {
        return SessionPrincipal.username(identity.getPrincipal().getName());
    }

    private static Response zip(byte[] bytes, String name) {
        return Response.ok(bytes, ZIP).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
