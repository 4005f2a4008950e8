package io.github.wxrestore.bulk;

import io.github.wxrestore.client.FailureCategory;
import io.github.wxrestore.sandbox.FaultSchedule;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static io.github.wxrestore.bulk.BulkFixtures.bulk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Runs that die halfway and are run again with their journal: nothing lost, nothing restored twice. */
class JournalResumeTest {

    @TempDir
    Path dir;

    private WebexSandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** Stands for a process killed after {@code calls} calls: the listener throws, as a crash would stop it. */
    private static BulkProgressListener crashAfter(int calls) {
        return new BulkProgressListener() {
            @Override
            public void callFinished(CallOutcome outcome) {
                if (outcome.number() == calls) {
                    throw new IllegalStateException("killed");
                }
            }
        };
    }

    @Test
    void aRunKilledAfterFourCallsResumesWithTheRestAndNothingIsSentTwice() {
        sandbox = BulkFixtures.sandbox(1_100);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 1_050);
        Path journal = dir.resolve("run.journal");

        IllegalStateException killed = catchThrowableOfType(IllegalStateException.class,
                () -> bulk(sandbox).journal(journal).listener(crashAfter(4)).build().run(ids));
        assertThat(killed).hasMessage("killed");
        assertThat(sandbox.restoredIds()).hasSize(400);

        BulkReport resumed = bulk(sandbox).journal(journal).build().run(ids);

        assertThat(resumed.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(resumed.alreadyRestored()).isEqualTo(400);
        assertThat(resumed.restored()).isEqualTo(1_050);
        assertThat(resumed.calls()).isEqualTo(7);
        assertThat(sandbox.requests()).hasSize(11);
        assertThat(ids).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isEqualTo(1));
        assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void withFourWorkersAKilledRunStillResumesWithNothingLostOrRepeated() {
        sandbox = BulkFixtures.sandbox(1_100);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 1_050);
        Path journal = dir.resolve("run.journal");

        catchThrowableOfType(IllegalStateException.class,
                () -> bulk(sandbox).concurrency(4).journal(journal).listener(crashAfter(3)).build().run(ids));
        int restoredBefore = sandbox.restoredIds().size();

        BulkReport resumed = bulk(sandbox).concurrency(4).journal(journal).build().run(ids);

        assertThat(resumed.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(resumed.alreadyRestored()).isEqualTo(restoredBefore);
        assertThat(ids).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isEqualTo(1));
        assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void callsThatFailedOnTheTransportAreSentAgainOnResume() {
        sandbox = BulkFixtures.sandbox(500);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 500);
        Path journal = dir.resolve("run.journal");
        BulkProgressListener gatewayDiesAfterTwoCalls = new BulkProgressListener() {
            @Override
            public void callFinished(CallOutcome outcome) {
                if (outcome.number() == 2) {
                    sandbox.replaceFaults(SandboxFaults.builder().serverErrors(502, FaultSchedule.everyNth(1)).build());
                }
            }
        };

