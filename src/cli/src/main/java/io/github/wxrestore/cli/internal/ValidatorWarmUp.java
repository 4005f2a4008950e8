package io.github.wxrestore.cli.internal;

import io.github.wxrestore.validation.RestoreRequestValidation;

import java.util.Set;

/**
 * Bootstraps the validator on a second thread while picocli builds the commands on the first, for the commands that
 * validate before they send ({@code restore}, {@code list}): on a cold JVM each takes about a tenth of a second or
 * more, and a machine has two cores more often than one. Nothing waits for it: the first check joins the bootstrap
 * if it has not finished (class initialisation is once only and thread-safe).
 */
public final class ValidatorWarmUp {

    private static final Set<String> VALIDATING = Set.of("restore", "list");
    private static final Set<String> ANSWERED_WITHOUT_RUNNING = Set.of("-h", "--help", "-V", "--version");

    private ValidatorWarmUp() {
    }

    /** Starts the bootstrap when {@code args} name a command that validates; returns at once. */
    public static void startFor(String[] args) {
        if (args.length == 0 || !VALIDATING.contains(args[0])) {
            return;
        }
        for (String arg : args) {
            if (ANSWERED_WITHOUT_RUNNING.contains(arg)) {
                return;
            }
        }
        Thread warmUp = new Thread(RestoreRequestValidation::prepare, "validator-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
