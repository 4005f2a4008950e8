package io.github.wxrestore.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.testing.JournalSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged command line, as a process of its own, sent real signals in the middle of a journaled run: the
 * first SIGINT, SIGTERM or SIGHUP lets the calls in flight finish and journals them, prints the summary with the
 * resume hint, and exits 128 + the signal's number; a second signal ends it at once; a signal during a
 * {@code Retry-After} wait ends the wait at once. The JVM's own handling would end the process at the first
 * signal, with no summary and the calls in flight unjournaled.
 */
class CliStoppedBySignalIT {

    private static final Map<String, String> ENV = Map.of("WEBEX_ACCESS_TOKEN", SandboxAccounts.ANN_TOKEN);
    private static final Duration PROCESS_LIMIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "SIG{0}: exit {1}")
    @CsvSource({"INT, 130", "TERM, 143", "HUP, 129"})
    void theFirstSignalLetsTheCallsInFlightFinishJournalsThemAndPrintsTheSummary(String signal, int exit)
            throws Exception {
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(600)
                .faults(SandboxFaults.builder().latency(Duration.ofSeconds(2)).build()).start()) {
            List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 600);
            Path idsFile = Files.write(dir.resolve("ids.txt"), ids);
            Path journal = dir.resolve("restore.journal");
            CliProcess cli = CliProcess.startWithDefaultSignals(dir, "stopped", ENV,
                    args(sandbox, idsFile, journal, "--concurrency", "2"));
            // header, run, and the call lines of the two calls in flight
            awaitWholeLines(journal, 4, cli);

            cli.signal(signal);

            assertThat(cli.awaitExit(PROCESS_LIMIT)).as(cli.toString()).isEqualTo(exit);
            JournalSnapshot end = JournalSnapshot.read(journal);
            assertThat(end.unansweredIds()).as("the calls in flight finished and are journaled").isEmpty();
            assertThat(end.restoredIds()).hasSize(200).containsExactlyInAnyOrderElementsOf(sandbox.restoredIds());
            assertThat(cli.err()).contains("Stopping (SIG" + signal + "): no new call starts; the calls in flight "
                    + "finish (each within --timeout 30 s) and are journaled.");
            assertThat(cli.out()).contains("Restored 200 of 600 recordings")
                    .contains("Not attempted: 400 recordings (the run was stopped by SIG" + signal + ").")
                    .contains("Run the same command again to retry what is not restored: the journal " + journal)
                    .doesNotContain("call 3/6");
            assertThat(cli.err()).doesNotContain("Exception");

            CliProcess resumed = CliProcess.start(dir, "resumed", ENV, args(sandbox, idsFile, journal));
            assertThat(resumed.awaitExit(PROCESS_LIMIT)).as(resumed.toString()).isZero();
            assertThat(resumed.out()).contains("(200 already restored according to the journal)");
            assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(RestoringRequests.perId(sandbox)).as("each ID restored by one request").hasSize(600)
                    .allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
        }
    }

    @Test
    void aSecondSignalEndsTheProcessAtOnce() throws Exception {
        Duration latency = Duration.ofSeconds(30);
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(100)
                .faults(SandboxFaults.builder().latency(latency).build()).start()) {
            Path idsFile = Files.write(dir.resolve("ids.txt"), sandbox.seededIds(SandboxAccounts.ANN, 100));
            Path journal = dir.resolve("restore.journal");
            CliProcess cli = CliProcess.startWithDefaultSignals(dir, "twice", ENV, args(sandbox, idsFile, journal,
                    "--timeout", "60s"));
            awaitWholeLines(journal, 3, cli);
            cli.signal("INT");
            await(cli, c -> c.err().contains("Stopping (SIGINT)"));
            long start = System.nanoTime();

            cli.signal("INT");

            assertThat(cli.awaitExit(PROCESS_LIMIT)).as(cli.toString()).isEqualTo(130);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("long before the answer comes")
                    .isLessThan(latency.dividedBy(2));
            assertThat(cli.err()).contains("Stopped at once (SIGINT again)");
            assertThat(JournalSnapshot.read(journal).unansweredIds()).as("sent again on resume").hasSize(100);
        }
    }

    @Test
    void aSignalDuringARetryAfterWaitEndsTheWaitAtOnce() throws Exception {
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(100).start()) {
            sandbox.respondNext(429, "50");
            List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 100);
            Path idsFile = Files.write(dir.resolve("ids.txt"), ids);
            Path journal = dir.resolve("restore.journal");
            CliProcess cli = CliProcess.startWithDefaultSignals(dir, "waiting", ENV, args(sandbox, idsFile, journal,
                    "--max-wait", "60s", "--json"));
            await(cli, c -> wholeLines(journal) >= 3 && sandbox.requests().size() == 1);
            Thread.sleep(500); // well into the 50 s wait
            long start = System.nanoTime();

            cli.signal("TERM");

            assertThat(cli.awaitExit(PROCESS_LIMIT)).as(cli.toString()).isEqualTo(143);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the wait ended at once")
                    .isLessThan(Duration.ofSeconds(10));
            JsonNode report = JSON.readTree(cli.out());
            assertThat(report.path("exitCode").asInt()).isEqualTo(143);
            assertThat(report.path("signal").asText()).isEqualTo("SIGTERM");
            assertThat(report.path("interrupted").asBoolean()).isTrue();
            assertThat(report.path("failed")).singleElement()
                    .satisfies(f -> assertThat(f.path("status").asInt()).isEqualTo(429));
            assertThat(sandbox.requests()).as("nothing sent after the signal").hasSize(1);
            assertThat(JournalSnapshot.read(journal).unansweredIds()).isEmpty();

            CliProcess resumed = CliProcess.start(dir, "resumed", ENV, args(sandbox, idsFile, journal));
            assertThat(resumed.awaitExit(PROCESS_LIMIT)).as(resumed.toString()).isZero();
            assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    private static List<String> args(WebexSandbox sandbox, Path idsFile, Path journal, String... more) {
        List<String> args = new ArrayList<>(List.of("restore", "--base-url", sandbox.baseUrl(), "--ids-file",
                idsFile.toString(), "--journal", journal.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static void awaitWholeLines(Path journal, int lines, CliProcess cli) throws Exception {
        await(cli, c -> wholeLines(journal) >= lines);
    }

    private static int wholeLines(Path journal) {
        try {
            return JournalSnapshot.wholeLines(journal);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(CliProcess cli, Predicate<CliProcess> condition) throws Exception {
        long deadline = System.nanoTime() + PROCESS_LIMIT.toNanos();
        while (!condition.test(cli)) {
            if (!cli.isAlive()) {
                throw new AssertionError("the run ended before the test could signal it\n" + cli);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting\n" + cli);
            }
            Thread.sleep(5);
        }
    }
}
