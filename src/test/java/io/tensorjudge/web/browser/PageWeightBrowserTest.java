package io.tensorjudge.web.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tensorjudge.web.StaffSessions;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14: a page loads only what it uses. The bytes of script and style each page fetches (HTTP cache off) are
 * written to target/page-weights.md (docs/benchmarks.md records them); the home page loads neither the editor
 * bundle nor KaTeX, an exercise page with math loads both.
 */
@QuarkusTest
class PageWeightBrowserTest {

    private static final String KATEX = "/webjars/katex/";
    private static final String EDITOR = "/static/bundle/app-";

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    /** What one page fetched: script and style responses by address, with their body sizes. */
    record Weight(Map<String, Integer> scripts, Map<String, Integer> styles) {
        int scriptBytes() {
            return scripts.values().stream().mapToInt(Integer::intValue).sum();
        }

        int styleBytes() {
            return styles.values().stream().mapToInt(Integer::intValue).sum();
        }

        boolean loaded(String part) {
            return scripts.keySet().stream().anyMatch(url -> url.contains(part));
        }
    }

    @Test
    void shouldLoadTheEditorAndKatexOnlyWhereAPageUsesThem() throws IOException {
        Map<String, Weight> weights = new LinkedHashMap<>();
        Page visitor = uncachedPage();
        weights.put("home `/`", weigh(visitor, "/"));
        weights.put("exercise list `/exercises`", weigh(visitor, "/exercises"));
        weights.put("exercise `/exercises/softmax` (math, editor)", weigh(visitor, "/exercises/softmax"));
        weights.put("question list `/questions`", weigh(visitor, "/questions"));

        String username = "weights-" + System.nanoTime() % 100_000;
        String password = "password-" + username;
        given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.admin()).contentType("application/json")
                .body(Map.of("username", username, "displayName", "Weigher", "password", password,
                        "roles", List.of("INTERVIEWER", "INSTRUCTOR")))
                .post("/api/v1/admin/staff").then().statusCode(201);
        long id = given().cookie(StaffSessions.SESSION_COOKIE, StaffSessions.login(username, password))
                .contentType("application/json")
                .body(Map.of("title", "Weights", "timeLimitMinutes", 20, "languages", List.of("python"),
                        "allowRun", true, "items", List.of(Map.of("kind", "EXERCISE", "refId", "softmax",
                                "points", 5))))
                .post("/api/v1/assessments").then().statusCode(201).extract().jsonPath().getLong("id");
        Page staff = uncachedPage();
        BrowserExtension.logIn(staff, base, username, password);
        staff.waitForURL(url -> !url.contains("/login"));
        staff.navigate(base + "assessments/" + id);
        staff.fill("input[name=name]", "Weight Watcher");
        staff.fill("input[name=email]", "weights@example.com");
        staff.click("#invite-button");
        staff.waitForURL(url -> url.contains("invited="));
        String link = staff.inputValue("#invite-link");
        weights.put("staff dashboard `/assessments/{id}`", weigh(staff, "/assessments/" + id));
        weights.put("authoring `/authoring/exercises/softmax`", weigh(staff, "/authoring/exercises/softmax"));

        Page candidate = uncachedPage();
        candidate.navigate(link);
        candidate.click("#start");
        candidate.waitForSelector("#take[data-ready=true]");
        weights.put("take page `/take/{token}` (math, editor)", weigh(candidate, link.substring(link.indexOf("/take/"))));

        write(weights);
        Weight home = weights.get("home `/`");
        assertThat(home.loaded(EDITOR)).as("home loads the editor bundle").isFalse();
        assertThat(home.loaded(KATEX)).as("home loads KaTeX").isFalse();
        assertThat(weights.get("exercise list `/exercises`").loaded(EDITOR)).isFalse();
        Weight exercise = weights.get("exercise `/exercises/softmax` (math, editor)");
        assertThat(exercise.loaded(EDITOR)).as("exercise page loads the editor bundle").isTrue();
        assertThat(exercise.loaded(KATEX + "0.18.11/dist/katex.min.js")).as("exercise page loads KaTeX")
                .isTrue();
        assertThat(exercise.loaded("auto-render")).isTrue();
    }

    /** An en-US page whose requests all go through a route, which turns the HTTP cache off: every page counts. */
    private Page uncachedPage() {
        Page page = browser.newPage("en-US");
        page.route("**/*", route -> route.resume());
        return page;
    }

    private Weight weigh(Page page, String path) {
        List<Response> responses = new ArrayList<>();
        java.util.function.Consumer<Response> record = responses::add;
        page.onResponse(record);
        page.navigate(base.toString().replaceAll("/$", "") + path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.offResponse(record);
        Map<String, Integer> scripts = new LinkedHashMap<>();
        Map<String, Integer> styles = new LinkedHashMap<>();
        for (Response response : responses) {
            String type = response.request().resourceType();
            String url = response.url().replace(base.toString().replaceAll("/$", ""), "");
            // Sized by fetching the address again: a response's body may be gone once the page has moved on.
            if ("script".equals(type)) {
                scripts.put(url, size(response.url()));
            } else if ("stylesheet".equals(type)) {
                styles.put(url, size(response.url()));
            }
        }
        return new Weight(scripts, styles);
    }

    private static int size(String url) {
        return given().get(url).then().statusCode(200).extract().asByteArray().length;
    }

    private static void write(Map<String, Weight> weights) throws IOException {
        StringBuilder table = new StringBuilder("| page | JS bytes | CSS bytes | scripts |\n|---|---:|---:|---|\n");
        weights.forEach((page, w) -> table.append("| ").append(page).append(" | ").append(w.scriptBytes())
                .append(" | ").append(w.styleBytes()).append(" | ")
                .append(String.join(", ", w.scripts().keySet().stream()
                        .map(u -> u.replaceAll(".*/", "")).toList())).append(" |\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/page-weights.md"), table);
        System.out.println("Page weights:\n" + table);
    }
}
