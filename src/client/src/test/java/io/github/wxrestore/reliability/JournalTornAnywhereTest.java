package io.github.wxrestore.reliability;

import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.BulkProgressListener;
import io.github.wxrestore.bulk.BulkReport;
import io.github.wxrestore.bulk.BulkRestore;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.RestoreSelection;
import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.testing.JournalSnapshot;
import io.github.wxrestore.testing.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A crash can stop a journal write anywhere (a power cut, or a kill between two pages of one write), so a journal
 * may end at any byte. A real journal of two runs (every record type: header, run, call, a restored and a failed
 * result) is cut at the start, one byte in, the middle and one byte short of the end of each of its lines; each
 * cut is planned from (read only) and run on (opened for writing), as a resumed run would.
 */
class JournalTornAnywhereTest {

    @TempDir
    Path dir;

    @Test
    void aJournalCutAnywhereOpensWithEveryWholeLineAndOnlyTheTornOneDropped() throws IOException {
        List<String> ids;
        byte[] full;
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(250).start()) {
            ids = sandbox.seededIds(SandboxAccounts.ANN, 250);
            full = journalOfTwoRuns(sandbox, ids, dir.resolve("whole.journal"));
        }
        JournalSnapshot whole = JournalSnapshot.read(dir.resolve("whole.journal"));
        assertThat(whole.records()).extracting(r -> r.path("type").asText() + r.path("outcome").asText(""))
                .containsExactly("header", "run", "call", "resultrestored", "run", "call", "resultfailed", "call",
                        "resultrestored");

        List<Integer> cuts = cutPoints(full);
        try (LoopbackServer server = LoopbackServer.start();
             WebexRecordingsClient client = WebexRecordingsClient.builder().baseUrl(server.baseUrl())
                     .accessToken(TestClients.TOKEN).retryPolicy(RetryPolicy.none()).build()) {
            for (int cut : cuts) {
                Path file = dir.resolve("cut-" + cut + ".journal");
                Files.write(file, Arrays.copyOf(full, cut));
                JournalSnapshot before = JournalSnapshot.read(file); // what a crash left: whole lines, maybe a torn one
                Set<String> pending = new HashSet<>(ids);
                pending.removeAll(before.restoredIds());

                Throwable refused = catchThrowable(() -> {
                    BulkPlan plan = BulkRestore.builder().journal(file).build().plan(RestoreSelection.ids(ids));
                    assertThat(plan.journalRecovered()).as("cut at %d", cut).isEqualTo(before.torn());
                    assertThat(plan.alreadyRestored()).as("cut at %d", cut).isEqualTo(before.restoredIds().size());
                    assertThat(plan.calls().stream().flatMap(c -> c.recordingIds().stream()))
                            .as("cut at %d", cut).containsExactlyInAnyOrderElementsOf(pending);

                    BulkReport report = BulkRestore.builder().client(client).journal(file).build().run(ids);
                    assertThat(report.journalRecovered()).as("cut at %d", cut).isEqualTo(before.torn());
                    assertThat(report.status()).as("cut at %d", cut).isEqualTo(BulkReport.Status.OK);
                });
                assertThat(refused).as("cut at %d of %d bytes", cut, full.length).isNull();
                JournalSnapshot after = JournalSnapshot.read(file);
                assertThat(after.torn()).isFalse();
                byte[] kept = before.wholeBytes();
                assertThat(Arrays.copyOf(after.wholeBytes(), kept.length)).as("cut at %d", cut).isEqualTo(kept);
                assertThat(after.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
            }
        }
        assertThat(cuts).hasSize(4 * whole.records().size() + 1);
    }

    // run 1 dies after its first call; in run 2 the first call gets a 502, the second restores
    private static byte[] journalOfTwoRuns(WebexSandbox sandbox, List<String> ids, Path journal) throws IOException {
        try (WebexRecordingsClient client = WebexRecordingsClient.builder().baseUrl(sandbox.baseUrl())
                .accessToken(SandboxAccounts.ANN_TOKEN).retryPolicy(RetryPolicy.none())
                .attemptTimeout(Duration.ofSeconds(10)).build()) {
            BulkProgressListener dies = new BulkProgressListener() {
                @Override
                public void callFinished(CallOutcome outcome) {
                    throw new IllegalStateException("killed");
                }
            };
            assertThat(catchThrowable(() -> BulkRestore.builder().client(client).journal(journal).listener(dies)
                    .build().run(ids))).hasMessage("killed");
            sandbox.respondNext(502);
            BulkReport second = BulkRestore.builder().client(client).journal(journal).build().run(ids);
            assertThat(second.failed()).singleElement().extracting(CallOutcome::status).isEqualTo(502);
        }
        return Files.readAllBytes(journal);
    }

    // each line's start, one byte in, middle and one byte short of its newline; and the whole file
    private static List<Integer> cutPoints(byte[] journal) {
        List<Integer> cuts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < journal.length; i++) {
            if (journal[i] == '\n') {
                int length = i - start;
                cuts.addAll(List.of(start, start + 1, start + length / 2, start + length - 1));
                start = i + 1;
            }
        }
        cuts.add(journal.length);
        return cuts;
    }
}