        BulkReport first = bulk(sandbox).journal(journal).listener(gatewayDiesAfterTwoCalls).build().run(ids);
        assertThat(first.status()).isEqualTo(BulkReport.Status.PARTIAL);
        assertThat(first.failed()).hasSize(3).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(502);
            assertThat(f.category()).isEqualTo(FailureCategory.SERVER_OR_NETWORK);
        });

        sandbox.replaceFaults(SandboxFaults.none());
        BulkReport resumed = bulk(sandbox).journal(journal).build().run(ids);

        assertThat(resumed.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(resumed.alreadyRestored()).isEqualTo(200);
        assertThat(resumed.calls()).isEqualTo(3);
        assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aCallWhoseAnswerWasLostIsSentAgainAloneAndANotFoundThenMeansPresumedRestored() throws IOException {
        sandbox = BulkFixtures.sandbox(300);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 300);
        Path journal = dir.resolve("run.journal");
        bulk(sandbox).journal(journal).build().run(ids.subList(0, 150));
        // forget the answer of call 2, as a crash between sending it and writing its result would
        removeLastLine(journal);
        int before = sandbox.requests().size();

        BulkReport resumed = bulk(sandbox).journal(journal).build().run(ids.subList(0, 150));

        assertThat(sandbox.requests()).hasSize(before + 1);
        assertThat(resumed.alreadyRestored()).isEqualTo(100);
        // the call whose answer was lost restored them: Webex answers 404 for each
        assertThat(resumed.failed()).isEmpty();
        assertThat(resumed.presumedRestoredIds()).containsExactlyElementsOf(ids.subList(100, 150));
        assertThat(resumed.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(ids.subList(100, 150)).allSatisfy(id -> assertThat(sandbox.restoredIds()).contains(id));

        BulkReport again = bulk(sandbox).journal(journal).build().run(ids.subList(0, 150));

        assertThat(sandbox.requests()).as("nothing left to send").hasSize(before + 1);
        assertThat(again.presumedRestored()).isEqualTo(50);
        assertThat(again.plan().presumedRestored()).isEqualTo(50);
        assertThat(again.status()).isEqualTo(BulkReport.Status.OK);
    }

    @Test
    void aTornLastLineIsDroppedAndTheRunResumes() throws IOException {
        sandbox = BulkFixtures.sandbox(300);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 300);
        Path journal = dir.resolve("run.journal");
        catchThrowableOfType(IllegalStateException.class,
                () -> bulk(sandbox).journal(journal).listener(crashAfter(1)).build().run(ids));
        Files.writeString(journal, "{\"type\":\"call\",\"run\":1,\"call\":2,\"ids\":[\"4f91", StandardOpenOption.APPEND);

        BulkReport resumed = bulk(sandbox).journal(journal).build().run(ids);

        assertThat(resumed.journalRecovered()).isTrue();
        assertThat(resumed.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(resumed.alreadyRestored()).isEqualTo(100);
        assertThat(ids).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isEqualTo(1));
        assertThat(Files.readAllLines(journal)).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    }

    @Test
    void aDamagedLineInTheMiddleIsRefusedWithItsLineNumberAndNothingIsSent() throws IOException {
        sandbox = BulkFixtures.sandbox(300);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 300);
        Path journal = dir.resolve("run.journal");
        catchThrowableOfType(IllegalStateException.class,
                () -> bulk(sandbox).journal(journal).listener(crashAfter(2)).build().run(ids));
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        lines.set(2, lines.get(2).substring(0, 10) + "#garbage");
        Files.write(journal, lines);
        int before = sandbox.requests().size();

        BulkJournalException e = catchThrowableOfType(BulkJournalException.class,
                () -> bulk(sandbox).journal(journal).build().run(ids));

        assertThat(e.reason()).isEqualTo(BulkJournalException.Reason.CORRUPT);
        assertThat(e).hasMessageContaining("line 3").hasMessageContaining("Nothing was sent");
        assertThat(sandbox.requests()).hasSize(before);
    }

    @Test
    void aJournalOfOtherIdsOrAnotherSiteIsRefusedAndNothingIsSent() {
        sandbox = BulkFixtures.sandbox(300);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 300);
        Path journal = dir.resolve("run.journal");
        catchThrowableOfType(IllegalStateException.class,
                () -> bulk(sandbox).journal(journal).listener(crashAfter(1)).build().run(ids));
        int before = sandbox.requests().size();

        BulkJournalException otherIds = catchThrowableOfType(BulkJournalException.class,
                () -> bulk(sandbox).journal(journal).build().run(ids.subList(0, 299)));
        BulkJournalException otherSite = catchThrowableOfType(BulkJournalException.class,
                () -> bulk(sandbox).journal(journal).siteUrl(SandboxAccounts.EU_SITE).build().run(ids));
        BulkJournalException restoreAll = catchThrowableOfType(BulkJournalException.class,
                () -> bulk(sandbox).journal(journal).build().restoreAll());

        assertThat(otherIds.reason()).isEqualTo(BulkJournalException.Reason.MISMATCH);
        assertThat(otherIds).hasMessageContaining("other recording IDs").hasMessageContaining("300 distinct")
                .hasMessageContaining("this input has 299");
        assertThat(otherSite).hasMessageContaining("site").hasMessageContaining(SandboxAccounts.EU_SITE);
        assertThat(restoreAll).hasMessageContaining("restore-all");
        assertThat(sandbox.requests()).hasSize(before);
    }

    @Test
    void aJournalWhoseHeaderHasTheFingerprintOfEarlierVersionsIsStillRecognised() throws Exception {
        sandbox = BulkFixtures.sandbox(300);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 300);
        Path journal = dir.resolve("run.journal");
        catchThrowableOfType(IllegalStateException.class,
                () -> bulk(sandbox).journal(journal).listener(crashAfter(1)).build().run(ids));
        String written = Files.readString(journal);
        assertThat(written).contains("\"fingerprint\":\"set128:");
        // as versions before the one-pass fingerprint wrote it: SHA-256 of the sorted IDs, one per line
        java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
        ids.stream().sorted().forEach(id -> sha256.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
        String legacy = "sha256:" + java.util.HexFormat.of().formatHex(sha256.digest());
        Files.writeString(journal, written.replaceFirst("set128:[0-9a-f]{32}", legacy));
        int before = sandbox.requests().size();

        BulkReport resumed = bulk(sandbox).journal(journal).build().run(ids);

        assertThat(resumed.alreadyRestored()).isEqualTo(100);
        assertThat(resumed.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(sandbox.requests()).hasSize(before + 2);
        Files.writeString(journal, written.replaceFirst("set128:[0-9a-f]{32}", legacy.replace('a', 'b')));
        assertThat(catchThrowableOfType(BulkJournalException.class, () -> bulk(sandbox).journal(journal).build()
                .run(ids))).hasMessageContaining("other recording IDs");
    }

    @Test
    void theSameIdsInAnotherOrderOrWithDuplicatesMatchTheJournal() {
        sandbox = BulkFixtures.sandbox(300);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 300);
        Path journal = dir.resolve("run.journal");
        catchThrowableOfType(IllegalStateException.class,
                () -> bulk(sandbox).journal(journal).listener(crashAfter(1)).build().run(ids));
        List<String> reordered = new ArrayList<>(BulkFixtures.withDuplicates(ids, 5));
        java.util.Collections.reverse(reordered);

        BulkReport resumed = bulk(sandbox).journal(journal).build().run(reordered);

        assertThat(resumed.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(ids).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isEqualTo(1));
    }

    @Test
    void aJournalHeldByAnotherRunIsRefused() throws Exception {
        sandbox = BulkFixtures.sandbox(100);
        Path journal = dir.resolve("run.journal");
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 100);
        try (java.nio.channels.FileChannel other = java.nio.channels.FileChannel.open(journal,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); var lock = other.lock()) {
            assertThat(lock.isValid()).isTrue();
            BulkJournalException e = catchThrowableOfType(BulkJournalException.class,
                    () -> bulk(sandbox).journal(journal).build().run(ids));
            assertThat(e.reason()).isEqualTo(BulkJournalException.Reason.IN_USE);
        }
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aJournalInAMissingDirectoryIsRefusedBeforeAnythingIsSent() {
        sandbox = BulkFixtures.sandbox(100);
        BulkJournalException e = catchThrowableOfType(BulkJournalException.class, () -> bulk(sandbox)
                .journal(dir.resolve("no/such/dir/run.journal")).build().run(sandbox.seededIds(SandboxAccounts.ANN, 1)));

        assertThat(e.reason()).isEqualTo(BulkJournalException.Reason.UNUSABLE);
        assertThat(e).hasMessageContaining("directory does not exist");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void theJournalHoldsIdsAndOutcomesButNeverTheToken() throws IOException {
        sandbox = BulkFixtures.sandbox(150);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 150);
        Path journal = dir.resolve("run.journal");

        bulk(sandbox).journal(journal).build().run(ids);

        String text = Files.readString(journal, StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines.get(0)).contains("\"type\":\"header\"").contains("\"fingerprint\":\"set128:");
        assertThat(lines).filteredOn(l -> l.contains("\"type\":\"call\"")).hasSize(2);
        assertThat(lines).filteredOn(l -> l.contains("\"type\":\"result\"")).hasSize(2)
                .allSatisfy(l -> assertThat(l).contains("\"outcome\":\"restored\"").contains("\"trackingId\""));
        assertThat(text).contains(ids.get(0)).contains(ids.get(149));
        assertThat(text).doesNotContain(SandboxAccounts.ANN_TOKEN);
    }

    @Test
    void aPlanReadsTheJournalWithoutChangingIt() throws IOException {
        sandbox = BulkFixtures.sandbox(300);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 300);
        Path journal = dir.resolve("run.journal");
        catchThrowableOfType(IllegalStateException.class,
                () -> bulk(sandbox).journal(journal).listener(crashAfter(1)).build().run(ids));
        byte[] before = Files.readAllBytes(journal);

        BulkPlan plan = BulkRestore.builder().journal(journal).build().plan(RestoreSelection.ids(ids));

        assertThat(plan.alreadyRestored()).isEqualTo(100);
        assertThat(plan.calls()).hasSize(2);
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void aRestoreAllThatSucceededIsNotSentAgain() {
        sandbox = BulkFixtures.sandbox(20);
        Path journal = dir.resolve("all.journal");
        bulk(sandbox).journal(journal).build().restoreAll();

        BulkReport again = bulk(sandbox).journal(journal).build().restoreAll();

        assertThat(again.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(again.calls()).isZero();
        assertThat(sandbox.requests()).hasSize(1);
    }

    @Test
    void aPlanMadeOnceIsWhatTheRunExecutes() {
        sandbox = BulkFixtures.sandbox(250);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 250);
        Path journal = dir.resolve("run.journal");
        BulkRestore bulk = bulk(sandbox).journal(journal).build();

        BulkPlan plan = bulk.plan(RestoreSelection.ids(ids));
        assertThat(sandbox.requests()).as("planning sends nothing").isEmpty();
        BulkReport report = bulk.execute(plan);

        assertThat(report.plan()).isSameAs(plan);
        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(report.calls()).isEqualTo(plan.calls().size());
        assertThat(sandbox.requests()).as("the three planned calls, nothing more").hasSize(3);
        assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aPlanIsRefusedOnceAnotherRunHasChangedItsJournalAndNothingIsSent() {
        sandbox = BulkFixtures.sandbox(200);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 200);
        Path journal = dir.resolve("run.journal");
        BulkPlan stale = bulk(sandbox).journal(journal).build().plan(RestoreSelection.ids(ids));
        catchThrowableOfType(IllegalStateException.class,
                () -> bulk(sandbox).journal(journal).listener(crashAfter(1)).build().run(ids));
        int sent = sandbox.requests().size();

        BulkJournalException e = catchThrowableOfType(BulkJournalException.class,
                () -> bulk(sandbox).journal(journal).build().execute(stale));

        assertThat(e.reason()).isEqualTo(BulkJournalException.Reason.MISMATCH);
        assertThat(e.getMessage()).contains("does not say what it said when the plan was made")
                .contains("Nothing was sent; plan again");
        assertThat(sandbox.requests()).hasSize(sent);
    }

    @Test
    void aPlanForAnotherSiteIsRefused() {
        sandbox = BulkFixtures.sandbox(5);
        BulkPlan plan = BulkRestore.builder().siteUrl("other.webex.com").build()
                .plan(RestoreSelection.ids(sandbox.seededIds(SandboxAccounts.ANN, 5)));

        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> bulk(sandbox).build().execute(plan)))
                .hasMessageContaining("other.webex.com");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void idsAJournalFlaggedUnderTheFlagsEarlierNameAreStillFlagged() throws IOException {
        sandbox = BulkFixtures.sandbox(100);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 100);
        Path journal = dir.resolve("run.journal");
        sandbox.respondNext(502);
        bulk(sandbox).journal(journal).build().run(ids);
        String written = Files.readString(journal);
        assertThat(written).contains("\"mayHaveBeenApplied\":true");
        BulkRestore planner = BulkRestore.builder().journal(journal).build();
        assertThat(planner.plan(RestoreSelection.ids(ids)).calls()).singleElement()
                .satisfies(c -> assertThat(c.mayHaveBeenApplied()).isTrue());

        Files.writeString(journal, written.replace("\"mayHaveBeenApplied\"", "\"uncertain\""));
        assertThat(planner.plan(RestoreSelection.ids(ids)).calls()).singleElement()
                .satisfies(c -> assertThat(c.mayHaveBeenApplied()).as("read as before").isTrue());

        Files.writeString(journal, written.replace("\"mayHaveBeenApplied\":true,", ""));
        assertThat(planner.plan(RestoreSelection.ids(ids)).calls()).singleElement()
                .satisfies(c -> assertThat(c.mayHaveBeenApplied()).as("without the flag").isFalse());
    }

    @Test
    void aFileThatIsNotAJournalIsLeftAsItIsAndNothingIsSent() throws IOException {
        sandbox = BulkFixtures.sandbox(10);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 10);
        Path token = dir.resolve("token.txt");
        Files.writeString(token, "ZDI3-a-token-on-one-line-without-a-newline");
        Path idsFile = dir.resolve("ids.txt");
        Files.write(idsFile, ids);
        for (Path notAJournal : List.of(token, idsFile)) {
            byte[] before = Files.readAllBytes(notAJournal);

            BulkJournalException run = catchThrowableOfType(BulkJournalException.class,
                    () -> bulk(sandbox).journal(notAJournal).build().run(ids));
            BulkJournalException plan = catchThrowableOfType(BulkJournalException.class,
                    () -> BulkRestore.builder().journal(notAJournal).build().plan(RestoreSelection.ids(ids)));

            assertThat(run.reason()).isEqualTo(BulkJournalException.Reason.NOT_A_JOURNAL);
            assertThat(plan.reason()).isEqualTo(BulkJournalException.Reason.NOT_A_JOURNAL);
            assertThat(run.getMessage()).contains(notAJournal.toString()).contains("is not a journal")
                    .contains("left as it is").doesNotContain("ZDI3");
            assertThat(Files.readAllBytes(notAJournal)).as("untouched").isEqualTo(before);
        }
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aHeaderTornByACrashIsStillRecognisedAndTheRunStartsAfresh() throws IOException {
        sandbox = BulkFixtures.sandbox(10);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 10);
        Path journal = dir.resolve("run.journal");
        Files.writeString(journal, "{\"type\":\"header\",\"format\":1,\"restoreAll\":fal");

        BulkReport report = bulk(sandbox).journal(journal).build().run(ids);

        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(report.journalRecovered()).isTrue();
        assertThat(Files.readString(journal)).startsWith("{\"type\":\"header\"").endsWith("\n");
    }

    private static void removeLastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, lines.size() - 1));
    }
}
