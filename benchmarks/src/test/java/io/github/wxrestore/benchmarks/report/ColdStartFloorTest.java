package io.github.wxrestore.benchmarks.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The cold-start floor launches from the benchmarks' class path, and the CLI jar carries no benchmark helper. */
class ColdStartFloorTest {

    // as the benchmarks profile passes it (--cli-jar); the reactor packages the CLI before this module
    private static final Path CLI_JAR = Path.of("..", "src", "cli", "target", "webex-recordings-restore-cli.jar");

    @Test
    void theFloorLaunchesWithTheCliJarFirstOnTheClassPath() throws IOException, InterruptedException {
        assertThat(CLI_JAR).isRegularFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> floor = ColdStartMeasurement.floorCommand(java, CLI_JAR.toString());

        assertThat(floor.get(2)).startsWith(CLI_JAR.toString());
        assertThat(floor.get(3)).isEqualTo("io.github.wxrestore.benchmarks.report.ColdStartFloor");
        assertThat(ColdStartMeasurement.launch(floor)).isEmpty(); // exit 0, nothing printed
    }

    @Test
    void theCliJarHoldsNoFloor() throws IOException {
        try (JarFile jar = new JarFile(CLI_JAR.toFile())) {
            assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.contains("ColdStartFloor"))).isEmpty();
        }
    }
}
