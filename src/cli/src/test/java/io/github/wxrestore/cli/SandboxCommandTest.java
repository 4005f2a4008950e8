package io.github.wxrestore.cli;

import io.github.wxrestore.sandbox.SandboxAccounts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sandbox}: runs in the foreground, prints what to use, answers with its faults, stops on Ctrl-C. */
class SandboxCommandTest {

    private static final Pattern BASE_URL = Pattern.compile("base URL\\s+(http://127\\.0\\.0\\.1:\\d+/v1)");
    private static final Pattern FIRST_ANN_ID = Pattern.compile("ann@example\\.com on example\\.webex\\.com: ([0-9a-f]{32})");

    /** A sandbox command running in the background, with its captured output. */
    private static final class Running {
        final CliRun cli = CliRun.noEnv();
        CompletableFuture<CliRun.Result> result;

        Running start(String... args) {
            result = CompletableFuture.supplyAsync(() -> cli.run(args));
            return this;
        }

        /** Waits for the printed description; fails if the command ends first. */
        CliRun.Result awaitStartedOrEnded() throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (cli.shutdownHooks().isEmpty() && !result.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            return result.isDone() ? result.get() : null;
        }

        CliRun.Result stop() throws Exception {
            cli.shutdownHooks().forEach(Runnable::run); // as Ctrl-C would
            CliRun.Result ended = result.get(10, TimeUnit.SECONDS);
            // the hook's last line may come after the command returned (and its output was taken): read it all now
            return new CliRun.Result(ended.exitCode(), cli.peekOut(), ended.err());
        }
    }

    @Test
    void itPrintsItsUrlTokensAndIdsServesRestoresWithItsFaultsAndStopsOnCtrlC() throws Exception {
        Running sandbox = new Running().start("sandbox", "--port", "0", "--seed", "7", "--recordings-per-host", "3",
                "--rate-limit", "1/1m");
        assertThat(sandbox.awaitStartedOrEnded()).isNull();

        CliRun.Result stopped = sandbox.stop();
        String printed = stopped.out();
        Matcher url = BASE_URL.matcher(printed);
        assertThat(url.find()).as(printed).isTrue();
        assertThat(printed).contains(SandboxAccounts.ANN_TOKEN).contains("seed      7, 3 recordings per host")
                .contains("rate limit 1/1m").contains("Press Ctrl-C to stop.").contains("Sandbox stopped.");
        assertThat(stopped.exitCode()).isZero();
    }

    @Test
    void aRestoreAgainstTheRunningSandboxWorksAndItsRateLimitAnswers429() throws Exception {
        Running sandbox = new Running().start("sandbox", "--port", "0", "--rate-limit", "1/1m");
        assertThat(sandbox.awaitStartedOrEnded()).isNull();
        String printed = waitForDescription(sandbox);
        Matcher url = BASE_URL.matcher(printed);
        Matcher id = FIRST_ANN_ID.matcher(printed);
        assertThat(url.find() && id.find()).as(printed).isTrue();
        try {
            CliRun.Result first = CliRun.withToken(SandboxAccounts.ANN_TOKEN).run("restore", "--base-url",
                    url.group(1), "--ids", id.group(1));
            CliRun.Result second = CliRun.withToken(SandboxAccounts.ANN_TOKEN).run("restore", "--base-url",
                    url.group(1), "--ids", id.group(1), "--max-retries", "0");

            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(second.exitCode()).as(second.toString()).isEqualTo(5);
        } finally {
            sandbox.stop();
        }
    }

    @Test
    void badFaultOptionsAreUsageErrors() {
        assertThat(CliRun.noEnv().run("sandbox", "--port", "0", "--server-errors", "often").exitCode()).isEqualTo(2);
        assertThat(CliRun.noEnv().run("sandbox", "--port", "0", "--server-errors", "every:2",
                "--server-error-status", "418").err()).contains("500, 502, 503, 504");
        assertThat(CliRun.noEnv().run("sandbox", "--port", "0", "--rate-limit", "ten").exitCode()).isEqualTo(2);
        assertThat(CliRun.noEnv().run("sandbox", "--port", "0", "--latency", "2 weeks").exitCode()).isEqualTo(2);
    }

    @Test
    void everyFaultOptionReachesTheSandbox() throws Exception {
        Running sandbox = new Running().start("sandbox", "--port", "0", "--locked-ids", "a1,b2",
                "--lock-retry-after", "3", "--lock-answers", "2", "--server-errors", "every:5",
                "--server-error-status", "503", "--server-error-retry-after", "4", "--html-gateway", "next:1",
                "--html-gateway-status", "504", "--latency", "5ms", "--malformed-retry-after", "--success-status",
                "200");
        assertThat(sandbox.awaitStartedOrEnded()).isNull();

        String printed = sandbox.stop().out();

        assertThat(printed).contains("locked 2 ID(s) Retry-After 3 for 2 answer(s)").contains("503 every:5 Retry-After 4")
                .contains("HTML 504 next:1").contains("latency 5 ms").contains("Retry-After sent as 'rand(30),add(30)'")
                .contains("success 200");
    }

    // the description is printed just after the hook is registered
    private static String waitForDescription(Running sandbox) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String text = "";
        while (System.nanoTime() < deadline && !text.contains("Press Ctrl-C")) {
            Thread.sleep(10);
            text = sandbox.cli.peekOut();
        }
        return text;
    }
}
