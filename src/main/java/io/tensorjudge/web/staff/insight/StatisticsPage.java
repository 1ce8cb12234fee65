package io.tensorjudge.web.staff.insight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.account.Roles;
import io.tensorjudge.statistics.ItemStatisticsService;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The instructor's item-statistics page: flagged items first, each with the reason. */
@Path("/statistics")
public class StatisticsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(PageContext page, ItemStatisticsView stats);
    }

    private final ItemStatisticsService statistics;
    private final Pages pages;

    StatisticsPage(ItemStatisticsService statistics, Pages pages) {
        this.statistics = statistics;
        this.pages = pages;
    }

    @GET
    @RolesAllowed(Roles.INSTRUCTOR)
    public Response show() {
        ItemStatisticsView view = ItemStatisticsView.of(statistics.questions(), statistics.exercises());
        return pages.render(Templates.statistics(pages.context(), view), 200);
    }
}
