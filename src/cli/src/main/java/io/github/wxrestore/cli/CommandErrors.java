package io.github.wxrestore.cli;

import io.github.wxrestore.validation.InvalidRecordingQueryException;

import java.io.PrintWriter;

/** How every command reports what ends it early, one line per problem, and the exit code that says it. */
final class CommandErrors {

    private CommandErrors() {
    }

    /** Filters that break a rule of the listing: one line each, named by their option; exit 2. */
    static int invalidFilters(PrintWriter err, InvalidRecordingQueryException e) {
        err.println("error: invalid filters, nothing was sent (" + e.violations().size() + " problem"
                + (e.violations().size() == 1 ? "" : "s") + "):");
        e.violations().forEach(v -> err.println("error: " + FilterOptions.option(v) + ": " + v.message()));
        return ExitCode.USAGE.code();
    }

    /** A bug of ours: one line, and the stack trace with {@code --verbose} only; exit 1. */
    static int unexpected(PrintWriter err, RuntimeException e, boolean verbose) {
        err.println("error: unexpected internal error: " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("(run with --verbose for the stack trace)");
        }
        return ExitCode.INTERNAL_ERROR.code();
    }

    /** A proxy that cannot be reached ends the command before anything is sent; exit 6. Null when reachable. */
    static Integer unreachable(PrintWriter err, ConnectionOptions.Connection reach) {
        return reach.unreachable().map(problem -> {
            err.println("error: " + problem);
            return ExitCode.SERVER_OR_NETWORK.code();
        }).orElse(null);
    }
}
