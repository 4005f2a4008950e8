package io.github.wxrestore.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Renders {@code docs/BENCHMARKS.md} from a run's {@link Results}, section by section. */
public final class BenchmarksDocument {

    /** The sections, in the order they appear. */
    static final List<Section> SECTIONS = List.of(
            new RunSection(),
            new MachineSection(),
            new PerCallSection(),
            new ValidationSection(),
            new BulkThroughputSection(),
            new ColdStartSection(),
            new LauncherStartSection(),
            new FootprintSection(),
            new ScaleSection(),
            new ListingSection());

    /**
     * What the document says is not measured yet, because the code it would measure is still being written.
     * Remove an entry when its measurement and section are added.
     */
    static final List<String> NOT_MEASURED_YET = List.of();

    private BenchmarksDocument() {
    }

    public static String render(Results results) {
        Markdown doc = new Markdown();
        SECTIONS.forEach(section -> section.render(results, doc));
        return doc.text();
    }

    static void write(Results results, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(results));
    }
}
