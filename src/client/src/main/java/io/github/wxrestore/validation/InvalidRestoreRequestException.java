package io.github.wxrestore.validation;

import java.util.List;

/**
 * A restore call breaks one or more documented rules; nothing was sent. The message names every broken rule,
 * one per line. Its report is immutable and safe to share across threads.
 */
public class InvalidRestoreRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public InvalidRestoreRequestException(ValidationReport report) {
        super("Invalid restore request, nothing was sent (" + report.violations().size() + " problem"
                + (report.violations().size() == 1 ? "" : "s") + "):\n" + report.describe());
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }

    public List<Violation> violations() {
        return report.violations();
    }
}
