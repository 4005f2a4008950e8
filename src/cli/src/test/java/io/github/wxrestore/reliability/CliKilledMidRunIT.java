package io.github.wxrestore.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.SandboxScope;
import io.github.wxrestore.sandbox.SandboxUser;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.testing.JournalSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged command line, as a separate process, killed with SIGKILL four times in the middle of one bulk
 * run (each time after another number of journal records, with up to 1, 2 or 4 calls in flight), its journal
 * torn between kills as a crash while writing would leave it, then run to the end with the same journal. The
 * sandbox answers each request 150 ms after doing the work, so a kill can land between a restore and its
 * journaled answer. The assertions hold wherever a kill lands.
 */
class CliKilledMidRunIT {

    /** Distinctive, so that a leak into any output or the journal is found by a plain substring search. */
    private static final String TOKEN = "crash-IT/t0ken+3b7e9d21/never-shown=";
    private static final int IDS = 1_500;
    private static final Duration LATENCY = Duration.ofMillis(150);
    private static final Duration PROCESS_LIMIT = Duration.ofSeconds(60);
    private static final String RECOVERED = "the journal ended in a torn line (a crash while writing), which was "
            + "dropped";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One killed run: calls in flight at once, and how many whole journal lines it writes before SIGKILL. */
    private record Kill(int concurrency, int records) {
    }

    // one at a time, lines alternate call, result: the second kill keeps at least one restore journaled
    private static final List<Kill> KILLS = List.of(new Kill(1, 2), new Kill(1, 6), new Kill(4, 7), new Kill(2, 4));

    @TempDir
    Path dir;

