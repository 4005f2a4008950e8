package io.github.wxrestore.benchmarks.report;

/**
 * A main that does nothing: the JVM floor {@link ColdStartMeasurement} compares the CLI's {@code restore --dry-run}
 * against (the CLI jar first on the same JVM's class path, no work). Launched by class name from the benchmarks'
 * own classes, so the product's jar carries no benchmark helper.
 */
public final class ColdStartFloor {

    private ColdStartFloor() {
    }

    public static void main(String[] args) {
        // nothing: the cost of starting a JVM on the CLI jar and leaving it is the benchmark's floor
    }
}
