package io.github.wxrestore.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What the library weighs: the client jar with its runtime closure as a user of it resolves it (artifacts and
 * bytes), and the executable CLI jar. Immutable.
 */
public record Footprint(Jar clientJar, List<Artifact> runtimeClosure, Jar cliJar) {

    /** The file a run stores it in, in the results directory. */
    public static final String FILE = "footprint.json";

    /** One runtime dependency of the client jar. */
    public record Artifact(String groupId, String artifactId, String version, long bytes) {
    }

    /**
     * One jar: its size, its entry count, and the {@code Main-Class} of its manifest (or null) with whether the
     * jar holds that class.
     */
    public record Jar(String name, long bytes, int entries, String mainClass, boolean mainClassPresent) {

        static Jar of(Path file) throws IOException {
            try (JarFile jar = new JarFile(file.toFile())) {
                Manifest manifest = jar.getManifest();
                String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
                boolean present = main != null && jar.getEntry(main.replace('.', '/') + ".class") != null;
                return new Jar(file.getFileName().toString(), Files.size(file), jar.size(), main, present);
            }
        }
    }

    public Footprint {
        runtimeClosure = List.copyOf(runtimeClosure);
    }

    public long closureBytes() {
        return runtimeClosure.stream().mapToLong(Artifact::bytes).sum();
    }

    static Footprint measure(Path clientJar, List<String> dependencyListLines, Path cliJar) throws IOException {
        List<Artifact> closure = new java.util.ArrayList<>();
        for (DependencyList.Entry entry : DependencyList.runtimeClosure(dependencyListLines)) {
            closure.add(new Artifact(entry.groupId(), entry.artifactId(), entry.version(),
                    Files.size(Path.of(entry.file()))));
        }
        return new Footprint(Jar.of(clientJar), closure, Jar.of(cliJar));
    }
}
