package io.tensorjudge.web.assessment;

import static io.restassured.RestAssured.given;
import static io.tensorjudge.web.assessment.AssessmentFixtures.as;
import static io.tensorjudge.web.assessment.AssessmentFixtures.body;
import static io.tensorjudge.web.assessment.AssessmentFixtures.create;
import static io.tensorjudge.web.assessment.AssessmentFixtures.exercise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tensorjudge.web.CsrfForms;
import io.tensorjudge.web.StaffSessions;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: with SMTP configured ({@code quarkus.mailer.from}; the mailer's mock mailbox stands in for the server)
 * an invite is also e-mailed, in the assessment's language; the link is shown to copy all the same. Without it,
 * nothing is sent: {@link PreviewAndLanguageTest#shouldSendNoMailWithoutSmtpConfigured}.
 */
@QuarkusTest
@TestProfile(InviteMailTest.MailConfigured.class)
class InviteMailTest {

    public static class MailConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.from", "invites@tensorjudge.example", "quarkus.mailer.mock", "true");
        }
    }

    @Inject MockMailbox mailbox;

    @BeforeEach
    void empty() {
        mailbox.clear();
    }

    private static long assessment(String owner, String language) {
        Map<String, Object> request = new HashMap<>(body("Mailed test", 30, true, List.of(exercise("softmax", 5))));
        request.put("language", language);
        return create(owner, request).getLong("id");
    }

    @Test
    void shouldMailTheLinkInTheAssessmentsLanguage() {
        String owner = StaffSessions.newStaff("INTERVIEWER");
        long en = assessment(owner, "en");
        String link = as(owner).header("Accept-Language", "zh-CN").body(Map.of("name", "Ada", "email", "ada@example.com"))
                .post("/api/v1/assessments/{id}/invites", en).then().statusCode(201).body("emailed", equalTo(true))
                .extract().jsonPath().getString("link");
        List<Mail> mails = mailbox.getMailsSentTo("ada@example.com");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("TensorJudge assessment invite: Mailed test");
        assertThat(mails.get(0).getText()).contains("Hello Ada").contains(link);
        assertThat(mailbox.getMailMessagesSentTo("ada@example.com").get(0).getFrom())
                .isEqualTo("invites@tensorjudge.example");

        long zh = assessment(owner, "zh");
        as(owner).header("Accept-Language", "en-US").body(Map.of("name", "Lin", "email", "lin@example.com"))
                .post("/api/v1/assessments/{id}/invites", zh).then().statusCode(201);
        assertThat(mailbox.getMailsSentTo("lin@example.com")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("TensorJudge 测评邀请：Mailed test"));
    }

    @Test
    void shouldSayOnTheDashboardThatTheLinkWasMailedAndStillShowIt() {
        String owner = StaffSessions.newStaff("INTERVIEWER");
        long id = assessment(owner, null);
        var response = CsrfForms.form().cookie(StaffSessions.SESSION_COOKIE, owner).redirects().follow(false)
                .formParam("name", "Grace").formParam("email", "grace@example.com")
                .post("/assessments/{id}/invites", id).then().statusCode(303).extract();
        String location = response.header("Location");
        assertThat(location).contains("emailed=true");
        given().cookie(StaffSessions.SESSION_COOKIE, owner).cookies(response.cookies()).queryParam("lang", "en")
                .get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("id=\"invite-emailed\"")).body(containsString("grace@example.com"))
                .body(containsString("id=\"invite-link\""));
        // The browser's language decides the mail of a browser-language assessment: here the interviewer's form post.
        assertThat(mailbox.getMailsSentTo("grace@example.com")).hasSize(1);
    }
}
