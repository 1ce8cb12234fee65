package io.tensorjudge.web.practice;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseSpec;
import io.tensorjudge.config.SandboxConfig;
import io.tensorjudge.grading.SubmissionService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;

/**
 * Coding-exercise practice pages. The list filters with a plain GET form; the exercise page renders the statement on
 * the server, and editor.js (bundled by the web bundler) submits through the public API and follows the grading by
 * SSE. Results and the history are server-rendered fragments, so the script never builds translated markup itself.
 */
@PermitAll
@Path("/exercises")
public class ExercisePage {

    /** How many previous submissions the page lists. */
    static final int HISTORY_SIZE = 10;

    /** A filter option with the number of exercises that carry it. */
    public record Option(String value, int count) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext page, List<Option> topics, List<Option> sources,
                List<Option> difficulties, String topic, String source, String difficulty,
                List<ExerciseCard> exercises);

        static native TemplateInstance exercise(PageContext page, PageExercise exercise, PageSubmission result,
                List<PageSubmission> history, long limitSeconds);

        /** The results panel alone, for the script to swap in once a grading is DONE. */
        static native TemplateInstance exercise$results(PageContext page, PageSubmission result);

        /** The history list alone, refreshed by the script after each grading. */
        static native TemplateInstance exercise$history(PageContext page, PageExercise exercise,
                List<PageSubmission> history);

        static native TemplateInstance notFound(PageContext page);
    }

    private final ExerciseCatalog catalog;
    private final SubmissionService submissions;
    private final Pages pages;
    private final SandboxConfig sandbox;

    ExercisePage(ExerciseCatalog catalog, SubmissionService submissions, Pages pages, SandboxConfig sandbox) {
        this.catalog = catalog;
        this.submissions = submissions;
        this.pages = pages;
        this.sandbox = sandbox;
    }

    @GET
    public Response list(@QueryParam("topic") String topic, @QueryParam("source") String source,
            @QueryParam("difficulty") String difficulty) {
        Lang lang = pages.lang();
        String topicFilter = blankToNull(topic);
        String sourceFilter = blankToNull(source);
        String difficultyFilter = blankToNull(difficulty);
        List<ExerciseSpec> all = catalog.listPublic().stream().map(e -> e.exercise().spec()).toList();
        List<ExerciseCard> shown = catalog.filterPublic(topicFilter, sourceFilter, difficultyFilter).stream()
                .map(e -> ExerciseCard.of(e.exercise().spec(), lang)).toList();
        List<Option> topics = options(all.stream().flatMap(s -> s.topics().stream()).toList());
        List<Option> sources = options(all.stream().map(ExerciseSpec::source).toList());
        // Easy, medium, hard rather than alphabetical.
        List<Option> difficulties = options(all.stream().map(ExerciseSpec::difficulty).toList()).stream()
                .sorted(java.util.Comparator.comparingInt(o -> List.of("easy", "medium", "hard").indexOf(o.value())))
                .toList();
        TemplateInstance page = Templates.list(pages.context(), topics, sources, difficulties, topicFilter,
                sourceFilter, difficultyFilter, shown);
        return pages.render(page, 200);
    }

    /** The exercise page; {@code ?submission=} shows that submission's results (links of the history list). */
    @GET
    @Path("/{id}")
    public Response exercise(@PathParam("id") String id, @QueryParam("submission") String submissionId,
            @CookieParam(PracticeBrowser.COOKIE) String browser) {
        Lang lang = pages.lang();
        PageContext context = pages.context();
        Optional<ExerciseCatalog.Entry> entry = catalog.findPublic(id);
        if (entry.isEmpty()) {
            return pages.render(Templates.notFound(context), 404);
        }
        PageExercise exercise = PageExercise.of(ExerciseView.Detail.of(entry.get(), lang));
        PageSubmission result = submissionOf(id, submissionId).orElse(null);
        TemplateInstance page = Templates.exercise(context, exercise, result, history(id, browser),
                // The job's bound shown beside the elapsed seconds while it runs (exercise-editor.js).
                sandbox.wallTime().toSeconds());
        return pages.render(page, 200);
    }

    @GET
    @Path("/{id}/results/{submissionId}")
    public Response results(@PathParam("id") String id, @PathParam("submissionId") String submissionId) {
        Optional<PageSubmission> result = submissionOf(id, submissionId);
        if (result.isEmpty()) {
            return pages.fragment(Templates.notFound(pages.context()), 404);
        }
        return pages.fragment(Templates.exercise$results(pages.context(), result.get()), 200);
    }

    @GET
    @Path("/{id}/history")
    public Response historyFragment(@PathParam("id") String id,
            @CookieParam(PracticeBrowser.COOKIE) String browser) {
        Lang lang = pages.lang();
        Optional<ExerciseCatalog.Entry> entry = catalog.findPublic(id);
        if (entry.isEmpty()) {
            return pages.fragment(Templates.notFound(pages.context()), 404);
        }
        PageExercise exercise = PageExercise.of(ExerciseView.Detail.of(entry.get(), lang));
        return pages.fragment(Templates.exercise$history(pages.context(), exercise, history(id, browser)), 200);
    }

    /** This browser's own practice submissions (none before its first one set the cookie). */
    private List<PageSubmission> history(String exerciseId, String browserCookie) {
        return PracticeBrowser.known(browserCookie)
                .map(browser -> submissions.history(exerciseId, browser, HISTORY_SIZE)).orElse(List.of()).stream()
                .map(s -> PageSubmission.of(s).withCode(submissions.sourceOf(s.id()).map(c -> c.code()).orElse("")))
                .toList();
    }

    /**
     * A practice submission of this exercise; ids of other exercises' submissions, and of submissions made in an
     * assessment attempt, are treated as unknown.
     */
    private Optional<PageSubmission> submissionOf(String exerciseId, String submissionId) {
        if (submissionId == null || submissionId.isBlank()) {
            return Optional.empty();
        }
        return submissions.findPractice(submissionId).filter(s -> s.exerciseId().equals(exerciseId))
                .map(PageSubmission::of);
    }

    /** Distinct values with their counts, sorted by value. */
    private static List<Option> options(List<String> values) {
        Map<String, Long> counts = values.stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue().intValue())).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
