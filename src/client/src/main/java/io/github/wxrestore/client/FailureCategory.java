package io.github.wxrestore.client;

/**
 * What a failed restore call means for the person who runs it, one category per failure: every documented
 * status has one ({@link WebexStatus#category()}), and {@link WebexClientException#category()} gives it for any
 * failure. The retry policy, the bulk outcomes, the journal and the command line's exit codes all read this one
 * grouping.
 */
public enum FailureCategory {
    /** 401 or 403: the token was refused or lacks a scope; every later call would fail alike. */
    AUTHORIZATION,
    /** 404, 409 or 410: a recording is not in the recycle bin (never was, someone else's, already restored). */
    NOT_FOUND,
    /** 423, 429 or 503: Webex did nothing and asks to be called again later. */
    THROTTLED,
    /**
     * 500, 502, 504, an undocumented 5xx, or no complete response (an I/O failure, a timeout): the only category
     * in which Webex may have applied the call although it failed ({@link WebexClientException#mayHaveBeenApplied()}).
     */
    SERVER_OR_NETWORK,
    /** 400, 405, 415, 428, or another status the documentation does not list: the same call fails again. */
    REJECTED,
    /** A problem on this side with no HTTP answer, such as an access-token supplier that failed. */
    CLIENT
}
