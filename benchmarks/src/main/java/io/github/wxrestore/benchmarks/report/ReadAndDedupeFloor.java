package io.github.wxrestore.benchmarks.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The floor of {@link ScaleMeasurement}'s dry run: a main that only reads a file of IDs line by line (trimmed,
 * blank lines and {@code #} comments skipped, as the CLI reads it) and removes duplicates keeping the first-seen
 * order, the least any tool that restores these IDs must do. Prints the number of distinct IDs.
 */
public final class ReadAndDedupeFloor {

    private ReadAndDedupeFloor() {
    }

    public static void main(String[] args) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
        }
        System.out.println(ids.size());
    }
}
