package io.github.wxrestore.cli;

import io.github.wxrestore.bulk.BulkReport;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.client.FailureCategory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exit codes of the command line, each with what it means; listed by {@code --help}. */
public enum ExitCode {
    /** 0. */
    OK(0, "all restored (with --dry-run: the input is valid)"),
    /** 1. */
    INTERNAL_ERROR(1, "unexpected internal error (also: the journal could not be written during the run, or the "
            + "report could not be written to standard output)"),
    /** 2. */
    USAGE(2, "invalid input or usage, including a journal that does not match the input; nothing was sent"),
    /** 3. */
    AUTHORIZATION(3, "authentication or authorization refused (401/403); the run stopped"),
    /** 4. */
    NOT_FOUND(4, "not found, gone or conflict (404/409/410)"),
    /** 5. */
    THROTTLED(5, "still throttled, locked or unavailable after retries (429/423/503)"),
    /** 6. */
    SERVER_OR_NETWORK(6, "server or network failure after retries (500/502/504 or another 5xx, I/O, timeout)"),
    /** 7. */
    PARTIAL(7, "partial: some recordings restored (or presumed restored) and some not"),
    /** 8. */
    REJECTED(8, "the server rejected the request (400, 405, 415, 428, or an undocumented 4xx)");

    // when nothing is restored, the failure a person must fix first decides the code
    private static final List<FailureCategory> SEVERITY = List.of(FailureCategory.AUTHORIZATION,
            FailureCategory.REJECTED, FailureCategory.NOT_FOUND, FailureCategory.THROTTLED,
            FailureCategory.SERVER_OR_NETWORK, FailureCategory.CLIENT);

    /** What the codes of a run stopped by a signal mean (128 + its number, as a shell reports them). */
    static final String SIGNALS = "130, 143, 129: stopped by SIGINT, SIGTERM or SIGHUP; the calls in flight finished "
            + "and were journaled (a second signal stops at once).";

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * The code for a finished run: 0 when everything is restored; 3 when a 401/403 stopped it (even after some
     * calls restored: fix the token, then run again with the journal); 7 when some IDs are restored and some are
     * not; otherwise the code of the most pressing failure (3, 8, 4, 5, 6, then 1).
     */
    public static ExitCode of(BulkReport report) {
        if (report.status() == BulkReport.Status.OK) {
            return OK;
        }
        if (report.stoppedBy() == FailureCategory.AUTHORIZATION) {
            return AUTHORIZATION;
        }
        if (report.status() == BulkReport.Status.PARTIAL) {
            return PARTIAL;
        }
        for (FailureCategory category : SEVERITY) {
            if (report.failed().stream().map(CallOutcome::category).anyMatch(c -> c == category)
                    || (category == FailureCategory.NOT_FOUND && !report.badIds().isEmpty())) {
                return of(category); // bad IDs an earlier run found are 404/410s too
            }
        }
        return INTERNAL_ERROR; // nothing failed and nothing restored: the run was interrupted
    }

    /** The code of a run whose only failures are of this category: one code per category. */
    static ExitCode of(FailureCategory category) {
        return switch (category) {
            case AUTHORIZATION -> AUTHORIZATION;
            case NOT_FOUND -> NOT_FOUND;
            case THROTTLED -> THROTTLED;
            case SERVER_OR_NETWORK -> SERVER_OR_NETWORK;
            case REJECTED -> REJECTED;
            case CLIENT -> INTERNAL_ERROR;
        };
    }

    /** Code to meaning, in order, for picocli's exit code list. */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode e : values()) {
            list.put(String.format("%2d", e.code), e.meaning);
        }
        return list;
    }
}
