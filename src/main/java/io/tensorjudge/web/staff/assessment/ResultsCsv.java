package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.assessment.ItemInfo;
import io.tensorjudge.assessment.AttemptResult;
import io.tensorjudge.assessment.ItemResult;
import java.util.ArrayList;
import java.util.List;

/** The results of an assessment as CSV (RFC 4180): one row per attempt, one column per item. */
final class ResultsCsv {

    private ResultsCsv() {
    }

    static String of(List<ItemInfo> items, List<AttemptResult> results) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("name", "email", "status", "started_at", "finished_at",
                "minutes_used", "score", "max_points"));
        items.forEach(i -> header.add((i.position() + 1) + " " + i.kind().name().toLowerCase() + " " + i.refId()
                + " (" + i.points() + ")"));
        row(csv, header);
        for (AttemptResult r : results) {
            var a = r.attempt();
            List<String> cells = new ArrayList<>(List.of(a.candidateName(), a.candidateEmail(), a.status().name(),
                    a.startedAt() == null ? "" : a.startedAt().toString(),
                    a.finishedAt() == null ? "" : a.finishedAt().toString(),
                    r.timeUsed() == null ? "" : String.valueOf(Math.round(r.timeUsed().toSeconds() / 6.0) / 10.0),
                    number(r.score()), String.valueOf(r.maxPoints())));
            for (ItemResult item : r.items()) {
                cells.add(item.attempted() ? number(item.earned()) : "");
            }
            row(csv, cells);
        }
        return csv.toString();
    }

    private static String number(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * Quotes when needed; a cell starting with = + - @ gets a leading apostrophe so spreadsheets never run it as a
     * formula (a candidate chooses their own name).
     */
    static String quote(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
