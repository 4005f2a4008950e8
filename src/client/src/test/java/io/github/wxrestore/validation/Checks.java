package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Short hands for the validation tests: requests, IDs, and a report as "property rule" pairs. */
final class Checks {

    private Checks() {
    }

    /** Each violation as {@code "recordingIds[3] IdBlank"}, in report order. */
    static List<String> found(ValidationReport report) {
        return report.violations().stream().map(v -> v.property() + " " + v.rule()).toList();
    }

    static List<String> found(RestoreRecordingsRequest body) {
        return found(RestoreRequestValidation.check(body, null));
    }

    /** A restoreAll-false request naming these IDs (null elements allowed). */
    static RestoreRecordingsRequest ids(String... ids) {
        return new RestoreRecordingsRequest().restoreAll(false).recordingIds(Arrays.asList(ids));
    }

    static RestoreRecordingsRequest ids(List<String> ids) {
        return new RestoreRecordingsRequest().restoreAll(false).recordingIds(ids);
    }

    /** {@code n} distinct IDs shaped like Webex's 32-hex-digit recording IDs. */
    static List<String> distinctIds(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("4f914b1dfe3c4d11a61730f1%08x", i)).toList();
    }

    /** The spec's maxItems, as the validation layer enforces it. */
    static int max() {
        return RestoreRequestValidation.maxRecordingIdsPerRequest();
    }

    static Violation only(ValidationReport report) {
        if (report.violations().size() != 1) {
            throw new AssertionError("expected one violation, got:\n" + report.describe());
        }
        return report.violations().get(0);
    }
}
