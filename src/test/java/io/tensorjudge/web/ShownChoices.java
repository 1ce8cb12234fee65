package io.tensorjudge.web;

import static io.restassured.RestAssured.given;

import io.tensorjudge.bank.PracticeQuestion;
import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import java.util.List;
import java.util.Map;

/**
 * Test helper: each attempt shows an MCQ's choices in its own order under labels A, B, C... This finds, through the
 * candidate API (as a candidate reading their page would), the labels that stand for the given bank keys.
 */
public final class ShownChoices {

    private ShownChoices() {
    }

    public static List<String> labels(String token, long itemId, PracticeQuestion question, List<String> keys) {
        List<Map<String, String>> shown = given().get("/api/v1/attempts/{t}", token).then().statusCode(200)
                .extract().jsonPath().getList("items.find { it.itemId == " + itemId + " }.choices");
        return keys.stream().map(key -> {
            String text = question.content().choices().stream().filter(c -> c.key().equals(key))
                    .map(ChoiceDef::text).findFirst().orElseThrow();
            return shown.stream().filter(c -> text.equals(c.get("text"))).map(c -> c.get("key")).findFirst()
                    .orElseThrow(() -> new AssertionError("choice " + key + " not shown for item " + itemId));
        }).sorted().toList();
    }

    public static String label(String token, long itemId, PracticeQuestion question, String key) {
        return labels(token, itemId, question, List.of(key)).get(0);
    }
}
