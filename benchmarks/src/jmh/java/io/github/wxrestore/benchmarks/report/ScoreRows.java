package io.github.wxrestore.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The columns every score table shares: mean, ± 99.9% CI, median, and how it was measured. */
final class ScoreRows {

    static final List<String> HEADER = List.of("± 99.9% CI", "median", "measured");

    private ScoreRows() {
    }

    /** {@code leading} cells, then the score in {@code unit}'s columns, or "not in this run". */
    static List<String> row(List<String> leading, Optional<Score> score, String unit) {
        List<String> cells = new ArrayList<>(leading);
        if (score.isEmpty()) {
            cells.addAll(List.of("not in this run", "", "", ""));
            return cells;
        }
        Score s = score.get().in(unit);
        cells.add(Markdown.number(s.mean()));
        cells.add(s.hasError() ? "± " + Markdown.number(s.error()) : "n/a");
        cells.add(Markdown.number(s.median()));
        cells.add(s.method());
        return cells;
    }

    /** A header: {@code leading} names, the mean in {@code unit}, then {@link #HEADER}. */
    static List<String> header(List<String> leading, String meanTitle) {
        List<String> cells = new ArrayList<>(leading);
        cells.add(meanTitle);
        cells.addAll(HEADER);
        return cells;
    }
}
