package io.github.wxrestore.cli.internal;

/**
 * A main that does nothing: the JVM floor the CLI cold-start benchmark compares {@code restore --dry-run}
 * against (same jar, same JVM, no work). Not part of the command line.
 */
public final class ColdStartFloor {

    private ColdStartFloor() {
    }

    public static void main(String[] args) {
        // nothing: the cost of starting a JVM on the CLI jar and leaving it is the benchmark's floor
    }
}
