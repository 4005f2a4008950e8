package io.github.wxrestore.benchmarks.report;

import java.util.List;
import java.util.Locale;

/** Builds the Markdown text of the document, and formats its numbers the same way everywhere. Not thread-safe. */
public final class Markdown {

    private final StringBuilder out = new StringBuilder();

    public Markdown heading(int level, String text) {
        out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        return this;
    }

    public Markdown paragraph(String text) {
        out.append(text.strip()).append("\n\n");
        return this;
    }

    public Markdown bullets(List<String> items) {
        items.forEach(item -> out.append("- ").append(item).append('\n'));
        out.append('\n');
        return this;
    }

    public Markdown code(String text) {
        out.append("```\n").append(text.strip()).append("\n```\n\n");
        return this;
    }

    /**
     * A table; {@code align} has one letter per column, {@code l} or {@code r} (numbers read best
     * right-aligned).
     */
    public Markdown table(String align, List<String> header, List<List<String>> rows) {
        row(header);
        out.append('|');
        for (char a : align.toCharArray()) {
            out.append(a == 'r' ? "---:|" : "---|");
        }
        out.append('\n');
        rows.forEach(this::row);
        out.append('\n');
        return this;
    }

    private void row(List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    public String text() {
        return out.toString().stripTrailing() + "\n";
    }

    /** A measured value with three or four significant digits: 1,234 / 123.4 / 12.34 / 1.234. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        double size = Math.abs(value);
        String format = size >= 1000 ? "%,.0f" : size >= 100 ? "%.1f" : size >= 10 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, format, value);
    }

    /** A ratio with three decimals, e.g. 1.042. */
    public static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** A percentage with one decimal and its sign, e.g. +4.2 %. */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f %%", fraction * 100);
    }

    /** Bytes exactly, then in KiB or MiB: "1,234,567 (1.18 MiB)". */
    public static String bytes(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d", bytes);
        if (bytes >= 1024 * 1024) {
            return exact + String.format(Locale.ROOT, " (%.2f MiB)", bytes / (1024.0 * 1024));
        }
        return exact + String.format(Locale.ROOT, " (%.1f KiB)", bytes / 1024.0);
    }
}
