package io.github.wxrestore.cli;

import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxScope;
import io.github.wxrestore.sandbox.SandboxUser;
import io.github.wxrestore.sandbox.ScriptedReply;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the token comes from, and that it never shows: not on stdout or stderr, not with --verbose or --json. */
class TokenSafetyTest {

    private static final String SECRET = "s3cr3t-token-9f8e7d6c5b4a";

    @TempDir
    Path dir;

    private WebexSandbox sandbox;
    private List<String> ids;

    @BeforeEach
    void start() {
        sandbox = WebexSandbox.builder().recordingsPerHost(150)
                .accounts(SandboxAccounts.of(SandboxUser.of(SandboxAccounts.ANN, SECRET, SandboxScope.USER,
                        SandboxAccounts.SITE))).start();
        ids = sandbox.seededIds(SandboxAccounts.ANN, 150);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theTokenNeverShowsInVerboseOrJsonOutputOrTheJournalEvenWhenCallsFail() throws IOException {
        Path journal = dir.resolve("j");
        sandbox.respondNext(ScriptedReply.status(429).retryAfter("0"), ScriptedReply.status(500));

        CliRun.Result verbose = CliRun.withToken(SECRET).run("restore", "--base-url", sandbox.baseUrl(), "--ids",
                String.join(",", ids), "--verbose", "--journal", journal.toString(), "--max-retries", "1");
        CliRun.Result json = CliRun.withToken(SECRET).run("restore", "--base-url", sandbox.baseUrl(), "--ids",
                String.join(",", ids), "--json", "--verbose", "--journal", journal.toString());

        assertThat(verbose.exitCode()).as(verbose.toString()).isEqualTo(7);
        assertThat(verbose.err()).contains("settings:").contains("token from WEBEX_ACCESS_TOKEN (not shown)")
                .contains("Webex restore attempt"); // the library's own lines are there
        assertThat(json.exitCode()).as(json.toString()).isZero();
        for (String text : List.of(verbose.out(), verbose.err(), json.out(), json.err(), Files.readString(journal))) {
            assertThat(text).doesNotContain(SECRET);
        }
    }

    @Test
    void aTokenOptionOnTheCommandLineIsRefusedWithoutRepeatingIt() {
        for (String[] args : List.of(new String[] {"restore", "--token", SECRET, "--ids", ids.get(0)},
                new String[] {"restore", "--access-token=" + SECRET, "--ids", ids.get(0)})) {
            CliRun.Result r = CliRun.noEnv().run(args);

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("never read from the command line").doesNotContain(SECRET);
        }
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void theTokenFileWinsOverTheEnvironment() throws IOException {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, SECRET + "\n");

        CliRun.Result r = CliRun.withEnv(Map.of("WEBEX_ACCESS_TOKEN", "stale")).run("restore", "--base-url",
                sandbox.baseUrl(), "--ids", ids.get(0), "--token-file", tokenFile.toString(), "--verbose");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("token from --token-file " + tokenFile + " (not shown)");
    }

    @Test
    void aTokenFileOtherUsersCanReadIsWarnedOfAndStillUsed() throws IOException {
        Path open = dir.resolve("open-token");
        Files.writeString(open, SECRET + "\n");
        Files.setPosixFilePermissions(open, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Path closed = dir.resolve("closed-token");
        Files.writeString(closed, SECRET + "\n");
        Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        CliRun.Result warned = CliRun.noEnv().run("restore", "--base-url", sandbox.baseUrl(), "--ids", ids.get(0),
                "--token-file", open.toString());
        CliRun.Result quiet = CliRun.noEnv().run("restore", "--base-url", sandbox.baseUrl(), "--ids", ids.get(1),
                "--token-file", closed.toString());

        assertThat(warned.exitCode()).as(warned.toString()).isZero();
        assertThat(warned.err()).contains("warning: --token-file " + open + " can be read by other users "
                + "(rw-r--r--): chmod 600 " + open).doesNotContain(SECRET);
        assertThat(quiet.exitCode()).as(quiet.toString()).isZero();
        assertThat(quiet.err()).doesNotContain("warning");
    }

    @Test
    void anEmptyOrMissingTokenFileIsAUsageError() throws IOException {
        Path empty = dir.resolve("empty");
        Files.writeString(empty, "\n");

        CliRun.Result r1 = CliRun.noEnv().run("restore", "--base-url", sandbox.baseUrl(), "--ids", ids.get(0),
                "--token-file", empty.toString());
        CliRun.Result r2 = CliRun.noEnv().run("restore", "--base-url", sandbox.baseUrl(), "--ids", ids.get(0),
                "--token-file", dir.resolve("missing").toString());

        assertThat(r1.exitCode()).isEqualTo(2);
        assertThat(r1.err()).contains("is empty");
        assertThat(r2.exitCode()).isEqualTo(2);
        assertThat(r2.err()).contains("no such file");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aTokenWithALineBreakIsRefusedWithoutShowingIt() throws IOException {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, SECRET + "\nsecond-line");

        CliRun.Result r = CliRun.noEnv().run("restore", "--base-url", sandbox.baseUrl(), "--ids", ids.get(0),
                "--token-file", tokenFile.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).doesNotContain(SECRET).doesNotContain("second-line");
        assertThat(sandbox.requests()).isEmpty();
    }
}
