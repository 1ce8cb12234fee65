package io.tensorjudge.web.insight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tensorjudge.account.Roles;
import io.tensorjudge.statistics.ItemStatisticsService;
import io.tensorjudge.web.Lang;
import io.tensorjudge.web.PageContext;
import io.tensorjudge.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The instructor's item-statistics page: flagged items first, each with the reason. */
@Path("/statistics")
public class StatisticsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(PageContext page, ItemStatisticsView stats);
    }

    private final ItemStatisticsService statistics;

    StatisticsPage(ItemStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @RolesAllowed(Roles.INSTRUCTOR)
    public Response show(@QueryParam("lang") String queryLang, @CookieParam(Pages.LANG_COOKIE) String cookieLang,
            @Context UriInfo uri) {
        Lang lang = Pages.lang(queryLang, cookieLang);
        ItemStatisticsView view = ItemStatisticsView.of(statistics.questions(), statistics.exercises());
        return Pages.render(Templates.statistics(Pages.context(lang, uri), view), lang, queryLang, 200);
    }
}
