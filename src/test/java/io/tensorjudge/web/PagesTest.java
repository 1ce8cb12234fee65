package io.tensorjudge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tensorjudge.bank.QuestionService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagesTest {

    @Inject
    QuestionService questions;

    @Test
    void shouldRenderTheHomePageWithSourcesInChinese() {
        given().when().get("/").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("深度学习面试与练习平台"))
                .body(containsString("href=\"/questions?source=rnn-regularization\""))
                .body(containsString("RNN 正则化（Zaremba 等）"))
                // KaTeX and the editor are loaded only where a page uses them (PageWeightBrowserTest).
                .body(not(containsString("katex"))).body(not(containsString("/static/bundle/")));
    }

    @Test
    void shouldSwitchToEnglishAndRememberIt() {
        given().queryParam("lang", "en").when().get("/").then().statusCode(200)
                .body(containsString("Deep-learning interviews and practice"))
                .cookie("lang", "en");
        given().cookie("lang", "en").when().get("/questions?source=resnet").then().statusCode(200)
                .body(containsString("MCQ practice"));
    }

    @Test
    void shouldFollowTheBrowserLanguageWhenNeitherAddressNorCookieChose() {
        var english = given().header("Accept-Language", "en-US,en;q=0.9").when().get("/").then().statusCode(200)
                .body(containsString("Deep-learning interviews and practice")).extract();
        assertThat(english.cookie("lang")).as("the browser's language is not remembered").isNull();
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").when().get("/").then().statusCode(200)
                .body(containsString("深度学习面试与练习平台"));
        given().header("Accept-Language", "en-US").cookie("lang", "zh").when().get("/questions").then()
                .statusCode(200).body(containsString("选择题练习"));
        given().header("Accept-Language", "en-US").queryParam("lang", "zh").when().get("/exercises").then()
                .statusCode(200).body(containsString("<h1>编程题</h1>")).cookie("lang", "zh");
        given().header("Accept-Language", "fr-FR").when().get("/api/v1/exercises/softmax").then().statusCode(200)
                .body("title", equalTo("Numerically stable softmax"));
        given().when().get("/api/v1/exercises/softmax").then().statusCode(200)
                .body("title", equalTo("数值稳定的 Softmax"));
    }

    @Test
    void shouldListQuestionsOfASourceWithAnswerForms() {
        String stem = questions.find("resnet-seed-01").orElseThrow().content().stem();
        given().queryParam("source", "resnet").when().get("/questions").then().statusCode(200)
                .body(containsString("id=\"resnet-seed-01\""))
                .body(containsString(Markdown.escape(stem)))
                .body(containsString("action=\"/questions/resnet-seed-01?lang=zh\""))
                .body(not(containsString("id=\"alexnet-seed-01\"")));
    }

    @Test
    void shouldGradeAFormAnswerWithoutJavaScript() {
        var def = questions.find("alexnet-seed-01").orElseThrow().content();
        String key = def.correct().get(0);
        CsrfForms.form().header("X-Forwarded-For", "10.77.0.1").formParam("choice", key)
                .when().post("/questions/alexnet-seed-01").then().statusCode(200)
                .body(containsString("回答正确"))
                .body(containsString("正确答案: " + String.join(", ", def.correct())));
    }

    @Test
    void shouldAskForAChoiceWhenTheFormIsEmpty() {
        CsrfForms.form().formParam("other", "x").when().post("/questions/alexnet-seed-01")
                .then().statusCode(400).body(containsString("请至少选择一个选项。"));
    }

    @Test
    void shouldShowAReadable404PageForAnUnknownQuestion() {
        CsrfForms.form().formParam("choice", "A").when().post("/questions/nope").then()
                .statusCode(404).contentType(ContentType.HTML).body(containsString("页面不存在"));
    }

    @Test
    void shouldRefuseAFormAnswerWithoutTheCsrfToken() {
        given().contentType(ContentType.URLENC).formParam("choice", "A").when().post("/questions/alexnet-seed-01")
                .then().statusCode(400);
    }

    @Test
    void shouldServeCssAndMathAssetsLocally() {
        given().when().get("/css/app.css").then().statusCode(200);
        given().when().get("/js/app.js").then().statusCode(200);
        given().when().get("/webjars/katex/0.18.11/dist/contrib/auto-render.min.js").then().statusCode(200);
    }

    @Test
    void shouldAnswerAnUnknownBrowserAddressWithAPageAndAnUnknownApiPathWithProblemJson() {
        given().accept(ContentType.HTML).header("Accept-Language", "en-US,en;q=0.9").when().get("/no-such-page")
                .then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("Page not found")).body(containsString("href=\"/exercises\""));
        given().accept(ContentType.HTML).header("Accept-Language", "zh-CN").when().get("/no/such/page")
                .then().statusCode(404).contentType(ContentType.HTML).body(containsString("页面不存在"));
        // API clients keep problem+json, even when they accept HTML; so does a client that asks for no page.
        given().accept(ContentType.HTML).when().get("/api/v1/no-such-endpoint")
                .then().statusCode(404).contentType("application/problem+json");
        given().accept(ContentType.JSON).when().get("/no-such-page")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
