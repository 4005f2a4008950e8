package io.github.wxrestore.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.sandbox.FaultSchedule;
import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.SandboxRecording;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.BOB;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code list} against a sandbox over real HTTP, in-process: every page, the outputs, and the CSV round trip. */
class ListCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @RegisterExtension
    final SandboxCli cli = new SandboxCli(250);

    private CliRun.Result run(String token, String... args) {
        return cli.run(token, args);
    }

    private Set<String> deleted(String site, String host) {
        return cli.sandbox().recordings(site, host).stream().filter(r -> r.status() == SandboxRecording.Status.DELETED)
                .map(SandboxRecording::id).collect(Collectors.toSet());
    }

    private static Set<String> ids(JsonNode listing) {
        Set<String> ids = new HashSet<>();
        listing.get("recordings").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void listJsonReturnsEveryDeletedRecordingOfTheUserAcrossPages() throws Exception {
        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "list", "--json", "--from", "500d");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode listing = JSON.readTree(r.out());
        Set<String> expected = Stream.concat(deleted(SITE, ANN).stream(), deleted(EU_SITE, ANN).stream())
                .collect(Collectors.toSet());
        assertThat(expected).hasSize(500);
        assertThat(ids(listing)).isEqualTo(expected);
        assertThat(listing.get("count").asInt()).isEqualTo(500);
        assertThat(listing.get("pages").asInt()).isEqualTo(5); // 100 per page, Link followed to the last
        assertThat(listing.get("complete").asBoolean()).isTrue();
        assertThat(listing.get("listing").asText()).isEqualTo("user");
    }

    @Test
    void theCsvOfEveryHostGoesBackIntoRestoreWhichRestoresExactlyItsRowsEachForItsHost() throws Exception {
        CliRun.Result listed = run(SandboxAccounts.ADMIN_TOKEN, "list", "--all-hosts", "--site-url", SITE, "--csv",
                "--topic", "weekly sync", "--from", "500d");
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        Path csv = Files.writeString(dir.resolve("bin.csv"), listed.out());
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("id,topic,hostEmail,siteUrl,createTime,timeRecorded,format,serviceType,"
                + "durationSeconds,sizeBytes,status");
        Set<String> listedIds = rows.stream().skip(1).map(row -> row.substring(0, row.indexOf(',')))
                .collect(Collectors.toSet());
        Set<String> hosts = rows.stream().skip(1).map(row -> row.split(",")[2]).collect(Collectors.toSet());
        assertThat(hosts).as("every host of the site").contains(ANN, SandboxAccounts.ADMIN).doesNotContain(BOB);
        assertThat(listedIds).isNotEmpty().hasSize(rows.size() - 1);

        CliRun.Result restored = run(SandboxAccounts.ADMIN_TOKEN, "restore", "--ids-file", csv.toString());

        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(cli.sandbox().restoredIds()).containsExactlyInAnyOrderElementsOf(listedIds);
        List<RecordedRequest> restores = cli.sandbox().requests().stream().filter(q -> q.method().equals("POST"))
                .toList();
        assertThat(restores).allMatch(q -> q.query() != null && q.query().startsWith("hostEmail="));
        assertThat(restores.stream().map(RecordedRequest::query).collect(Collectors.toSet()))
                .as("one hostEmail per host of the CSV").hasSize(hosts.size());

        CliRun.Result again = run(SandboxAccounts.ADMIN_TOKEN, "list", "--all-hosts", "--site-url", SITE, "--json",
                "--topic", "weekly sync", "--from", "500d");
        assertThat(ids(JSON.readTree(again.out()))).as("gone from the bin").isEmpty();
    }

    @Test
    void aFortyDayAdminRangeIsListedInWindowsOfAtMostThirtyDays() throws Exception {
        CliRun.Result r = run(SandboxAccounts.ADMIN_TOKEN, "list", "--all-hosts", "--json", "--from", "40d");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<Duration> windows = new ArrayList<>();
        Pattern range = Pattern.compile("from=([^&]+)&to=([^&]+)");
        for (RecordedRequest q : cli.sandbox().requests()) {
            Matcher m = range.matcher(q.query().replace("%3A", ":"));
            if (q.path().endsWith("/admin/recordings") && !q.query().contains("cursor=") && m.find()) {
                windows.add(Duration.between(Instant.parse(m.group(1)), Instant.parse(m.group(2))));
            }
        }
        assertThat(windows).hasSize(2).allMatch(w -> w.compareTo(Duration.ofDays(30)) <= 0);
        assertThat(windows.get(0).plus(windows.get(1))).isEqualTo(Duration.ofDays(40));
    }

    @Test
    void maxPagesStopsBeforeTheNextPageIsAskedFor() {
        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "list", "--from", "500d", "--max-pages", "2");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(cli.sandbox().requests()).hasSize(2);
        assertThat(r.outLines()).filteredOn(l -> l.matches("[0-9a-f]{32} .*")).hasSize(200);
        assertThat(r.out()).contains("200 recordings").contains("(2 pages); stopped at --max-pages");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--from 2026-12-01 --to 2026-11-01 | is after --to",
        "--max-pages 0                     | --max-pages must be at least 1",
        "--from yesterday                  | --from 'yesterday' is not a point in time",
        "--json --csv                      | --json and --csv exclude each other",
        "--all-hosts --host-email bob@example.com | --all-hosts covers every host",
        "--format MP3                      | --format",
    })
    void invalidFiltersAreExit2WithOneLineAndNothingSent(String options, String message) {
        List<String> args = new ArrayList<>(List.of("list"));
        args.addAll(List.of(options.strip().split(" +")));

        CliRun.Result r = run(SandboxAccounts.ADMIN_TOKEN, args.toArray(String[]::new));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err()).contains(message).doesNotContain("\tat ");
        assertThat(cli.sandbox().requests()).isEmpty();
    }

    @Test
    void aUserTokenOnTheAdminListingIsAnAuthorizationFailure() {
        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "list", "--all-hosts");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.AUTHORIZATION.code());
        assertThat(r.err()).contains("403").doesNotContain(SandboxAccounts.ANN_TOKEN);
    }

    @Test
    void aListingThatFailsPartwayStillPrintsOneJsonDocumentMarkedIncomplete() throws Exception {
        cli.sandbox().replaceFaults(SandboxFaults.builder().serverErrors(500, FaultSchedule.parse("every:3"))
                .build());

        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "list", "--json", "--from", "500d", "--max-retries", "0");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.SERVER_OR_NETWORK.code());
        JsonNode listing = JSON.readTree(r.out());
        assertThat(listing.get("complete").asBoolean()).isFalse();
        assertThat(listing.get("count").asInt()).isEqualTo(200); // two pages came before the third failed
        assertThat(listing.get("error").asText()).contains("500");
    }

    @Test
    void aCutCsvEndsWithACommentThatSaysSoWhichRestoreSkips() {
        cli.sandbox().replaceFaults(SandboxFaults.builder().serverErrors(500, FaultSchedule.parse("every:3"))
                .build());

        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "list", "--csv", "--from", "500d", "--max-retries", "0");

        assertThat(r.outLines()).hasSize(202).last().asString()
                .startsWith("# incomplete: the listing failed after 2 pages");
    }

    @Test
    void maxPagesAsksForNoFurtherPageOrWindowEvenWhenTheFirstOnesAreEmpty() {
        CliRun.Result r = run(SandboxAccounts.ADMIN_TOKEN, "list", "--all-hosts", "--from", "400d", "--topic",
                "no such topic", "--max-pages", "1");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(cli.sandbox().requests()).hasSize(1);
        assertThat(r.out()).contains("0 recordings").contains("stopped at --max-pages");
    }

    @Test
    void aListingThatEndsWithinMaxPagesIsComplete() throws Exception {
        CliRun.Result r = run(SandboxAccounts.ANN_TOKEN, "list", "--json", "--from", "500d", "--max-pages", "9");

        assertThat(JSON.readTree(r.out()).get("complete").asBoolean()).isTrue();
        assertThat(cli.sandbox().requests()).hasSize(5);
    }
}
