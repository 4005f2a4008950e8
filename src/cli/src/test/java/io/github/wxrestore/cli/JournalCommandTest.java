package io.github.wxrestore.cli;

import io.github.wxrestore.sandbox.FaultSchedule;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --journal}: resuming what failed, refusing a journal of another input. */
class JournalCommandTest {

    @TempDir
    Path dir;

    private WebexSandbox sandbox;
    private List<String> ids;
    private Path idsFile;
    private Path journal;

    @BeforeEach
    void start() throws IOException {
        sandbox = WebexSandbox.builder().recordingsPerHost(1_000).start();
        ids = sandbox.seededIds(SandboxAccounts.ANN, 1_000);
        idsFile = dir.resolve("ids.txt");
        Files.write(idsFile, ids);
        journal = dir.resolve("restore.journal");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRun.Result restore(String... args) {
        List<String> all = new ArrayList<>(List.of("restore", "--base-url", sandbox.baseUrl(), "--max-retries", "0",
                "--journal", journal.toString()));
        all.addAll(List.of(args));
        return CliRun.withToken(SandboxAccounts.ANN_TOKEN).run(all.toArray(String[]::new));
    }

    @Test
    void failedCallsAreRetriedOnTheNextRunAndNothingIsRestoredTwice() {
        // every third call meets a failing gateway: calls 3, 6 and 9 of 10
        sandbox.replaceFaults(SandboxFaults.builder().serverErrors(502, FaultSchedule.everyNth(3)).build());

        CliRun.Result first = restore("--ids-file", idsFile.toString());

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(7);
        assertThat(first.out()).contains("Restored 700 of 1000 recordings").contains("3 calls failed")
                .contains("Run the same command again to retry what is not restored: the journal " + journal);
        assertThat(sandbox.restoredIds()).hasSize(700);

        sandbox.replaceFaults(SandboxFaults.none());
        CliRun.Result second = restore("--ids-file", idsFile.toString());

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("(700 already restored according to the journal)")
                .contains("Restored 1000 of 1000 recordings (1000 requested, 0 duplicates removed, 700 already "
                        + "restored before).")
                .contains("3 calls, 0 retries");
        assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sandbox.requests()).hasSize(13);

        CliRun.Result third = restore("--ids-file", idsFile.toString());
        assertThat(third.exitCode()).isZero();
        assertThat(third.out()).contains("Nothing to send");
        assertThat(sandbox.requests()).hasSize(13);
    }

