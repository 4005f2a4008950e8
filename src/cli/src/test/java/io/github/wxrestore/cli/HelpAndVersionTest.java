package io.github.wxrestore.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --help} documents every option and exit code; {@code --version} says what runs. */
class HelpAndVersionTest {

    @Test
    void restoreHelpListsEveryOptionAndEveryExitCode() {
        CliRun.Result r = CliRun.noEnv().run("restore", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--ids=ID", "--ids-file=FILE", "--all", "--site-url=HOST", "--host-email=EMAIL",
                "--base-url=URL", "--sandbox", "--dry-run", "--journal=FILE", "--retry-bad-ids", "--concurrency=N",
                "--max-retries=N",
                "--max-wait=DURATION", "--timeout=DURATION", "--token-file=FILE", "--json", "--verbose",
                "WEBEX_ACCESS_TOKEN", "https://webexapis.com/v1");
        assertThat(r.out()).contains("Exit codes:");
        for (ExitCode code : ExitCode.values()) {
            assertThat(r.out()).contains(String.format("%2d   ", code.code()) + code.meaning().substring(0, 20));
        }
        assertThat(r.out().replaceAll("\\s+", " ")).contains(ExitCode.SIGNALS);
    }

    @Test
    void topLevelHelpNamesTheCommandsAndExitCodes() {
        CliRun.Result r = CliRun.noEnv().run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("restore").contains("sandbox").contains("Exit codes:")
                .contains(ExitCode.PARTIAL.meaning());
    }

    @Test
    void sandboxHelpListsItsFaultOptions() {
        CliRun.Result r = CliRun.noEnv().run("sandbox", "--help");

        assertThat(r.out()).contains("--port=PORT", "--seed=N", "--recordings-per-host=N", "--rate-limit=N/DURATION",
                "--locked-ids=ID", "--lock-retry-after=SECONDS", "--lock-answers=N", "--server-errors=SCHEDULE",
                "--server-error-status=STATUS", "--server-error-retry-after=SECONDS", "--html-gateway=SCHEDULE",
                "--html-gateway-status=STATUS", "--latency=DURATION", "--malformed-retry-after",
                "--success-status=STATUS");
    }

    @Test
    void versionPrintsTheNameAndJava() {
        CliRun.Result r = CliRun.noEnv().run("--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("webex-restore ").contains("Java " + Runtime.version().feature());
    }

    @Test
    void noCommandShowsTheHelpOnStderrAndExitsTwo() {
        CliRun.Result r = CliRun.noEnv().run();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: webex-restore");
    }

    @Test
    void helpNeverBreaksAHostOrAUrlAcrossLinesSoItCanBeCopied() {
        for (String command : List.of("restore", "list", "sandbox")) {
            CliRun.Result r = CliRun.noEnv().run(command, "--help");

            assertThat(r.exitCode()).isZero();
            assertThat(r.outLines()).as(command + " --help").noneMatch(line -> line.matches(".*[a-z]\\.\\s*$")
                    && line.contains("example")).noneMatch(line -> line.matches(".*https?://[^ ]*:\\s*$"));
        }
        assertThat(CliRun.noEnv().run("restore", "--help").out()).contains("such as example.webex.com.");
    }
}
