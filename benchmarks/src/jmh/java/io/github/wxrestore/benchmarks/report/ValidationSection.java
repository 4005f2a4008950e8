package io.github.wxrestore.benchmarks.report;

import io.github.wxrestore.benchmarks.ValidationBenchmark;
import io.github.wxrestore.benchmarks.ValidatorBootstrapBenchmark;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Item 2: what validation costs per call, warm, and once per JVM. */
final class ValidationSection implements Section {

    static final BenchmarkId VALID_HUNDRED = new BenchmarkId(ValidationBenchmark.class, "validHundredIds");
    static final BenchmarkId RESTORE_ALL = new BenchmarkId(ValidationBenchmark.class, "restoreAll");
    static final BenchmarkId ONE_VIOLATION = new BenchmarkId(ValidationBenchmark.class, "oneViolation");
    static final BenchmarkId BOOTSTRAP = new BenchmarkId(ValidatorBootstrapBenchmark.class, "sharedValidator");
    static final BenchmarkId FIRST_CHECK = new BenchmarkId(ValidatorBootstrapBenchmark.class, "firstCheck");

    /** The goal: a valid 100-ID request checked in under a microsecond. */
    static final double GOAL_VALID_HUNDRED_NS = 1000;

    private static final String NS = "ns/op";
    private static final String MS = "ms/op";

    @Override
    public void render(Results results, Markdown doc) {
        doc.heading(2, "2. Validation");
        doc.paragraph("""
                `RestoreRequestValidation.check(body, null)` on a warm validator (every rule of the spec and the \
                documentation: the selection rule, each ID, `siteUrl`), as the facade runs it before every \
                call:""");
        Optional<Score> valid = results.score(VALID_HUNDRED);
        Optional<Score> all = results.score(RESTORE_ALL);
        Optional<Score> violation = results.score(ONE_VIOLATION);
        doc.table("lrrrl", ScoreRows.header(List.of("request"), "mean (ns/op)"), List.of(
                ScoreRows.row(List.of("100 valid IDs and `siteUrl`"), valid, NS),
                ScoreRows.row(List.of("`restoreAll: true` and `siteUrl`"), all, NS),
                ScoreRows.row(List.of("100 IDs, one with a space in it: one violation"), violation, NS)));
        valid.map(s -> s.in(NS)).ifPresent(s -> doc.paragraph(String.format(Locale.ROOT,
                "Goal: a valid 100-ID request in under 1 us (%s ns): **%s** (%s ns).",
                Markdown.number(GOAL_VALID_HUNDRED_NS), s.mean() < GOAL_VALID_HUNDRED_NS ? "met" : "missed",
                Markdown.number(s.mean()))));
        if (valid.isPresent() && violation.isPresent()) {
            double extra = violation.get().in(NS).mean() - valid.get().in(NS).mean();
            doc.paragraph(String.format(Locale.ROOT, """
                    Reporting a violation costs %s ns more than passing: building the `Violation` with its \
                    message (interpolated from `ValidationMessages.properties`, the value escaped). An invalid \
                    call is never sent, so this is paid instead of a round trip.""", Markdown.number(extra)));
        }

        doc.paragraph("""
                Once per JVM: the first use of the shared validator, each sample in a fresh JVM (a new JMH fork \
                per sample, no warm-up):""");
        Optional<Score> bootstrap = results.score(BOOTSTRAP);
        Optional<Score> first = results.score(FIRST_CHECK);
        doc.table("lrrrl", ScoreRows.header(List.of("first use"), "mean (ms)"), List.of(
                ScoreRows.row(List.of("`SharedValidator.get()`: Hibernate Validator's bootstrap"), bootstrap, MS),
                ScoreRows.row(List.of("first `check(..)` of 100 IDs: bootstrap, constraint metadata, one "
                        + "validation"), first, MS)));
        if (bootstrap.isPresent() && first.isPresent()) {
            Score b = bootstrap.get().in(MS);
            Score f = first.get().in(MS);
            doc.paragraph(String.format(Locale.ROOT, """
                    The validator is built lazily, on the first call that validates, and shared afterwards: a \
                    process pays about %s ms once (%s ms to %s ms over the samples), %s ms of it for the \
                    bootstrap itself; later calls pay the warm figures above. Code paths that never validate \
                    never pay it.""",
                    Markdown.number(f.mean()), Markdown.number(f.min()), Markdown.number(f.max()),
                    Markdown.number(b.mean())));
        }
    }
}
