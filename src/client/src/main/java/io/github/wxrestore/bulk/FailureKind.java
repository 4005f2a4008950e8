package io.github.wxrestore.bulk;

/**
 * Why a call of a bulk run failed, by what a person does next. Each client exception family maps to one kind,
 * so that a caller (the command line's exit codes, say) decides without inspecting statuses.
 */
public enum FailureKind {
    /** 401 or 403: the token was refused or lacks a scope. Stops the run: every later call would fail alike. */
    AUTHORIZATION,
    /** 404, 409 or 410: some recording is not in the recycle bin (never was, someone else's, already restored). */
    NOT_FOUND,
    /** 429 or 423, still after the retries the policy allows. */
    THROTTLED,
    /** A 5xx status, an I/O failure or a timeout, still after the retries the policy allows. */
    SERVER_OR_NETWORK,
    /** 400, 405, 415, 428, or a status the documentation does not list: sending the same call again fails again. */
    REJECTED,
    /** A problem on this side, such as an access-token supplier that failed. */
    CLIENT
}