    @Test
    void aRunKilledFourTimesThenResumedRestoresTheInputAndSendsNothingAgainOnceJournaledAsRestored()
            throws Exception {
        SandboxAccounts accounts = SandboxAccounts.of(SandboxUser.of(SandboxAccounts.ANN, TOKEN, SandboxScope.USER,
                SandboxAccounts.SITE));
        try (WebexSandbox sandbox = WebexSandbox.builder().accounts(accounts).recordingsPerHost(IDS)
                .faults(SandboxFaults.builder().latency(LATENCY).build()).start()) {
            List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, IDS);
            Path idsFile = dir.resolve("ids.txt");
            Files.write(idsFile, ids);
            Path journal = dir.resolve("restore.journal");
            List<CliProcess> processes = new ArrayList<>();
            // per ID journaled as restored: how often it had been sent when the journal first said so
            Map<String, Integer> sentWhenJournaled = new HashMap<>();
            Set<String> everUnanswered = new HashSet<>();
            byte[] kept = new byte[0];
            int runsKept = 0;
            boolean tornBefore = false;

            for (int i = 0; i < KILLS.size(); i++) {
                Kill kill = KILLS.get(i);
                int linesAtStart = JournalSnapshot.wholeLines(journal);
                CliProcess cli = CliProcess.start(dir, "killed-" + (i + 1), Map.of("WEBEX_ACCESS_TOKEN", TOKEN),
                        args(sandbox, idsFile, journal, kill.concurrency(), "--verbose"));
                processes.add(cli);
                awaitWholeLines(journal, linesAtStart + kill.records(), cli);
                cli.killHard();
                settle(sandbox);

                JournalSnapshot afterKill = JournalSnapshot.read(journal); // fails unless every whole line is a record
                assertKept(afterKill, kept, "run " + (i + 1));
                assertThat(afterKill.runs()).isEqualTo(runsKept + 1);
                if (tornBefore) {
                    assertThat(cli.out()).as("run %d", i + 1).contains(RECOVERED);
                }
                JournalSnapshot next = tear(afterKill, journal);
                assertThat(next.torn()).isTrue();
                for (String id : next.restoredIds()) {
                    sentWhenJournaled.putIfAbsent(id, sandbox.timesRequested(id));
                }
                everUnanswered.addAll(next.unansweredIds());
                kept = next.wholeBytes();
                runsKept = next.runs();
                tornBefore = true;
            }
            assertThat(sandbox.restoredIds()).as("the killed runs restored some, not all")
                    .hasSizeBetween(1, IDS - 1);

            CliProcess last = CliProcess.start(dir, "resumed", Map.of("WEBEX_ACCESS_TOKEN", TOKEN),
                    args(sandbox, idsFile, journal, 3, "--verbose", "--json"));
            processes.add(last);
            int exit = last.awaitExit(PROCESS_LIMIT);

            JournalSnapshot end = JournalSnapshot.read(journal);
            assertThat(end.torn()).isFalse();
            assertKept(end, kept, "the resumed run");
            assertThat(everUnanswered).as("every call of the resumed run has its answer journaled")
                    .containsAll(end.unansweredIds());
            JsonNode report = JSON.readTree(last.out());
            // a call whose restore the kill left unjournaled is sent again; Webex says 404 (not in the bin any
            // more): presumed restored, not a failure
            assertThat(report.path("failed")).as(last.toString()).isEmpty();
            Set<String> presumedIds = new HashSet<>();
            report.path("presumedRestoredIds").forEach(id -> presumedIds.add(id.asText()));
            assertThat(exit).as(last.toString()).isZero().isEqualTo(report.path("exitCode").asInt());
            assertThat(report.path("status").asText()).isEqualTo("ok");
            assertThat(report.path("notAttempted")).isEmpty();
            assertThat(report.path("restored").asInt() + presumedIds.size()).isEqualTo(IDS);
            assertThat(report.path("presumedRestored").asInt()).isEqualTo(presumedIds.size());
            assertThat(everUnanswered).containsAll(presumedIds);
            assertThat(end.presumedRestoredIds()).isEqualTo(presumedIds);

            // the union of what the runs restored is the input, each ID restored by exactly one request
            assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(RestoringRequests.perId(sandbox)).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1))
                    .hasSize(IDS);
            Set<String> byJournal = new HashSet<>(end.restoredIds());
            byJournal.addAll(presumedIds);
            assertThat(byJournal).containsExactlyInAnyOrderElementsOf(ids);
            // once the journal said an ID was restored, no later run sent it again
            assertThat(sentWhenJournaled).isNotEmpty().allSatisfy((id, sent) ->
                    assertThat(sandbox.timesRequested(id)).as(id).isEqualTo(sent));
            // an ID went out twice only when a kill (or a torn line) had left its call without a journaled answer
            List<String> sentAgain = ids.stream().filter(id -> sandbox.timesRequested(id) > 1).toList();
            assertThat(everUnanswered).containsAll(sentAgain);

            for (CliProcess cli : processes) {
                assertThat(cli.err()).as("--verbose was on").contains("token from WEBEX_ACCESS_TOKEN (not shown)")
                        .doesNotContain(TOKEN);
                assertThat(cli.out()).doesNotContain(TOKEN);
            }
            assertThat(Files.readString(journal, StandardCharsets.UTF_8)).doesNotContain(TOKEN);
        }
    }

    private static List<String> args(WebexSandbox sandbox, Path idsFile, Path journal, int concurrency,
                                     String... more) {
        List<String> args = new ArrayList<>(List.of("restore", "--base-url", sandbox.baseUrl(), "--ids-file",
                idsFile.toString(), "--journal", journal.toString(), "--concurrency", String.valueOf(concurrency)));
        args.addAll(List.of(more));
        return args;
    }

    /**
     * Leaves the journal as a crash in the middle of writing its last record would, unless the kill already did:
     * a call record last (sent, perhaps answered) gets a torn result after it; any other last record (nothing
     * happened after it) is cut in the middle.
     */
    private static JournalSnapshot tear(JournalSnapshot journal, Path file) throws IOException {
        if (journal.torn()) {
            return journal;
        }
        JsonNode last = journal.last();
        if (last.path("type").asText().equals("call")) {
            String torn = "{\"type\":\"result\",\"run\":" + last.path("run").asInt() + ",\"call\":"
                    + last.path("call").asInt() + ",\"outcome\":\"rest";
            Files.writeString(file, torn, StandardOpenOption.APPEND);
        } else {
            int start = journal.lastLineStart();
            int length = journal.wholeBytes().length - start;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(start + length / 2);
            }
        }
        return JournalSnapshot.read(file);
    }

    // append-only: a run keeps, byte for byte, every whole line it found
    private static void assertKept(JournalSnapshot journal, byte[] kept, String run) {
        byte[] now = journal.wholeBytes();
        assertThat(now.length).as(run + " kept the journal it found").isGreaterThanOrEqualTo(kept.length);
        assertThat(Arrays.copyOf(now, kept.length)).as(run + " kept every line it found").isEqualTo(kept);
    }

    private static void awaitWholeLines(Path journal, int lines, CliProcess cli) throws Exception {
        long deadline = System.nanoTime() + PROCESS_LIMIT.toNanos();
        while (JournalSnapshot.wholeLines(journal) < lines) {
            if (!cli.isAlive()) {
                throw new AssertionError("the run ended before its journal held " + lines + " lines\n" + cli);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the journal never held " + lines + " lines\n" + cli);
            }
            Thread.sleep(2);
        }
    }

    // a request the killed process had sent may reach the sandbox a moment after the kill: wait until none comes
    private static void settle(WebexSandbox sandbox) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int seen = -1;
        while (sandbox.requests().size() != seen && System.nanoTime() < deadline) {
            seen = sandbox.requests().size();
            Thread.sleep(LATENCY.toMillis());
        }
    }
}
