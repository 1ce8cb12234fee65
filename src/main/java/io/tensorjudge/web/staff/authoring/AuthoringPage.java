package io.tensorjudge.web.staff.authoring;

import io.tensorjudge.common.FieldProblem;
import io.tensorjudge.common.Conflict;
import io.tensorjudge.common.Invalid;
import io.tensorjudge.common.NotFound;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.tensorjudge.account.SessionPrincipal;
import io.tensorjudge.account.Roles;
import io.tensorjudge.authoring.ExerciseAuthoring;
import io.tensorjudge.authoring.QuestionAuthoring;
import io.tensorjudge.authoring.ValidationReport;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import io.tensorjudge.bank.QuestionVersionInfo;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.Markdown;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The instructor's pages: the authoring list, the exercise editor (save = validate, report, publish, history) and
 * the MCQ editor. Plain forms (post/redirect/get); authoring.js adds the live statement preview.
 */
@Path("/authoring")
@RolesAllowed(Roles.INSTRUCTOR)
public class AuthoringPage {

    /** Form fields carrying a file are named "file:" + its name, e.g. "file:mutants/off-by-one.py". */
    static final String FILE_FIELD = "file:";
    private static final List<String> FILE_ORDER = List.of("exercise.yaml", "statement.zh.md", "statement.en.md",
            "starter.py", "solution.py", "Starter.java", "Solution.java");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public record ExerciseRow(String id, String title, String version, int versions, boolean authored,
            boolean draft) {
    }

    public record QuestionRow(String id, String source, int version, String stem) {
    }

    public record EditorFile(String name, String content, int rows, boolean markdown, boolean mutant) {
    }

    public record VersionRow(String version, boolean authored, boolean current, String publishedBy,
            String publishedAt) {
    }

    /** Everything the exercise editor shows. */
    public record Editor(String id, String title, String version, boolean draft, String updatedBy, String updatedAt,
            List<EditorFile> files, ValidationReport report, boolean publishable, List<String> problems,
            List<VersionRow> versions) {
    }

    public record QuestionVersionRow(int version, String contentHash, String createdAt) {
    }

