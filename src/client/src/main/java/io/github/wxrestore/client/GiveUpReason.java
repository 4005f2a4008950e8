package io.github.wxrestore.client;

/** Why a restore call ends with a failure instead of trying again. */
public enum GiveUpReason {
    /** The failure is not one the {@link RetryPolicy} retries. */
    NOT_RETRYABLE("not retryable"),
    /** The policy's {@code maxAttempts} were spent. */
    NO_ATTEMPTS_LEFT("no attempts left"),
    /** The next wait would end after the call timeout. */
    CALL_TIMEOUT("the call timeout leaves no time for another attempt"),
    /** The calling thread was interrupted. */
    INTERRUPTED("interrupted"),
    /** The caller no longer wants the result: a cancelled future, or {@link RequestOptions.Builder#abandonWhen}. */
    ABANDONED("abandoned by the caller");

    private final String text;

    GiveUpReason(String text) {
        this.text = text;
    }

    /** The reason in a few words, as the client's log lines give it. */
    public String text() {
        return text;
    }
}
