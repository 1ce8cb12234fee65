package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import io.tensorjudge.bank.QuestionService;
import io.tensorjudge.web.practice.PracticeBrowser;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** MCQ practice in sections (one per source, or a topic), a page at a time, and one page per question. */
@QuarkusTest
class McqSectionsTest {

    @Inject
    QuestionService questions;

    @Test
    void shouldListOneSectionPerSourceWithTheIdsItsProgressCounts() {
        String html = given().queryParam("lang", "en").get("/questions").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertThat(html).contains("Sections by source").doesNotContain("class=\"answer-form\"");
        for (String source : List.of("alexnet", "resnet", "rnn-regularization", "dl-fundamentals",
                "pytorch-interview")) {
            List<PracticeQuestion> inSource = questions.listPublic(null, source);
            assertThat(html).contains("href=\"/questions?source=" + source + "\"")
                    .contains("data-ids=\"" + String.join(" ", inSource.stream().map(PracticeQuestion::id).toList())
                            + "\"")
                    .contains("/" + inSource.size() + " · ");
        }
    }

    @Test
    void shouldShowASectionTenQuestionsAPage() {
        List<PracticeQuestion> section = questions.listPublic(null, "pytorch-interview");
        int pages = (section.size() + 9) / 10;
        assertThat(pages).isGreaterThan(2);
        String first = given().queryParam("source", "pytorch-interview").queryParam("lang", "en").get("/questions")
                .then().statusCode(200).extract().asString();
        assertThat(articleIds(first)).containsExactlyElementsOf(ids(section.subList(0, 10)));
        assertThat(first).contains("Page 1 of " + pages).contains("href=\"/questions?source=pytorch-interview&page=2\"")
                .doesNotContain("rel=\"prev\"");
        String last = given().queryParam("source", "pytorch-interview").queryParam("page", pages)
                .queryParam("lang", "en").get("/questions").then().statusCode(200).extract().asString();
        assertThat(articleIds(last)).containsExactlyElementsOf(ids(section.subList((pages - 1) * 10, section.size())));
        assertThat(last).doesNotContain("rel=\"next\"");
        // A page past the end shows the last one, not an empty list.
        String beyond = given().queryParam("source", "pytorch-interview").queryParam("page", 99)
                .queryParam("lang", "en").get("/questions").then().statusCode(200).extract().asString();
        assertThat(articleIds(beyond)).isEqualTo(articleIds(last));
        // A topic is a section too, with its links carried into the question pages.
        String topic = section.get(0).content().topics().get(0);
        String byTopic = given().queryParam("topic", topic).get("/questions").then().statusCode(200).extract()
                .asString();
        assertThat(articleIds(byTopic)).isNotEmpty().containsExactlyElementsOf(
                ids(questions.listPublic(topic, null)).stream().limit(10).toList());
        assertThat(byTopic).contains("href=\"/questions/" + articleIds(byTopic).get(0) + "?topic=" + topic + "\"");
    }

    @Test
    void shouldServeAPageForOneQuestionWithItsNeighboursAndWithoutItsKey() {
        List<PracticeQuestion> section = questions.listPublic(null, "resnet");
        PracticeQuestion question = section.get(1);
        QuestionDef def = question.content();
        String html = given().get("/questions/{id}", question.id()).then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertThat(html).contains("id=\"" + question.id() + "\"").contains(Markdown.escape(def.stem()))
                .contains("本节第 2/" + section.size() + " 题")
                .contains("href=\"/questions/" + section.get(0).id() + "?source=resnet\"")
                .contains("href=\"/questions/" + section.get(2).id() + "?source=resnet\"")
                .contains("action=\"/questions/" + question.id() + "?lang=zh\"");
        // Before an answer the page holds neither the key nor the explanation.
        assertThat(html).doesNotContain("正确答案:").doesNotContain("class=\"key").doesNotContain("data-correct=\"t")
                .doesNotContain("data-chosen").doesNotContain(firstLine(def, def.explanation()))
                .doesNotContain(firstLine(def, def.explanationEn()));
        given().get("/questions/{id}", "no-such-question-xyz").then().statusCode(404).contentType(ContentType.HTML)
                .body(org.hamcrest.Matchers.containsString("页面不存在"));
    }

    @Test
    void shouldShowABrowsersEarlierAnswerAgainInTheOtherLanguage() {
        PracticeQuestion question = questions.listPublic(null, "alexnet").get(0);
        QuestionDef def = question.content();
        String key = def.correct().get(0);
        var answered = CsrfForms.form().header("X-Forwarded-For", Submissions.newClient()).formParam("choice", key)
                .formParam("source", "alexnet").post("/questions/{id}", question.id());
        answered.then().statusCode(200);
        // Without JavaScript the form's result is the question's page, still in the section it was opened from.
        assertThat(answered.asString()).contains("<h1 id=\"section-title\">AlexNet</h1>")
                .contains("href=\"/questions/" + questions.listPublic(null, "alexnet").get(1).id() + "?source=alexnet\"")
                .contains("data-chosen=\"" + key + "\"");
        String browser = answered.getCookie(PracticeBrowser.COOKIE);
        assertThat(browser).isNotBlank();

        String english = given().cookie(PracticeBrowser.COOKIE, browser).queryParam("lang", "en")
                .get("/questions/{id}", question.id()).then().statusCode(200).extract().asString();
        assertThat(english).contains("Correct — Correct answer: " + String.join(", ", def.correct()))
                .contains(firstLine(def, def.explanationEn())).contains("value=\"" + key + "\" checked")
                .contains("data-chosen=\"" + key + "\"");
        String chinese = given().cookie(PracticeBrowser.COOKIE, browser).queryParam("lang", "zh")
                .queryParam("source", "alexnet").get("/questions").then().statusCode(200).extract().asString();
        assertThat(chinese).contains("回答正确 — 正确答案: ").contains(firstLine(def, def.explanation()));
        // Another browser sees the question unanswered.
        given().cookie(PracticeBrowser.COOKIE, "AAAAAAAAAAAAAAAAAAAAAA").get("/questions/{id}", question.id()).then()
                .statusCode(200).body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("data-chosen")));
    }

    private static List<String> ids(List<PracticeQuestion> questions) {
        return questions.stream().map(PracticeQuestion::id).toList();
    }

    private static List<String> articleIds(String html) {
        Matcher m = Pattern.compile("<article class=\"question\" id=\"([^\"]+)\"").matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /**
     * A run of plain words of the explanation (no Markdown or math) that the stem and choices do not hold, as the page
     * escapes it: it is on the page only when the explanation is.
     */
    private static String firstLine(QuestionDef def, String text) {
        String shown = def.stem() + def.stemEn() + def.choices().stream().map(c -> c.text() + c.textEn()).toList();
        Matcher words = Pattern.compile("[\\p{L}\\p{N} ]{12,}").matcher(text);
        while (words.find()) {
            String run = words.group().strip();
            run = run.substring(0, Math.min(24, run.length()));
            if (run.length() >= 10 && !shown.contains(run)) {
                return Markdown.escape(run);
            }
        }
        throw new AssertionError("no distinctive words in " + text);
    }
}
