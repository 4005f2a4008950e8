package io.github.wxrestore.validation;

import java.util.List;

/**
 * A recording query breaks one or more documented rules; nothing was sent. The listing's sibling of
 * {@link InvalidRestoreRequestException}: the same idea for another input, whose violations name query
 * parameters rather than parts of a restore call. The message names every broken rule, one per line. Its report
 * is immutable and safe to share across threads.
 */
public class InvalidRecordingQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient QueryReport report;

    public InvalidRecordingQueryException(QueryReport report) {
        super("Invalid recording query, nothing was sent (" + report.violations().size() + " problem"
                + (report.violations().size() == 1 ? "" : "s") + "):\n" + report.describe());
        this.report = report;
    }

    public QueryReport report() {
        return report;
    }

    public List<QueryViolation> violations() {
        return report.violations();
    }
}
