package io.github.wxrestore.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;

/** Measures the {@link Footprint} from the built jars and the dependency list Maven wrote before the run. */
final class FootprintMeasurement implements Measurement {

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public void run(RunSettings settings) throws IOException {
        if (!Files.isRegularFile(settings.runtimeDependencies())) {
            throw new IllegalStateException("no dependency list at " + settings.runtimeDependencies()
                    + ": run through Maven (mvn -B -P benchmarks verify), which writes it before the benchmarks");
        }
        Footprint footprint = Footprint.measure(settings.clientJar(),
                Files.readAllLines(settings.runtimeDependencies()), settings.cliJar());
        JsonFiles.write(settings.results().resolve(Footprint.FILE), footprint);
        System.out.printf("Footprint: %d runtime dependencies, %,d bytes; CLI jar %,d bytes%n",
                footprint.runtimeClosure().size(), footprint.closureBytes(), footprint.cliJar().bytes());
    }
}
