package io.github.wxrestore.benchmarks.report;

/** Names one {@code @Benchmark} method, as JMH's result names it. */
public record BenchmarkId(Class<?> type, String method) {

    /** JMH's name: the class's binary name, a dot, the method. */
    public String jmhName() {
        return type.getName() + "." + method;
    }
}
