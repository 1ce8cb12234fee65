package io.tensorjudge.web.staff.authoring;

import io.tensorjudge.authoring.ExerciseAuthoring;
import io.tensorjudge.authoring.ValidationReport;
import io.tensorjudge.bank.ExerciseCatalog;
import io.tensorjudge.bank.QuestionVersionInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** JSON bodies of the authoring API (docs/api-extensions.md, "Authoring"). */
final class AuthoringViews {

    private AuthoringViews() {
    }

    record ExerciseSummaryView(String id, String titleZh, String titleEn, String version, int versions,
            boolean authored, boolean draft) {
        static ExerciseSummaryView of(ExerciseCatalog.Entry entry, int versions, boolean draft) {
            var title = entry.exercise().spec().title();
            return new ExerciseSummaryView(entry.id(), title.zh(), title.en(), entry.version(), versions,
                    entry.authored(), draft);
        }
    }

    /** The editor's content: the draft's files (or the newest version's when there is no draft) and the last report. */
    record ExerciseDraftView(String id, String baseVersion, boolean draft, Map<String, String> files,
            ValidationReport report, boolean publishable, List<String> problems, String updatedBy, Instant updatedAt) {
        static ExerciseDraftView of(ExerciseAuthoring.Working w) {
            List<String> problems = w.report() == null ? List.of() : w.report().problems();
            return new ExerciseDraftView(w.id(), w.version(), w.draft(), w.files(), w.report(), w.publishable(),
                    problems, w.updatedBy(), w.updatedAt());
        }
    }

    record ExerciseFilesRequest(Map<String, String> files) {
    }

    record PublishedView(String id, String version, boolean changed) {
    }

    record VersionView(String version, boolean authored, boolean current, String publishedBy, Instant publishedAt) {
        static VersionView of(ExerciseAuthoring.VersionInfo v) {
            return new VersionView(v.version(), v.authored(), v.current(), v.publishedBy(), v.publishedAt());
        }
    }

    record QuestionSummaryView(String id, String source, int version, String stem) {
    }

    record QuestionYamlView(String id, String source, int version, String yaml) {
    }

    record QuestionYamlRequest(String yaml) {
    }

    record QuestionSavedView(String id, int version, boolean changed) {
    }

    record QuestionVersionView(int version, String contentHash, Instant createdAt) {
        static QuestionVersionView of(QuestionVersionInfo v) {
            return new QuestionVersionView(v.version(), v.contentHash(), v.createdAt());
        }
    }

    record PreviewRequest(String markdown) {
    }

    record PreviewView(String html) {
    }
}
