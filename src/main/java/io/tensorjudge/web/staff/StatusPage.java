package io.tensorjudge.web.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.account.Roles;
import io.tensorjudge.grading.GradingMetrics;
import io.tensorjudge.grading.GradingStatus;
import io.tensorjudge.operations.InstanceInfo;
import io.tensorjudge.operations.Instances;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;

/** {@code /admin/status}: the numbers of /q/metrics an operator looks at first, and the instances seen lately. */
@Path("/admin/status")
@RolesAllowed(Roles.ADMIN)
public class StatusPage {

    /** A phase row as the page shows it: milliseconds with one decimal, a dash before the first grading. */
    public record PhaseRow(String name, long count, String mean, String p95) {
        static PhaseRow of(GradingStatus.Phase p) {
            return new PhaseRow(p.name(), p.count(), millis(p.count(), p.meanMillis()), millis(p.count(), p.p95Millis()));
        }

        private static String millis(long count, double value) {
            return count == 0 || Double.isNaN(value) ? "—" : String.format(java.util.Locale.ROOT, "%.1f", value);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(PageContext page, GradingStatus grading, List<PhaseRow> phases,
                String oldestAge, List<InstanceInfo> instances);
    }

    private final GradingMetrics metrics;
    private final Instances instances;
    private final Pages pages;

    StatusPage(GradingMetrics metrics, Instances instances, Pages pages) {
        this.metrics = metrics;
        this.instances = instances;
        this.pages = pages;
    }

    @GET
    public Response show() {
        GradingStatus grading = metrics.status();
        String oldestAge = String.format(java.util.Locale.ROOT, "%.1f", grading.queue().oldestAgeSeconds(Instant.now()));
        List<PhaseRow> phases = grading.phases().stream().map(PhaseRow::of).toList();
        return pages.render(Templates.status(pages.context(), grading, phases, oldestAge,
                instances.live()), 200);
    }
}
