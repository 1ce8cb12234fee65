package io.tensorjudge.web.staff.insight;

import io.tensorjudge.account.AccountService;
import io.quarkus.arc.Arc;
import static io.restassured.RestAssured.given;

import io.tensorjudge.account.StaffMember;
import io.tensorjudge.assessment.AssessmentSummary;
import io.tensorjudge.assessment.AssessmentDraft;
import io.tensorjudge.assessment.ItemInfo;
import io.tensorjudge.web.StaffSessions;
import java.util.List;

/** Test data through the real login, admin API and assessment services: staff, assessments, their items. */
final class InsightFixtures {

    private InsightFixtures() {
    }

    /** A fresh member of staff: the session cookie and the account. */
    record Staff(String cookie, StaffMember account) {
    }

    static Staff newStaff(String... roles) {
        String cookie = StaffSessions.newStaff(roles);
        String username = given().cookie(StaffSessions.SESSION_COOKIE, cookie).when().get("/api/v1/staff/me")
                .then().statusCode(200).extract().path("username");
        StaffMember account = Arc.container().instance(AccountService.class).get().find(username).orElseThrow();
        return new Staff(cookie, account);
    }

    static AssessmentDraft draft(String title, List<AssessmentDraft.ItemSpec> items) {
        return new AssessmentDraft(title, 60, List.of("python", "java"), false, null, null, items);
    }

    static List<ItemInfo> items(AssessmentSummary assessment) {
        return assessment.items();
    }
}
