package io.tensorjudge.web.staff.insight;

import io.tensorjudge.account.Roles;
import io.tensorjudge.statistics.ItemStatisticsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Item statistics as JSON: the same numbers as the instructor page. */
@Path("/api/v1/item-statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final ItemStatisticsService statistics;

    StatisticsResource(ItemStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @RolesAllowed(Roles.INSTRUCTOR)
    public ItemStatisticsView all() {
        return ItemStatisticsView.of(statistics.questions(), statistics.exercises());
    }
}
