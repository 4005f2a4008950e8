package io.github.wxrestore.benchmarks.report;

import io.github.wxrestore.benchmarks.FacadeStepsBenchmark;
import io.github.wxrestore.benchmarks.PerCallOverheadBenchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Item 1: the facade's cost per call against the hand-written floor and the generated client. */
final class PerCallSection implements Section {

    static final BenchmarkId HAND_WRITTEN = new BenchmarkId(PerCallOverheadBenchmark.class, "handWritten");
    static final BenchmarkId GENERATED = new BenchmarkId(PerCallOverheadBenchmark.class, "generatedClient");
    static final BenchmarkId FACADE = new BenchmarkId(PerCallOverheadBenchmark.class, "facade");
    static final BenchmarkId COPY = new BenchmarkId(FacadeStepsBenchmark.class, "defensiveCopy");
    static final BenchmarkId TRACKING_ID = new BenchmarkId(FacadeStepsBenchmark.class, "trackingId");

    /** The goal: the facade at most 5 % slower than the floor. */
    static final double GOAL_FACADE_OVER_FLOOR = 1.05;

    private static final String US = "us/op";

    @Override
    public void render(Results results, Markdown doc) {
        doc.heading(2, "1. Per-call overhead");
        doc.paragraph("""
                One restore call naming 100 recording IDs of one site, against a loopback server (the JDK \
                HttpServer, in the benchmark's JVM) that reads the request and answers `204 No Content` at once. \
                One calling thread. The three variants use the same HttpClient settings (HTTP/1.1, no \
                redirects, 10 s connect timeout), send the same JSON body to the same server and read the \
                response; only the code above `java.net.http` differs.""");
        Optional<Score> a = results.score(HAND_WRITTEN);
        Optional<Score> b = results.score(GENERATED);
        Optional<Score> c = results.score(FACADE);
        doc.table("llrrrl", ScoreRows.header(List.of("", "variant"), "mean (us/call)"), List.of(
                ScoreRows.row(List.of("a", "hand-written `java.net.http` + Jackson: the floor"), a, US),
                ScoreRows.row(List.of("b", "generated client alone (`RecordingsApi`)"), b, US),
                ScoreRows.row(List.of("c", "facade (`WebexRecordingsClient.restore`), default settings"), c, US)));
        if (a.isEmpty() || b.isEmpty() || c.isEmpty()) {
            doc.paragraph("Ratios need all three variants in one run.");
            return;
        }
        Ratio ca = Ratio.of(c.get(), a.get());
        Ratio cb = Ratio.of(c.get(), b.get());
        Ratio ba = Ratio.of(b.get(), a.get());
        doc.table("lrrl", List.of("ratio", "value", "range within the 99.9% CIs", "goal"), List.of(
                List.of("c/a: facade / floor", Markdown.ratio(ca.value()), ca.rangeText(),
                        "≤ " + GOAL_FACADE_OVER_FLOOR + ": " + (ca.value() <= GOAL_FACADE_OVER_FLOOR ? "met"
                                : "missed")),
                List.of("c/b: facade / generated client", Markdown.ratio(cb.value()), cb.rangeText(), ""),
                List.of("b/a: generated client / floor", Markdown.ratio(ba.value()), ba.rangeText(), "")));
        meaning(results, doc, a.get().in(US), b.get().in(US), c.get().in(US), ca);
    }

    private static void meaning(Results results, Markdown doc, Score a, Score b, Score c, Ratio ca) {
        double overFloor = c.mean() - a.mean();
        double overGenerated = c.mean() - b.mean();
        doc.heading(3, "What it means");
        doc.paragraph(String.format(Locale.ROOT, """
                A call through the facade took %s us more than the hand-written floor (%s) and %s us more \
                than the generated client it drives (%s); the generated client alone took %s us more than the \
                floor (%s). The goal c/a ≤ %s is %s.""",
                Markdown.number(overFloor), Markdown.percent(ca.value() - 1), Markdown.number(overGenerated),
                Markdown.percent(c.mean() / b.mean() - 1), Markdown.number(b.mean() - a.mean()),
                Markdown.percent(b.mean() / a.mean() - 1), GOAL_FACADE_OVER_FLOOR,
                verdict(ca)));
        Optional<Score> copy = results.score(COPY);
        Optional<Score> validation = results.score(ValidationSection.VALID_HUNDRED);
        Optional<Score> trackingId = results.score(TRACKING_ID);
        if (copy.isEmpty() || validation.isEmpty() || trackingId.isEmpty()) {
            return;
        }
        List<Score> steps = List.of(copy.get().in(US), validation.get().in(US), trackingId.get().in(US));
        double local = steps.stream().mapToDouble(Score::mean).sum();
        List<List<String>> rows = new ArrayList<>();
        rows.add(ScoreRows.row(List.of("copy of the body through JSON (`RestoreExchange.copyOf`)"), copy, US));
        rows.add(ScoreRows.row(List.of("validation (`RestoreRequestValidation.check`), 100 valid IDs"), validation,
                US));
        rows.add(ScoreRows.row(List.of("TrackingID: prefix + `UUID.randomUUID()`"), trackingId, US));
        rows.add(List.of("**sum**", "**" + Markdown.number(local) + "**", "", "", ""));
        doc.paragraph("""
                Where the difference goes. Before anything is sent, the facade copies the body through its JSON \
                form (so the caller cannot change it during the call), validates the copy, and makes a \
                TrackingID. Each step measured on its own in the same run, warm, in us:""");
        doc.table("lrrrl", ScoreRows.header(List.of("step"), "mean (us)"), rows);
        doc.paragraph(String.format(Locale.ROOT, """
                These steps add up to %s us, %s of the %s us between the facade and the floor. The rest is the \
                per-attempt path around the same HttpClient call: the generated client building the request \
                (b − a above), then the facade's attempt wrapper: a copy of the request with the \
                `Authorization` and `User-Agent` headers and a time limit, an asynchronous send bounded by the \
                attempt's deadline, the bounded body reader, the status mapping and a result with redacted \
                headers.""",
                Markdown.number(local), overFloor > 0 ? String.format(Locale.ROOT, "%.0f %%", 100 * local / overFloor)
                        : "more than all", Markdown.number(overFloor)));
    }

    private static String verdict(Ratio ca) {
        boolean met = ca.value() <= GOAL_FACADE_OVER_FLOOR;
        String text = met ? "**met**" : "**missed**";
        if (!Double.isNaN(ca.low()) && ca.low() <= GOAL_FACADE_OVER_FLOOR && ca.high() > GOAL_FACADE_OVER_FLOOR) {
            text += String.format(Locale.ROOT, " on the means, though the confidence band (%s) reaches both sides "
                    + "of it: on this machine the difference is within the run's noise", ca.rangeText());
        }
        return text;
    }
}