    @Test
    void aJournalOfOtherIdsIsRefusedWithExitTwoAndNothingIsSent() throws IOException {
        restore("--ids", ids.get(0));
        int before = sandbox.requests().size();

        CliRun.Result r = restore("--ids-file", idsFile.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("error: journal " + journal
                + " does not match this input: it was written for other recording IDs (1 distinct");
        assertThat(sandbox.requests()).hasSize(before);
    }

    @Test
    void aJournalOfAnotherHostIsRefusedEvenInADryRun() {
        restore("--ids", ids.get(0));
        int before = sandbox.requests().size();

        CliRun.Result r = restore("--ids", ids.get(0), "--host-email", SandboxAccounts.ADMIN, "--dry-run");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("it was written for host the caller, this run is for admin@example.com");
        assertThat(sandbox.requests()).hasSize(before);
    }

    @Test
    void aDryRunShowsWhatTheJournalSkips() {
        sandbox.replaceFaults(SandboxFaults.builder().serverErrors(502, FaultSchedule.everyNth(2)).build());
        restore("--ids-file", idsFile.toString());
        int before = sandbox.requests().size();

        CliRun.Result r = restore("--ids-file", idsFile.toString(), "--dry-run");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Would restore 500 recordings").contains("in 5 calls")
                .contains("500 already restored according to the journal")
                .contains("(may have been applied before: sent without a definite answer)");
        assertThat(sandbox.requests()).hasSize(before);
    }

    @Test
    void aJournalInAMissingDirectoryIsAUsageError() {
        CliRun.Result r = CliRun.withToken(SandboxAccounts.ANN_TOKEN).run("restore", "--base-url",
                sandbox.baseUrl(), "--ids", ids.get(0), "--journal", dir.resolve("nope/j").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("directory does not exist");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aJournalPathThatNamesAnotherFileLeavesItAloneAndExits2() throws IOException {
        Path tokenFile = dir.resolve("token.txt");
        Files.writeString(tokenFile, "a-token-kept-in-a-file-without-a-newline");
        byte[] before = Files.readAllBytes(tokenFile);

        CliRun.Result run = CliRun.withToken(SandboxAccounts.ANN_TOKEN).run("restore", "--base-url",
                sandbox.baseUrl(), "--ids-file", idsFile.toString(), "--journal", tokenFile.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("is not a journal").contains("left as it is").doesNotContain("Exception");
        assertThat(Files.readAllBytes(tokenFile)).isEqualTo(before);
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aBadIdIsListedAndLeftOutOfTheNextRunUntilAskedToRetryIt() throws IOException {
        List<String> input = new ArrayList<>(ids);
        String bad = "0123456789abcdef0123456789abcdef";
        input.set(250, bad);
        Files.write(idsFile, input);

        CliRun.Result first = restore("--ids-file", idsFile.toString());

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(7);
        assertThat(first.out()).contains("Restored 999 of 1000 recordings")
                .contains("part 11 of a split call (1 ID: " + bad + "): 404: Recording not found: " + bad)
                .contains("What is not restored is 1 bad ID (check them: restored already, purged or mistyped?); "
                        + "running again with the journal " + journal + " leaves them out, unless --retry-bad-ids.");
        int before = sandbox.requests().size();

        CliRun.Result second = restore("--ids-file", idsFile.toString(), "--json");

        assertThat(second.exitCode()).as(second.toString()).isEqualTo(7);
        assertThat(sandbox.requests()).as("nothing sent: 999 restored, 1 known bad").hasSize(before);
        assertThat(second.out()).contains("\"badIds\" : [ {\n    \"recordingId\" : \"" + bad + "\",\n    \"status\" : 404,");
        assertThat(restore("--ids-file", idsFile.toString()).out())
                .contains("Not sent again: 1 bad ID an earlier run found (--retry-bad-ids sends them):")
                .contains("  " + bad + ": 404: Recording not found: " + bad + " (run 1)");
        assertThat(restore("--ids-file", idsFile.toString(), "--dry-run").out())
                .contains("1 bad ID left out (--retry-bad-ids sends them)");
        assertThat(restore("--ids-file", idsFile.toString(), "--dry-run", "--json").out())
                .contains("\"knownBadIds\" : [ {\n    \"recordingId\" : \"" + bad + "\",\n    \"status\" : 404,");

        sandbox.addToRecycleBin(SandboxAccounts.SITE, SandboxAccounts.ANN, bad); // deleted since
        CliRun.Result retried = restore("--ids-file", idsFile.toString(), "--retry-bad-ids");

        assertThat(retried.exitCode()).as(retried.toString()).isZero();
        assertThat(retried.out()).contains("Restored 1000 of 1000 recordings");
        assertThat(sandbox.requests()).hasSize(before + 1);
    }

    @Test
    void idsWhoseAnswerWasLostAndThatWebexNoLongerHasArePresumedRestoredAndTheRunSucceeds() throws IOException {
        Files.write(idsFile, ids.subList(0, 150));
        restore("--ids-file", idsFile.toString());
        // forget the answer of call 2, as a kill between sending it and writing its result would
        List<String> lines = Files.readAllLines(journal);
        Files.write(journal, lines.subList(0, lines.size() - 1));

        CliRun.Result resumed = restore("--ids-file", idsFile.toString());

        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("call 1/1: 50 presumed restored (404 after an attempt whose answer was "
                        + "lost: no longer in the recycle bin)")
                .contains("Restored 100 of 150 recordings")
                .contains("Presumed restored: 50 recordings (")
                .doesNotContain("failed");
        CliRun.Result again = restore("--ids-file", idsFile.toString(), "--json");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("\"presumedRestored\" : 50").contains("\"calls\" : 0");
    }

    @Test
    void retryingBadIdsWithoutAJournalIsAUsageErrorAndSendsNothing() {
        CliRun.Result r = CliRun.withToken(SandboxAccounts.ANN_TOKEN).run("restore", "--base-url",
                sandbox.baseUrl(), "--ids", ids.get(0), "--retry-bad-ids");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString()
                .isEqualTo("error: --retry-bad-ids sends again the bad IDs a journal recorded: give it with --journal");
        assertThat(sandbox.requests()).isEmpty();
    }
}
