package io.github.wxrestore.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code restore} with filters instead of IDs: it lists first, then restores exactly what the listing found. */
class RestoreFoundTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final SandboxCli cli = new SandboxCli(250);

    private CliRun.Result run(String token, String... args) {
        return cli.run(token, args);
    }

    private Set<String> listed(String token, String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("list", "--json"));
        args.addAll(List.of(filters));
        CliRun.Result r = run(token, args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Set<String> ids = new HashSet<>();
        JSON.readTree(r.out()).get("recordings").forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    @Test
    void theFiltersRestoreExactlyWhatTheSameListShowsAndASecondListShowsThemGone() throws Exception {
        String[] filters = {"--from", "500d", "--to", "100d", "--topic", "weekly sync"};
        Set<String> shown = listed(SandboxAccounts.ANN_TOKEN, filters);
        assertThat(shown).isNotEmpty();

        List<String> args = new ArrayList<>(List.of("restore", "--json"));
        args.addAll(List.of(filters));
        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, args.toArray(String[]::new));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(cli.sandbox().restoredIds()).containsExactlyInAnyOrderElementsOf(shown);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("restored").asInt()).isEqualTo(shown.size());
        assertThat(r.err()).startsWith("Found " + shown.size() + " recordings");
        assertThat(listed(SandboxAccounts.ANN_TOKEN, filters)).isEmpty();
    }

    @Test
    void allHostsRestoresEachHostsRecordingsWithItsHostEmailInCallsOfAtMostOneHundred() throws Exception {
        Set<String> shown = listed(SandboxAccounts.ADMIN_TOKEN, "--all-hosts", "--site-url", SITE, "--from", "500d");

        CliRun.Result r = run(SandboxAccounts.ADMIN_TOKEN, "restore", "--all-hosts", "--site-url", SITE, "--from",
                "500d", "--concurrency", "2");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(cli.sandbox().restoredIds()).containsExactlyInAnyOrderElementsOf(shown);
        List<RecordedRequest> restores = cli.sandbox().requests().stream().filter(q -> q.method().equals("POST"))
                .toList();
        Map<String, Long> callsPerHost = restores.stream()
                .collect(Collectors.groupingBy(RecordedRequest::query, Collectors.counting()));
        // 250 per host on the site: three calls each (100, 100, 50), every one naming its host
        assertThat(callsPerHost).containsOnlyKeys("hostEmail=ann%40example.com", "hostEmail=admin%40example.com")
                .allSatisfy((host, calls) -> assertThat(calls).isEqualTo(3L));
        assertThat(restores).allMatch(q -> q.body().contains("\"siteUrl\":\"" + SITE + "\""));
    }

    @Test
    void aDryRunListsAndPlansButRestoresNothing() {
        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "restore", "--dry-run", "--from", "500d", "--topic",
                "board meeting");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Found ").contains("Dry run: nothing is sent.").contains("Would restore");
        assertThat(cli.sandbox().requests()).allMatch(q -> q.method().equals("GET")).isNotEmpty();
        assertThat(cli.sandbox().restoredIds()).isEmpty();
    }

    @Test
    void filtersTogetherWithIdsAreExit2AndNothingIsSent() {
        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "restore", "--topic", "board", "--ids", "4f914b1d");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err()).contains("give them without --ids, --ids-file or --all");
        assertThat(cli.sandbox().requests()).isEmpty();
    }

    @Test
    void nothingFoundIsSaidAndNothingIsSentButTheListing() {
        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "restore", "--from", "500d", "--topic", "no such topic");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Found no recordings").contains("Nothing to restore.");
        assertThat(cli.sandbox().requests()).allMatch(q -> q.method().equals("GET"));
    }

    @Test
    void aResumeWithTheJournalRestoresWhatTheFirstRunFoundNotANewListing(@TempDir Path dir) throws Exception {
        String[] filters = {"--from", "500d", "--topic", "customer call"};
        Set<String> shown = listed(SandboxAccounts.ANN_TOKEN, filters);
        List<String> inOrder = new ArrayList<>(shown);
        // one recording answers 423 once (no retries): its call fails, the others are restored
        String locked = inOrder.get(0);
        cli.sandbox().replaceFaults(SandboxFaults.builder().lockedIds(locked).lockAnswers(1).build());
        Path journal = dir.resolve("restore.journal");
        List<String> args = new ArrayList<>(List.of("restore", "--journal", journal.toString(), "--max-retries", "0"));
        args.addAll(List.of(filters));

        CliRun.Result first = run(SandboxAccounts.ANN_TOKEN, args.toArray(String[]::new));
        Set<String> restoredFirst = new HashSet<>(cli.sandbox().restoredIds());
        CliRun.Result resumed = run(SandboxAccounts.ANN_TOKEN, args.toArray(String[]::new));

        assertThat(first.exitCode()).as(first.toString()).isNotZero();
        assertThat(restoredFirst).doesNotContain(locked).isNotEmpty();
        assertThat(Files.readAllLines(dir.resolve("restore.journal.found.csv"))).hasSize(shown.size() + 2)
                .first().asString().startsWith("# filters: --from='500d'");
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("Resuming " + journal).contains("(not a new listing)");
        assertThat(cli.sandbox().restoredIds()).containsExactlyInAnyOrderElementsOf(shown);
        assertThat(shown).allSatisfy(id -> assertThat(cli.sandbox().timesRequested(id))
                .as("sent again only if its call failed").isLessThanOrEqualTo(2));
        assertThat(restoredFirst).allSatisfy(id -> assertThat(cli.sandbox().timesRequested(id)).isEqualTo(1));
    }

    @Test
    void aDryRunOfAllListsWhatTheBinHoldsPerSiteAndSendsNoRestore() {
        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "restore", "--all", "--dry-run", "--site-url", SITE);

        long inBin = cli.sandbox().recordings(SITE, SandboxAccounts.ANN).stream()
                .filter(x -> x.createTime().isAfter(Instant.now().minus(Duration.ofDays(365)))).count();
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Would restore everything in the recycle bin")
                .contains("The listing shows " + inBin + " recordings").contains(": " + inBin + " on " + SITE)
                .contains("A restore-all restores the recycle bin of one site (" + SITE + ")");
        assertThat(cli.sandbox().requests()).isNotEmpty().allMatch(q -> q.method().equals("GET"));
    }

    @Test
    void aDryRunOfAllWithoutATokenStillWorksAndSaysWhatATokenWouldAdd() {
        CliRun.Result r = CliRun.noEnv().run("restore", "--all", "--dry-run", "--base-url", cli.sandbox().baseUrl());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("With a token, a dry run of --all also lists what the recycle bin holds.");
        assertThat(cli.sandbox().requests()).isEmpty();
    }

    @Test
    void idsPresumedRestoredAfterALostAnswerAreConfirmedByTheListingOfAvailableRecordings(@TempDir Path dir)
            throws Exception {
        List<String> ids = cli.sandbox().seededIds(SITE, SandboxAccounts.ANN, 3);
        Path journal = dir.resolve("restore.journal");
        String[] args = {"restore", "--ids", String.join(",", ids), "--site-url", SITE, "--journal",
            journal.toString(), "--max-retries", "0", "--timeout", "300ms", "--json"};
        // the sandbox restores, then takes longer than the attempt may: the answer is lost
        cli.sandbox().replaceFaults(SandboxFaults.builder().latency(Duration.ofSeconds(2)).build());
        CliRun.Result lost = run(SandboxAccounts.ANN_TOKEN, args);
        cli.sandbox().replaceFaults(SandboxFaults.builder().build());

        CliRun.Result resumed = run(SandboxAccounts.ANN_TOKEN, args);

        assertThat(lost.exitCode()).as(lost.toString()).isNotZero();
        assertThat(cli.sandbox().restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        JsonNode report = JSON.readTree(resumed.out());
        List<String> presumed = new ArrayList<>();
        report.get("presumedRestoredIds").forEach(n -> presumed.add(n.asText()));
        List<String> confirmed = new ArrayList<>();
        report.get("presumedRestoredConfirmedIds").forEach(n -> confirmed.add(n.asText()));
        assertThat(presumed).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(confirmed).as("listed as available now: restored, from evidence").isEqualTo(presumed);
    }

    @Test
    void aRunWithNothingPresumedListsNothingToConfirm() throws Exception {
        List<String> ids = cli.sandbox().seededIds(SITE, SandboxAccounts.ANN, 2);

        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "restore", "--ids", String.join(",", ids), "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(JSON.readTree(r.out()).get("presumedRestoredConfirmedIds").isNull()).isTrue();
        assertThat(cli.sandbox().requests()).allMatch(q -> q.method().equals("POST"));
    }

    @Test
    void aResumeWithOtherFiltersIsRefusedAndSendsNothing(@TempDir Path dir) {
        Path journal = dir.resolve("restore.journal");
        String locked = cli.sandbox().seededIds(SITE, SandboxAccounts.ANN, 1).get(0);
        cli.sandbox().replaceFaults(SandboxFaults.builder().lockedIds(locked).build()); // the first run fails a call
        CliRun.Result first = run(SandboxAccounts.ANN_TOKEN, "restore", "--journal", journal.toString(),
                "--max-retries", "0", "--site-url", SITE, "--from", "500d");
        int requestsBefore = cli.sandbox().requests().size();

        CliRun.Result other = run(SandboxAccounts.ANN_TOKEN, "restore", "--journal", journal.toString(),
                "--site-url", SITE, "--from", "500d", "--topic", "board");

        assertThat(first.exitCode()).as(first.toString()).isNotZero();
        assertThat(other.exitCode()).as(other.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(other.err()).contains("belongs to a run with other filters").contains("--topic= ")
                .contains("--topic='board'");
        assertThat(cli.sandbox().requests()).hasSize(requestsBefore);
    }

    @Test
    void nothingFoundWithJsonIsStillOneDocumentOnStdout() throws Exception {
        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "restore", "--json", "--topic", "no such topic");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("restored").asInt()).isZero();
        assertThat(report.get("calls").asInt()).isZero();
        assertThat(r.err()).contains("Found no recordings");
    }

    @Test
    void aFoundFileLeftFromAnEarlierRunIsReplacedByAFreshRunWhichThenResumes(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("restore.journal");
        Files.writeString(dir.resolve("restore.journal.found.csv"), "id,hostEmail,siteUrl\r\nnot-this-one,,\r\n");
        String[] args = {"restore", "--journal", journal.toString(), "--site-url", SITE, "--from", "500d",
            "--topic", "design review"};

        CliRun.Result first = run(SandboxAccounts.ANN_TOKEN, args);
        CliRun.Result again = run(SandboxAccounts.ANN_TOKEN, args);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(Files.readString(dir.resolve("restore.journal.found.csv"))).doesNotContain("not-this-one");
        assertThat(again.exitCode()).as("the resume of a finished run sends nothing: " + again).isZero();
        assertThat(cli.sandbox().requests().stream().filter(q -> q.method().equals("POST")).count())
                .isEqualTo(first.out().lines().filter(l -> l.startsWith("call ")).count());
    }

    @Test
    void aJournalOfAnIdsRunIsRefusedForAFilteredRestore(@TempDir Path dir) {
        Path journal = dir.resolve("restore.journal");
        List<String> ids = cli.sandbox().seededIds(SITE, SandboxAccounts.ANN, 2);
        run(SandboxAccounts.ANN_TOKEN, "restore", "--ids", String.join(",", ids), "--journal", journal.toString());
        int before = cli.sandbox().requests().size();

        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "restore", "--journal", journal.toString(), "--topic", "x");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err()).contains("was not started by a restore with filters");
        assertThat(cli.sandbox().requests()).hasSize(before);
    }

    @Test
    void aDryRunNamesTheSiteItsCallsGoToAndHorizonGoesWithIds() {
        CliRun.Result found = run(SandboxAccounts.ANN_TOKEN, "restore", "--dry-run", "--from", "500d", "--site-url",
                SandboxAccounts.EU_SITE, "--topic", "design review");
        CliRun.Result ids = run(SandboxAccounts.ANN_TOKEN, "restore", "--dry-run", "--ids", "4f914b1d", "--horizon",
                "30");

        assertThat(found.exitCode()).as(found.toString()).isZero();
        assertThat(found.out()).contains("of the token's user on " + SandboxAccounts.EU_SITE + " in");
        assertThat(ids.exitCode()).as(ids.toString()).isZero();
    }
}
