package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.ExerciseSpec;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import io.tensorjudge.web.practice.PracticeBrowser;

@QuarkusTest
class ExercisePageTest {

    @Inject
    ExerciseCatalog catalog;

    private ExerciseSpec spec(String id) {
        return catalog.find(id).orElseThrow().exercise().spec();
    }

    @Test
    void shouldListOnlyTheExercisesMatchingEveryFilter() {
        ExerciseSpec softmax = spec("softmax");
        // the practice list: private exercises are not on it (PrivateItemsPracticeTest)
        List<ExerciseSpec> all = catalog.listPublic().stream().map(e -> e.exercise().spec()).toList();
        List<String> expected = all.stream().filter(s -> s.source().equals(softmax.source())
                && s.difficulty().equals(softmax.difficulty())).map(ExerciseSpec::id).toList();
        List<String> excluded = all.stream().map(ExerciseSpec::id).filter(id -> !expected.contains(id)).toList();
        assertThat(excluded).isNotEmpty();

        String html = given().queryParam("source", softmax.source()).queryParam("difficulty", softmax.difficulty())
                .when().get("/exercises").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<option value=\"" + softmax.source() + "\" selected>"))
                .extract().asString();
        expected.forEach(id -> assertThat(html).contains("href=\"/exercises/" + id + "\""));
        excluded.forEach(id -> assertThat(html).doesNotContain("href=\"/exercises/" + id + "\""));
        assertThat(html).contains(expected.size() + " 道编程题");
    }

    @Test
    void shouldFilterByTopicAndSayWhenNothingMatches() {
        String topic = spec("lstm-cell").topics().get(0);
        String html = given().queryParam("topic", topic).when().get("/exercises").then().statusCode(200)
                .extract().asString();
        catalog.listPublic().forEach(e -> {
            String link = "href=\"/exercises/" + e.id() + "\"";
            if (e.exercise().spec().topics().contains(topic)) {
                assertThat(html).contains(link);
            } else {
                assertThat(html).doesNotContain(link);
            }
        });
        given().queryParam("topic", "no-such-topic").when().get("/exercises").then().statusCode(200)
                .body(containsString("没有符合条件的编程题。"));
    }

    @Test
    void shouldRenderTheStatementSignatureAndStarterCodeInBothLanguages() throws IOException {
        var entry = catalog.find("softmax").orElseThrow();
        ExerciseSpec softmax = entry.exercise().spec();
        given().when().get("/exercises/softmax").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<h1>" + softmax.title().zh() + "</h1>"))
                .body(containsString(Markdown.toHtml(entry.read("statement.zh.md"))))
                .body(containsString(Markdown.escape(softmax.signature().python())))
                .body(containsString(Markdown.escape(softmax.signature().java())))
                .body(containsString(html(entry.read("starter.py"))))
                .body(containsString(html(entry.read("Starter.java"))))
                .body(containsString("href=\"/exercises\""));
        String page = given().when().get("/exercises/softmax").then().extract().asString();
        assertThat(page.split("<h1>", -1)).as("one title, not the page's and the statement's").hasSize(2);
        given().queryParam("lang", "en").when().get("/exercises/softmax").then().statusCode(200)
                .body(containsString("<h1>" + softmax.title().en() + "</h1>"))
                .body(containsString(Markdown.toHtml(entry.read("statement.en.md"))))
                .body(containsString("Run (visible tests)"));
    }

    /**
     * The reference solutions and mutants stay on the server: none of their own lines reaches any page (private
     * exercises have no page, see PrivateItemsPracticeTest).
     */
    @Test
    void shouldNeverShowSolutionOrMutantCode() throws IOException {
        for (ExerciseCatalog.Entry entry : catalog.listPublic()) {
            String page = given().when().get("/exercises/" + entry.id()).then().statusCode(200).extract().asString();
            Set<String> starterLines = Stream.of("starter.py", "Starter.java")
                    .filter(f -> Files.exists(entry.exercise().file(f)))
                    .flatMap(f -> entry.read(f).lines()).map(String::strip).collect(java.util.stream.Collectors.toSet());
            for (Path secret : secretFiles(entry)) {
                Files.readAllLines(secret).stream().map(String::strip)
                        .filter(line -> line.length() > 25 && !starterLines.contains(line))
                        .filter(line -> !line.startsWith("#") && !line.startsWith("//") && !line.startsWith("*"))
                        .forEach(line -> assertThat(page).as("%s shows a line of %s", entry.id(), secret)
                                .doesNotContain(line).doesNotContain(html(line))
                                .doesNotContain(Markdown.escape(line)));
            }
        }
    }

    /** HTML escaping as Qute does it in text (Markdown.escape leaves the apostrophe alone). */
    private static String html(String text) {
        return Markdown.escape(text).replace("'", "&#39;");
    }

    private static List<Path> secretFiles(ExerciseCatalog.Entry entry) throws IOException {
        Path folder = entry.exercise().folder();
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> secrets = files.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("solution") || name.startsWith("Solution") || p.getParent().endsWith("mutants");
            }).toList();
            assertThat(secrets).as("solutions of %s", entry.id()).isNotEmpty();
            return secrets;
        }
    }

    @Test
    void shouldAnswerUnknownExercisesWithTheReadableNotFoundPage() {
        given().when().get("/exercises/no-such-exercise").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("页面不存在"))
                .body(containsString("href=\"/exercises\""));
        given().when().get("/exercises/softmax/results/no-such-submission").then().statusCode(404);
    }

    /**
     * A graded submission appears in its own browser's history (the practice cookie its first submission set), with
     * its results rendered; not in another browser's, even from the same address.
     */
    @Test
    void shouldShowTheBrowsersPreviousSubmissionAndItsResults() throws Exception {
        String client = "10.88.0." + (1 + (int) (Math.random() * 250));
        String code = Files.readString(catalog.find("softmax").orElseThrow().exercise().file("solution.py"));
        io.restassured.response.Response posted = given().header("X-Forwarded-For", client)
                .contentType(ContentType.JSON).body(Map.of("language", "python", "code", code, "mode", "run"))
                .when().post("/api/v1/exercises/softmax/submissions");
        posted.then().statusCode(202);
        String id = posted.path("id");
        String browser = posted.getCookie(PracticeBrowser.COOKIE);
        assertThat(browser).as("practice cookie set by the first submission").isNotBlank();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!"DONE".equals(given().get("/api/v1/submissions/" + id).then().extract().path("status"))) {
            assertThat(Instant.now()).as("graded in time").isBefore(deadline);
            Thread.sleep(200);
        }
        List<String> visible = spec("softmax").cases().stream().filter(ExerciseSpec.CaseSpec::isVisible)
                .map(ExerciseSpec.CaseSpec::name).toList();

        given().cookie(PracticeBrowser.COOKIE, browser).when().get("/exercises/softmax").then().statusCode(200)
                .body(containsString("data-submission=\"" + id + "\""));
        given().header("X-Forwarded-For", client).when().get("/exercises/softmax/history").then()
                .statusCode(200).body(not(containsString(id))).body(containsString("还没有提交记录。"));

        String results = given().queryParam("lang", "en").when().get("/exercises/softmax/results/" + id).then()
                .statusCode(200).body(containsString("data-verdict=\"ACCEPTED\""))
                .body(containsString(visible.size() + "/" + visible.size() + " tests passed"))
                .extract().asString();
        visible.forEach(name -> assertThat(results).contains("<tr class=\"test pass\" data-test=\"" + name + "\">"));
        assertThat(results).doesNotContain("<html").contains("<details>");
        given().when().get("/exercises/attention/results/" + id).then().statusCode(404);
        // The history links reopen the page with that submission's results.
        given().queryParam("submission", id).when().get("/exercises/softmax").then().statusCode(200)
                .body(containsString("data-verdict=\"ACCEPTED\""))
                .body(containsString("<tr class=\"test pass\" data-test=\"" + visible.get(0) + "\">"));
    }

    /** CodeMirror comes bundled from the app itself: no script or stylesheet from another host. */
    @Test
    void shouldServeTheEditorBundleFromTheAppItself() {
        String page = given().when().get("/exercises/softmax").then().statusCode(200).extract().asString();
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");
        java.util.regex.Matcher script = java.util.regex.Pattern
                .compile("<script type=\"module\" src=\"(/static/bundle/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("bundle script tag").isTrue();
        given().when().get(script.group(1)).then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("cm-content")) // CodeMirror's editable area
                .body(containsString("/api/v1/submissions/"));
    }

    @Test
    void shouldLinkTheExercisesFromTheLayoutAndHomePage() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("<a href=\"/exercises\">编程题</a>"))
                .body(containsString("<a class=\"button\" href=\"/exercises\">"));
    }
}
