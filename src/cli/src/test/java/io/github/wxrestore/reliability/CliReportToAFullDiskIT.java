package io.github.wxrestore.reliability;

import io.github.wxrestore.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged command line with its standard output on a full disk ({@code > /dev/full}): the report is lost,
 * so the run says so on stderr and exits 1 instead of 0; the journal keeps what happened.
 */
class CliReportToAFullDiskIT {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    private Process start(Path err, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-jar",
                CliProcess.JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(new File("/dev/full")).redirectError(err.toFile()).start();
    }

    @Test
    void aReportThatCannotBeWrittenIsAnErrorNotASuccess() throws Exception {
        Path journal = dir.resolve("run.journal");
        String ids = ProjectFiles.at("examples/sandbox-ids.txt").toString();
        for (List<String> mode : List.of(List.of("--json"), List.<String>of())) {
            Path err = dir.resolve("err-" + mode.size() + ".txt");
            List<String> args = new java.util.ArrayList<>(List.of("restore", "--sandbox", "--ids-file", ids,
                    "--journal", journal.toString()));
            args.addAll(mode);
            Process process = start(err, args.toArray(String[]::new));
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            String said = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(said).isEqualTo(1);
            assertThat(said).contains("the report could not be written to standard output")
                    .contains("the journal " + journal + " keeps what happened").doesNotContain("Exception");
            Files.delete(journal); // each mode restores against a sandbox of its own
        }
    }
}
