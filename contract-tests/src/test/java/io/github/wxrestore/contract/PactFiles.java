package io.github.wxrestore.contract;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The pact files the consumer tests wrote in this build ({@code pact.rootDir}, cleaned at the start of each). */
final class PactFiles {

    private PactFiles() {
    }

    /** The folder the consumer tests write to and the provider verification reads. */
    static Path directory() {
        return Path.of(System.getProperty("pact.rootDir", "target/pacts"));
    }

    /** Every pact file there, loaded; fails when there is none (the consumer tests did not run). */
    static List<Pact> loadAll() {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no pact folder " + dir.toAbsolutePath()
                    + ": the consumer tests (*PactTest) write it; run them first (mvn verify does)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<File> pacts = files.filter(f -> f.toString().endsWith(".json")).sorted().map(Path::toFile).toList();
            if (pacts.isEmpty()) {
                throw new IllegalStateException("no pact file in " + dir.toAbsolutePath());
            }
            return pacts.stream().map(DefaultPactReader.INSTANCE::loadPact).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
