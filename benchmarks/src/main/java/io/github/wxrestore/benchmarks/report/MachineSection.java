package io.github.wxrestore.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The machine of the run, read at its start, and whether other work competed for it. */
final class MachineSection implements Section {

    /** A load average at or above this share of the processors means other work competed for them. */
    private static final double BUSY_SHARE = 0.25;

    @Override
    public void render(Results results, Markdown doc) {
        doc.heading(2, "Machine");
        if (results.machine().isEmpty()) {
            doc.paragraph("Not recorded in this run.");
            return;
        }
        Machine m = results.machine().get();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("processors", String.valueOf(m.cores())));
        rows.add(List.of("CPU", m.cpu()));
        rows.add(List.of("memory", m.memoryBytes() < 0 ? "unknown"
                : String.format(Locale.ROOT, "%.1f GiB", m.memoryBytes() / (1024.0 * 1024 * 1024))));
        rows.add(List.of("JDK", m.jdk() + ", " + m.vm()));
        rows.add(List.of("OS", m.os()));
        rows.add(List.of("load average at the start (1 / 5 / 15 min)", m.loadText()));
        results.run().ifPresent(run -> rows.add(List.of("load average at the end", run.loadAtEnd())));
        doc.table("ll", List.of("", ""), rows);
        if (m.load1() >= BUSY_SHARE * m.cores()) {
            doc.paragraph(String.format(Locale.ROOT, """
                    The machine was shared: a load average of %.2f on %d processors at the start means other \
                    work was competing for the cores while the benchmarks ran. Absolute times are therefore \
                    noisier and likely higher than on an idle machine, and the confidence intervals wider; the \
                    ratios compare variants measured one after the other in the same run.""",
                    m.load1(), m.cores()));
        } else {
            doc.paragraph(String.format(Locale.ROOT,
                    "The machine was close to idle at the start (load average %.2f on %d processors).",
                    m.load1(), m.cores()));
        }
    }
}
