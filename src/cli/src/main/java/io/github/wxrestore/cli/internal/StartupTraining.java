package io.github.wxrestore.cli.internal;

import io.github.wxrestore.cli.Cli;
import io.github.wxrestore.cli.CliEnvironment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run the launcher records a class-data-sharing archive from (the JVM's
 * {@code -XX:ArchiveClassesAtExit}): the commands an admin runs, help, a dry run, a listing and a restore with a
 * journal, all against the embedded sandbox on loopback, so their classes are in the archive. It writes only in a
 * temporary directory it removes, prints nothing, and exits 0 when every command gave the code it should.
 */
public final class StartupTraining {

    private static final int IDS = 100;

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        CliLogging.configureProcess();
        Path work = Files.createTempDirectory("webex-restore-training");
        try {
            boolean ok = train(work);
            System.exit(ok ? 0 : 1);
        } finally {
            delete(work);
        }
    }

    private static boolean train(Path work) throws IOException {
        boolean ok = run(0, "--help") & run(0, "--version") & run(0, "restore", "--help") & run(0, "list", "--help")
                & run(0, "sandbox", "--help") & run(2, "restore", "--no-such-option");
        StringWriter listing = new StringWriter();
        ok &= execute(listing, "list", "--sandbox", "--csv") == 0;
        // the listing's CSV goes back in as it is: each row restored on its own site
        List<String> rows = listing.toString().lines().limit(IDS + 1).toList();
        Path idsFile = Files.write(work.resolve("ids.csv"), rows);
        String file = idsFile.toString();
        ok &= run(0, "restore", "--dry-run", "--json", "--ids-file", file)
                & run(0, "restore", "--dry-run", "--ids-file", file)
                & run(0, "list", "--sandbox")
                & run(0, "restore", "--sandbox", "--json", "--journal", work.resolve("journal").toString(),
                        "--ids-file", file)
                & run(0, "restore", "--sandbox", "--ids-file", file);
        return ok;
    }

    private static boolean run(int expected, String... args) {
        return execute(Writer.nullWriter(), args) == expected;
    }

    private static int execute(Writer out, String... args) {
        return Cli.execute(args, CliEnvironment.of(out, Writer.nullWriter(), Map.of(), hook -> { }));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
