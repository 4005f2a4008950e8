package io.github.wxrestore.benchmarks.report;

/**
 * The ratio of two scores of one run, with the widest range their 99.9% confidence intervals allow
 * (numerator's low over denominator's high, and the reverse): a conservative band, not a confidence interval
 * of its own. Immutable.
 */
public record Ratio(double value, double low, double high) {

    public static Ratio of(Score numerator, Score denominator) {
        double value = numerator.mean() / denominator.mean();
        if (!numerator.hasError() || !denominator.hasError() || denominator.low() <= 0) {
            return new Ratio(value, Double.NaN, Double.NaN);
        }
        // a time is never below zero, even where mean minus error is
        return new Ratio(value, Math.max(0, numerator.low()) / denominator.high(),
                numerator.high() / denominator.low());
    }

    /** "0.98 – 1.10", or "n/a" when a score has no interval. */
    public String rangeText() {
        return Double.isNaN(low) ? "n/a" : Markdown.ratio(low) + " – " + Markdown.ratio(high);
    }
}
