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
        doc.table("l" + ScoreRows.ALIGN, ScoreRows.header(List.of("request"), NS), List.of(
                ScoreRows.row(List.of("100 valid IDs and `siteUrl`"), valid, NS),
                ScoreRows.row(List.of("`restoreAll: true` and `siteUrl`"), all, NS),
                ScoreRows.row(List.of("100 IDs, one with a space in it: one violation"), violation, NS)));
        valid.map(s -> s.in(NS)).ifPresent(s -> doc.paragraph(String.format(Locale.ROOT,
                "Goal: a valid 100-ID request in under 1 us (%s ns): **%s** (%s ns).",
                Markdown.number(GOAL_VALID_HUNDRED_NS), s.mean() < GOAL_VALID_HUNDRED_NS ? "met" : "missed",
                Markdown.number(s.mean()))));
        if (valid.isPresent() && all.isPresent()) {
            explainPerIdCost(doc, valid.get().in(NS), all.get().in(NS));
        }
        if (valid.isPresent() && violation.isPresent()) {
            double extra = violation.get().in(NS).mean() - valid.get().in(NS).mean();
            doc.paragraph(String.format(Locale.ROOT, """
                    Reporting one violation costs %s ns more than passing: the `Violation` with its message, \
                    interpolated from `ValidationMessages.properties` with the offending value escaped. An \
                    invalid call is never sent, so this is paid instead of a round trip.""",
                    Markdown.number(extra)));
        }
        bootstrap(results, doc);
    }

    private static void explainPerIdCost(Markdown doc, Score valid, Score all) {
        double perId = (valid.mean() - all.mean()) / 100;
        doc.paragraph(String.format(Locale.ROOT, """
                What the time is made of. A restore-all request has no IDs: its %s ns are the fixed part (Hibernate \
                Validator walking the call, the selection rule, the `siteUrl` host rules). Each of the 100 IDs \
                adds about %s ns: every character is checked (printable ASCII, no whitespace or control \
                character, within the length limit; one plain pass when it is all `!` to `~`) and the ID goes \
                into a hash map to find duplicates, so the cost grows with the list.%s""",
                Markdown.number(all.mean()), Markdown.number(perId),
                valid.mean() < GOAL_VALID_HUNDRED_NS ? ""
                        : String.format(Locale.ROOT, " Under 1 us for 100 IDs would leave %s ns per ID with no fixed "
                        + "part at all, less than reading 32 characters and one hash-map insertion cost here; this "
                        + "is what holds the goal back. Against the call it guards (section 1) it is small.",
                        Markdown.number(GOAL_VALID_HUNDRED_NS / 100))));
    }

    private static void bootstrap(Results results, Markdown doc) {
        doc.paragraph("""
                Once per JVM: the first use of the shared validator, each sample in a fresh JVM (a new JMH fork \
                per sample, no warm-up, one call):""");
        Optional<Score> bootstrap = results.score(BOOTSTRAP);
        Optional<Score> first = results.score(FIRST_CHECK);
        doc.table("l" + ScoreRows.ALIGN, ScoreRows.header(List.of("first use"), MS), List.of(
                ScoreRows.row(List.of("`SharedValidator.get()`: Hibernate Validator's bootstrap"), bootstrap, MS),
                ScoreRows.row(List.of("first `check(..)` of 100 IDs: bootstrap, constraint metadata, one "
                        + "validation"), first, MS)));
        if (bootstrap.isEmpty() || first.isEmpty()) {
            return;
        }
        Score b = bootstrap.get().in(MS);
        Score f = first.get().in(MS);
        if (!isCold(b) || !isCold(f)) {
            doc.paragraph("""
                    In this run the JMH options gave these single-shot benchmarks warm-up iterations or more than \
                    one measurement per JVM, so the figures above are not the cold cost; run them with the \
                    settings on the class (no `-wi`, `-i` or `-f` options) to measure it.""");
            return;
        }
        doc.paragraph(String.format(Locale.ROOT, """
                The validator is built lazily, on the first call that validates, and shared afterwards. In a \
                fresh JVM the bootstrap alone took a median of %s ms, and the first check of 100 IDs, bootstrap \
                included, a median of %s ms (%s to %s ms over the samples): class loading, Hibernate Validator's \
                set-up and reading the constraints of the request types. A process pays it once; later calls pay \
                the warm figures above, and a code path that never validates never pays it.%s""",
                Markdown.number(b.median()), Markdown.number(f.median()), Markdown.number(f.min()),
                Markdown.number(f.max()),
                f.cpuTime(MS) > f.mean() ? " Its CPU time exceeds its wall time: the JIT compiler and the garbage "
                        + "collector work on other threads meanwhile." : ""));
    }

    private static boolean isCold(Score singleShot) {
        return singleShot.warmupIterations() == 0 && singleShot.measurementIterations() == 1;
    }
}