    /** The MCQ editor: the yaml being edited and the current version rendered. */
    public record QuestionEditor(String id, String source, int version, String yaml, String stemHtml,
            List<String> choicesHtml, String keys, String explanationHtml, List<QuestionVersionRow> versions) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext page, List<ExerciseRow> exercises, List<QuestionRow> questions);

        static native TemplateInstance exercise(PageContext page, Editor editor, List<String> blocked,
                String published, boolean unchanged);

        static native TemplateInstance question(PageContext page, QuestionEditor editor, String error,
                String saved);
    }

    private final ExerciseAuthoring exercises;
    private final QuestionAuthoring questions;
    private final SecurityIdentity identity;
    private final Pages pages;

    AuthoringPage(ExerciseAuthoring exercises, QuestionAuthoring questions, SecurityIdentity identity, Pages pages) {
        this.exercises = exercises;
        this.questions = questions;
        this.identity = identity;
        this.pages = pages;
    }

    @GET
    public Response list() {
        Lang lang = pages.lang();
        List<String> drafts = exercises.draftIds();
        List<ExerciseRow> rows = exercises.list().stream().map(e -> new ExerciseRow(e.id(), title(e, lang),
                e.version(), exercises.versions(e.id()).size(), e.authored(), drafts.contains(e.id()))).toList();
        List<QuestionRow> mcqs = questions.list().stream().map(q -> new QuestionRow(q.id(), q.source(), q.version(),
                excerpt(lang == Lang.en && q.content().stemEn() != null ? q.content().stemEn() : q.content().stem())))
                .toList();
        return pages.render(Templates.list(pages.context(), rows, mcqs), 200);
    }

    @GET
    @Path("exercises/{id}")
    public Response exercise(@PathParam("id") String id, @QueryParam("published") String published,
            @QueryParam("unchanged") String unchanged) {
        return renderEditor(id, List.of(), published, unchanged != null, 200);
    }

    /** Save = validate; the report is stored with the draft and shown by the page it redirects to. */
    @POST
    @Path("exercises/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> files = new TreeMap<>();
        form.forEach((field, values) -> {
            if (field.startsWith(FILE_FIELD) && !values.isEmpty()) {
                files.put(field.substring(FILE_FIELD.length()), values.get(0));
            }
        });
        String newName = form.getFirst("newMutantName");
        String newCode = form.getFirst("newMutantCode");
        if (newName != null && !newName.isBlank() && newCode != null && !newCode.isBlank()) {
            String name = newName.strip();
            files.put(name.startsWith("mutants/") ? name : "mutants/" + name, newCode);
        }
        try {
            exercises.save(id, files, user());
        } catch (NotFound e) {
            throw new NotFoundException(e.getMessage());
        } catch (Invalid e) {
            return renderEditor(id, List.of(e.getMessage()), null, false, 400);
        }
        return Response.seeOther(URI.create("/authoring/exercises/" + id + "#report")).build();
    }

    @POST
    @Path("exercises/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String id) {
        try {
            ExerciseAuthoring.Published published = exercises.publish(id, user());
            String query = published.changed() ? "?published=" + published.version() : "?unchanged=1";
            return Response.seeOther(URI.create("/authoring/exercises/" + id + query)).build();
        } catch (Conflict e) {
            return renderEditor(id, e.fields().stream().map(FieldProblem::message).toList(), null, false, 409);
        }
    }

    @POST
    @Path("exercises/{id}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@PathParam("id") String id) {
        exercises.discard(id);
        return Response.seeOther(URI.create("/authoring/exercises/" + id)).build();
    }

    @GET
    @Path("questions/{id}")
    public Response question(@PathParam("id") String id, @QueryParam("saved") String saved) {
        return renderQuestion(id, null, null, saved, 200);
    }

    @POST
    @Path("questions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveQuestion(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        String yaml = form.getFirst("yaml");
        try {
            QuestionAuthoring.Saved saved = questions.save(id, yaml == null ? "" : yaml.replace("\r\n", "\n"), user());
            return Response.seeOther(URI.create("/authoring/questions/" + id + "?saved=" + saved.version())).build();
        } catch (Invalid e) {
            return renderQuestion(id, yaml, e.getMessage(), null, 400);
        }
    }

    private Response renderEditor(String id, List<String> blocked, String published, boolean unchanged,
            int status) {
        ExerciseAuthoring.Working working;
        try {
            working = exercises.open(id);
        } catch (NotFound e) {
            throw new NotFoundException(e.getMessage());
        }
        ExerciseCatalog.Entry latest = exercises.list().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow();
        List<EditorFile> files = new ArrayList<>();
        for (String name : FILE_ORDER) {
            if (working.files().containsKey(name) || name.startsWith("statement")) {
                files.add(editorFile(name, working.files().getOrDefault(name, "")));
            }
        }
        working.files().keySet().stream().filter(n -> n.startsWith("mutants/")).sorted()
                .forEach(n -> files.add(editorFile(n, working.files().get(n))));
        List<VersionRow> versions = exercises.versions(id).stream().map(v -> new VersionRow(v.version(), v.authored(),
                v.current(), v.publishedBy(), v.publishedAt() == null ? null : TIME.format(v.publishedAt())))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    java.util.Collections.reverse(l);
                    return l;
                }));
        List<String> problems = working.report() == null ? List.of() : working.report().problems();
        Editor editor = new Editor(id, title(latest, pages.lang()), working.version(), working.draft(),
                working.updatedBy(), working.updatedAt() == null ? null : TIME.format(working.updatedAt()), files,
                working.report(),
                working.publishable(), problems, versions);
        return pages.render(Templates.exercise(pages.context(), editor, blocked, published, unchanged), status);
    }

    private Response renderQuestion(String id, String yaml, String error, String saved, int status) {
        PracticeQuestion q;
        try {
            q = questions.find(id);
        } catch (NotFound e) {
            throw new NotFoundException(e.getMessage());
        }
        QuestionDef def = q.content();
        boolean en = pages.lang() == Lang.en;
        String stem = en && def.stemEn() != null ? def.stemEn() : def.stem();
        String explanation = en && def.explanationEn() != null ? def.explanationEn() : def.explanation();
        List<String> choices = def.choices().stream().map(c -> c.key() + ". " + Markdown.toInlineHtml(
                en && c.textEn() != null ? c.textEn() : c.text())).toList();
        List<QuestionVersionRow> versions = questions.versions(id).stream()
                .map((QuestionVersionInfo v) -> new QuestionVersionRow(v.version(), v.contentHash().substring(0, 16),
                        TIME.format(v.createdAt())))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    java.util.Collections.reverse(l);
                    return l;
                }));
        QuestionEditor editor = new QuestionEditor(id, q.source(), q.version(), yaml == null ? questions.yaml(id) : yaml,
                Markdown.toHtml(stem), choices, String.join(", ", def.correct()), Markdown.toHtml(explanation),
                versions);
        return pages.render(Templates.question(pages.context(), editor, error, saved), status);
    }

    private static EditorFile editorFile(String name, String content) {
        long lines = content.lines().count();
        int rows = (int) Math.max(4, Math.min(30, lines + 1));
        return new EditorFile(name, content, rows, name.endsWith(".md"), name.startsWith("mutants/"));
    }

    private static String title(ExerciseCatalog.Entry entry, Lang lang) {
        var title = entry.exercise().spec().title();
        return lang == Lang.en ? title.en() : title.zh();
    }

    private static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 90 ? line : line.substring(0, 90) + "…";
    }

    private String user() {
        return SessionPrincipal.username(identity.getPrincipal().getName());
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
