package io.github.wxrestore.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns every score table shares: mean, ± 99.9% CI, median, CPU time and bytes allocated per
 * operation, and how it was measured.
 */
final class ScoreRows {

    /** The alignment letters of the shared columns, for {@link Markdown#table}. */
    static final String ALIGN = "rrrrrl";

    private ScoreRows() {
    }

    /** {@code leading} cells, then the score's columns in {@code unit}, or "not in this run". */
    static List<String> row(List<String> leading, Optional<Score> score, String unit) {
        List<String> cells = new ArrayList<>(leading);
        if (score.isEmpty()) {
            cells.addAll(List.of("not in this run", "", "", "", "", ""));
            return cells;
        }
        Score s = score.get().in(unit);
        cells.add(Markdown.number(s.mean()));
        cells.add(s.hasError() ? "± " + Markdown.number(s.error()) : "n/a");
        cells.add(Markdown.number(s.median()));
        cells.add(Markdown.number(s.cpuTime(unit)));
        cells.add(allocated(s.allocatedBytes()));
        cells.add(s.method());
        return cells;
    }

    /** A header: {@code leading} names, then the shared columns, times in {@code unit} (such as "us/op"). */
    static List<String> header(List<String> leading, String unit) {
        String shown = unit.replace("/op", "");
        List<String> cells = new ArrayList<>(leading);
        cells.addAll(List.of("mean (" + shown + ")", "± 99.9% CI", "median", "CPU time (" + shown + ")",
                "allocated", "measured"));
        return cells;
    }

    private static String allocated(double bytes) {
        if (Double.isNaN(bytes)) {
            return "n/a";
        }
        return bytes >= 10 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024)
                : String.format(Locale.ROOT, "%,.0f B", bytes);
    }
}
