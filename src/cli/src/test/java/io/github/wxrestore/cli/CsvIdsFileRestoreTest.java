package io.github.wxrestore.cli;

import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.BOB;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code restore --ids-file} with a CSV file that names each recording's host and site, as an admin exports it. */
class CsvIdsFileRestoreTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final SandboxCli cli = new SandboxCli(120);

    private CliRun.Result restore(String... args) {
        List<String> all = new ArrayList<>(List.of("restore"));
        all.addAll(List.of(args));
        return cli.run(SandboxAccounts.ADMIN_TOKEN, all.toArray(String[]::new));
    }

    private Path csv(List<String> lines) throws IOException {
        return Files.write(dir.resolve("export.csv"), lines);
    }

    @Test
    void eachRowIsRestoredForItsHostOnItsSiteInCallsThatNeverMixThem() throws IOException {
        List<String> rows = new ArrayList<>(List.of("id,topic,hostEmail,siteUrl"));
        List<String> annIds = cli.sandbox().seededIds(SITE, ANN, 110);
        List<String> bobIds = cli.sandbox().seededIds(EU_SITE, BOB, 30);
        for (int i = 0; i < 110; i++) {
            rows.add(annIds.get(i) + ",\"Weekly sync, part " + i + "\"," + ANN + "," + SITE);
            if (i < 30) {
                rows.add(bobIds.get(i) + ",Board meeting," + BOB + "," + EU_SITE);
            }
        }

        CliRun.Result r = restore("--ids-file", csv(rows).toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(cli.sandbox().restoredIds()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(annIds.stream(), bobIds.stream()).toList());
        List<RecordedRequest> calls = cli.sandbox().requests();
        assertThat(calls).hasSize(3); // Ann's 110 in calls of 100 and 10, Bob's 30 in one
        assertThat(calls).filteredOn(c -> c.query().contains("hostEmail=ann%40example.com"))
                .hasSize(2).allMatch(c -> c.body().contains("\"siteUrl\":\"" + SITE + "\""));
        assertThat(calls).filteredOn(c -> c.query().contains("hostEmail=bob%40example.com"))
                .singleElement().matches(c -> c.body().contains("\"siteUrl\":\"" + EU_SITE + "\""));
    }

    @Test
    void theSameIdForTwoHostsIsRefusedNamingBothLinesAndNothingIsSent() throws IOException {
        String id = cli.sandbox().seededIds(SITE, ANN, 1).get(0);

        CliRun.Result r = restore("--ids-file", csv(List.of("recordingId,hostEmail", id + "," + ANN, id + "," + BOB))
                .toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err()).contains("line 2").contains("line 3");
        assertThat(cli.sandbox().requests()).isEmpty();
    }

    @Test
    void aPlainFileWithACommaInALineIsRefusedBeforeAnythingIsSent() throws IOException {
        String id = cli.sandbox().seededIds(SITE, ANN, 1).get(0);

        CliRun.Result r = restore("--ids-file", csv(List.of(id + ",2024-01-01")).toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err()).contains("holds a comma").contains("header line naming the ID column");
        assertThat(cli.sandbox().requests()).isEmpty();
    }

    @Test
    void aDryRunShowsEachCallWithItsHostAndSiteAndTheJsonPlanNamesThem() throws IOException {
        List<String> annIds = cli.sandbox().seededIds(SITE, ANN, 2);
        List<String> bobIds = cli.sandbox().seededIds(EU_SITE, BOB, 1);
        Path file = csv(List.of("id,hostEmail,siteUrl", annIds.get(0) + "," + ANN + "," + SITE,
                bobIds.get(0) + "," + BOB + "," + EU_SITE, annIds.get(1) + "," + ANN + "," + SITE));

        CliRun.Result human = restore("--ids-file", file.toString(), "--dry-run");
        CliRun.Result json = restore("--ids-file", file.toString(), "--dry-run", "--json");

        assertThat(human.exitCode()).as(human.toString()).isZero();
        assertThat(human.out()).contains("Would restore 3 recordings of 2 hosts and sites in 2 calls")
                .contains("call 1: 2 IDs").contains("for ann@example.com on example.webex.com")
                .contains("for bob@example.com on example-eu.webex.com");
        assertThat(json.out()).contains("\"hostEmail\" : \"bob@example.com\"")
                .contains("\"siteUrl\" : \"example-eu.webex.com\"");
        assertThat(cli.sandbox().requests()).isEmpty();
    }
}
