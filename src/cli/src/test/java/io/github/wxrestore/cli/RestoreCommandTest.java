package io.github.wxrestore.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.sandbox.SandboxAccounts;
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

/** {@code restore} against a sandbox over real HTTP, in-process: inputs, outputs, dry run. */
class RestoreCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private WebexSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = WebexSandbox.builder().recordingsPerHost(1_100).start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRun.Result restore(String... args) {
        List<String> all = new ArrayList<>(List.of("restore", "--base-url", sandbox.baseUrl()));
        all.addAll(List.of(args));
        return CliRun.withToken(SandboxAccounts.ANN_TOKEN).run(all.toArray(String[]::new));
    }

    private Path idsFile(List<String> ids) throws IOException {
        Path file = dir.resolve("ids.txt");
        Files.write(file, ids);
        return file;
    }

    @Test
    void aFileOfThousandFiftyIdsWithDuplicatesIsRestoredInElevenCallsEachIdOnce() throws IOException {
        List<String> unique = sandbox.seededIds(SandboxAccounts.ANN, 1_020);
        List<String> lines = new ArrayList<>(List.of("# export of 2026-03-01", ""));
        lines.addAll(unique);
        lines.addAll(unique.subList(0, 30));

        CliRun.Result r = restore("--ids-file", idsFile(lines).toString(), "--concurrency", "3");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Restored 1020 of 1020 recordings (1050 requested, 30 duplicates removed).")
                .contains("11 calls, 0 retries");
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("call ")).hasSize(11);
        assertThat(sandbox.requests()).hasSize(11);
        assertThat(unique).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isEqualTo(1));
        assertThat(sandbox.restoredIds()).hasSize(1_020);
    }

    @Test
    void idsComeFromRepeatedCommaSeparatedOptionsAndFromStandardInput() {
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 5);

        CliRun.Result r = CliRun.withToken(SandboxAccounts.ANN_TOKEN)
                .stdin("\uFEFF# from a pipe\r\n" + ids.get(3) + "\r\n\r\n  " + ids.get(4) + "  \n")
                .run("restore", "--base-url", sandbox.baseUrl(), "--ids", ids.get(0) + ", " + ids.get(1),
                        "--ids", ids.get(2), "--ids-file", "-");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sandbox.requests()).singleElement();
    }

    @Test
    void jsonPrintsOneDocumentWithTheCountsAndNothingElseOnStdout() throws IOException {
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 120);
        List<String> lines = new ArrayList<>(ids);
        lines.add(ids.get(0));

        CliRun.Result r = restore("--ids-file", idsFile(lines).toString(), "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("status").asText()).isEqualTo("ok");
        assertThat(doc.get("requested").asInt()).isEqualTo(121);
        assertThat(doc.get("unique").asInt()).isEqualTo(120);
        assertThat(doc.get("duplicates").asInt()).isEqualTo(1);
        assertThat(doc.get("restored").asInt()).isEqualTo(120);
        assertThat(doc.get("calls").asInt()).isEqualTo(2);
        assertThat(doc.get("retries").asInt()).isZero();
        assertThat(doc.get("failed").isArray()).isTrue();
        assertThat(doc.get("failed")).isEmpty();
        assertThat(doc.get("exitCode").asInt()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonNamesExactlyTheBadIdWithItsStatusTrackingIdAndMessage() throws IOException {
        List<String> ids = new ArrayList<>(sandbox.seededIds(SandboxAccounts.ANN, 200));
        ids.set(120, "ffffffffffffffffffffffffffffffff");

        CliRun.Result r = restore("--ids-file", idsFile(ids).toString(), "--json");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(7);
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("status").asText()).isEqualTo("partial");
        assertThat(doc.get("restored").asInt()).as("the 99 others of its call too").isEqualTo(199);
        JsonNode failed = doc.get("failed").get(0);
        assertThat(failed.get("recordingIds")).hasSize(1);
        assertThat(failed.get("recordingIds").get(0).asText()).isEqualTo("ffffffffffffffffffffffffffffffff");
        assertThat(failed.get("message").asText()).contains("ffffffffffffffffffffffffffffffff");
        assertThat(failed.get("status").asInt()).isEqualTo(404);
        assertThat(failed.get("trackingId").asText()).isNotBlank();
        assertThat(failed.get("message").asText()).isNotBlank();
        assertThat(doc.get("failed")).hasSize(1);
    }

    @Test
    void dryRunValidatesAndPrintsTheCallsButSendsNothingAndNeedsNoToken() throws IOException {
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 250);

        CliRun.Result r = CliRun.noEnv().run("restore", "--base-url", sandbox.baseUrl(), "--ids-file",
                idsFile(ids).toString(), "--site-url", SandboxAccounts.SITE, "--dry-run");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Dry run: nothing is sent.")
                .contains("Would restore 250 recordings of the token's user on example.webex.com in 3 calls to POST "
                        + sandbox.baseUrl() + "/recordings/restore")
                .contains("call 1: 100 IDs: " + ids.get(0) + " ... " + ids.get(99))
                .contains("call 3: 50 IDs: " + ids.get(200) + " ... " + ids.get(249));
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void dryRunAsJsonListsEveryPlannedCall() throws IOException {
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 150);

        CliRun.Result r = CliRun.noEnv().run("restore", "--sandbox", "--ids-file", idsFile(ids).toString(),
                "--dry-run", "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("status").asText()).isEqualTo("dry-run");
        assertThat(doc.get("plannedCalls")).hasSize(2);
        assertThat(doc.get("plannedCalls").get(1).get("recordingIds")).hasSize(50);
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void restoreAllIsOneCallWithTheSiteAndTheHost() {
        CliRun.Result r = CliRun.withToken(SandboxAccounts.ADMIN_TOKEN).run("restore", "--base-url",
                sandbox.baseUrl(), "--all", "--site-url", SandboxAccounts.SITE, "--host-email", SandboxAccounts.ANN);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Restored everything in the recycle bin.");
        assertThat(sandbox.requests()).singleElement().satisfies(req -> {
            assertThat(req.body()).contains("\"restoreAll\":true");
            assertThat(req.query()).contains("hostEmail=ann%40example.com");
        });
        assertThat(sandbox.recycleBin(SandboxAccounts.SITE, SandboxAccounts.ANN)).isEmpty();
    }

    @Test
    void restoreAllAsJsonHasNoCountOfRestoredRecordings() throws IOException {
        CliRun.Result r = restore("--all", "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("status").asText()).isEqualTo("ok");
        assertThat(doc.get("restored").isNull()).isTrue();
        assertThat(doc.get("calls").asInt()).isEqualTo(1);
    }

    @Test
    void sandboxWithAHostEmailUsesTheAdminToken() {
        List<String> ids;
        try (WebexSandbox twin = WebexSandbox.start()) {
            ids = twin.seededIds(SandboxAccounts.ANN, 3); // the embedded sandbox seeds the same IDs
        }

        CliRun.Result r = CliRun.noEnv().run("restore", "--sandbox", "--host-email", SandboxAccounts.ANN,
                "--ids", String.join(",", ids));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Restored 3 of 3 recordings");
    }

    @Test
    void humanDurationsAreReadForTimeoutAndMaxWait() {
        CliRun.Result r = restore("--ids", sandbox.seededIds(SandboxAccounts.ANN, 1).get(0), "--timeout", "500ms",
                "--max-wait", "2m", "--verbose");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("max wait 2 min").contains("timeout 500 ms");
    }
}
