package io.github.wxrestore.cli;

import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.testing.ProjectFiles;
import io.github.wxrestore.testing.SocketFaultServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the packaged CLI logs, as a process: warnings on stderr as one line each, the library's debug line per
 * attempt with {@code --verbose}, a logging configuration of the user's own honoured, and none of a logging
 * framework's configuration machinery loaded to do it.
 */
class CliLoggingIT {

    private static final Path ROOT = ProjectFiles.root();
    private static final Path JAR = ROOT.resolve("src/cli/target/webex-recordings-restore-cli.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String TIMED_DEBUG = "\\d{2}:\\d{2}:\\d{2}\\.\\d{3} DEBUG WebexRecordingsClient - "
            + "Webex restore attempt 1 \\(call .*";

    @TempDir
    Path dir;

    private record Ran(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Ran run(Map<String, String> env, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("WEBEX_ACCESS_TOKEN");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ends").isTrue();
        return new Ran(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    private static SocketFaultServer noContentWithABody() {
        return SocketFaultServer.start((socket, out, closing) -> {
            out.write("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\nTrackingID: ROUTER_1\r\n\r\nhello"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            closing.await();
        });
    }

    @Test
    void verboseShowsOneTimedDebugLinePerAttemptOnStderr() throws Exception {
        Ran r = run(Map.of(), List.of(), "restore", "--sandbox", "--ids-file", "examples/sandbox-ids.txt",
                "--verbose");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.errLines().stream().filter(line -> line.matches(TIMED_DEBUG)))
                .as(r.err()).hasSize(2); // 150 IDs: two calls, each answered at its first attempt
        assertThat(r.out()).contains("Restored 150 of 150 recordings");
    }

    @Test
    void aLibraryWarningIsOneLineOnStderrWithoutVerboseAndTheRunSucceeds() throws Exception {
        try (SocketFaultServer server = noContentWithABody()) {
            Ran r = run(Map.of("WEBEX_ACCESS_TOKEN", SandboxAccounts.ANN_TOKEN), List.of(), "restore",
                    "--base-url", server.baseUrl(), "--ids", "a1b2c3");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.errLines()).as(r.err()).singleElement().asString()
                    .startsWith("WARN  WebexRecordingsClient - Webex answered 204 No Content with a body");
            assertThat(r.err()).doesNotContain("\tat ").doesNotContain(SandboxAccounts.ANN_TOKEN);
        }
    }

    @Test
    void aLoggingConfigurationOfTheUsersOwnIsHonoured() throws Exception {
        Path config = Files.writeString(dir.resolve("logging.properties"), String.join("\n",
                "handlers=java.util.logging.ConsoleHandler",
                "java.util.logging.ConsoleHandler.level=ALL",
                "java.util.logging.SimpleFormatter.format=mine %4$s %3$s: %5$s%n",
                ".level=WARNING",
                "io.github.wxrestore.level=FINE", ""));

        Ran r = run(Map.of(), List.of("-Djava.util.logging.config.file=" + config), "restore", "--sandbox",
                "--ids-file", "examples/sandbox-ids.txt");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.errLines()).as(r.err()).filteredOn(line -> line.startsWith(
                "mine FINE io.github.wxrestore.client.WebexRecordingsClient: Webex restore attempt 1")).hasSize(2);
    }

    @Test
    void aDryRunLoadsNoLoggingConfigurationMachineryXmlParserOrExpressionLanguage() throws Exception {
        Ran r = run(Map.of(), List.of("-Xlog:class+load=info"), "restore", "--dry-run", "--ids-file",
                "examples/sandbox-ids.txt");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("SharedValidator") // the validator did run: the log is the whole process's
                .doesNotContain("ch.qos.logback").doesNotContain("com.sun.org.apache.xerces")
                .doesNotContain("jakarta.el.").doesNotContain("org.glassfish.expressly");
    }
}
