package io.github.wxrestore.cli.internal;

/** A mistake in how the command was called (exit 2), with a message that says what to do instead. */
public final class UsageProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageProblem(String message) {
        super(message);
    }

    public UsageProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
