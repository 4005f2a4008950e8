package io.github.wxrestore.cli;

import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.ScriptedReply;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.testing.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every exit code, each produced the way a user would meet it, over real HTTP. */
class ExitCodesTest {

    private WebexSandbox sandbox;
    private List<String> ids;

    @BeforeEach
    void start() {
        sandbox = WebexSandbox.builder().recordingsPerHost(200).start();
        ids = sandbox.seededIds(SandboxAccounts.ANN, 200);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRun.Result restoreAt(String token, String baseUrl, String... args) {
        List<String> all = new ArrayList<>(List.of("restore", "--base-url", baseUrl));
        all.addAll(List.of(args));
        if (!all.contains("--max-retries")) {
            all.addAll(List.of("--max-retries", "0")); // fail at once unless a test wants retries
        }
        return CliRun.withToken(token).run(all.toArray(String[]::new));
    }

    private CliRun.Result restore(String... args) {
        return restoreAt(SandboxAccounts.ANN_TOKEN, sandbox.baseUrl(), args);
    }

    private String first(int n) {
        return String.join(",", ids.subList(0, n));
    }

    @Test
    void zeroWhenEverythingIsRestored() {
        assertThat(restore("--ids", first(3)).exitCode()).isZero();
    }

    @Test
    void oneOnAnUnexpectedInternalErrorWithOneLineAndNoStackTraceUnlessVerbose() {
        InputStream broken = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("stdin broke");
            }
        };

        CliRun.Result quiet = CliRun.withToken(SandboxAccounts.ANN_TOKEN).stdin(broken)
                .run("restore", "--base-url", sandbox.baseUrl(), "--ids-file", "-");
        CliRun.Result verbose = CliRun.withToken(SandboxAccounts.ANN_TOKEN).stdin(broken)
                .run("restore", "--base-url", sandbox.baseUrl(), "--ids-file", "-", "--verbose");

        assertThat(quiet.exitCode()).isEqualTo(1);
        assertThat(quiet.err()).contains("unexpected internal error").contains("stdin broke")
                .doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).contains("\tat ");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void twoForUsageWithOneLineAndAHint() {
        CliRun.Result r = restore("--ids", first(1), "--no-such-option");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).first().asString().startsWith("error: Unknown option: '--no-such-option'");
        assertThat(r.err()).contains("Try 'webex-restore restore --help'");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void threeWhenTheTokenIsRefused() {
        CliRun.Result r = restoreAt("not-a-sandbox-token", sandbox.baseUrl(), "--ids", first(150));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).contains("401").contains("Not attempted: 50 recordings")
                .contains("check the token");
        assertThat(sandbox.requests()).hasSize(1); // the run stopped: the second call was never sent
    }

    @Test
    void threeWhenTheTokenMayNotActForAnotherHostEvenAfterSomeCallsSucceeded() {
        sandbox.respondNext(204);
        sandbox.respondNext(403);

        CliRun.Result r = restore("--ids", first(200));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    }

    @Test
    void fourWhenARecordingIsNotInTheRecycleBin() {
        CliRun.Result r = restore("--ids", "0123456789abcdef0123456789abcdef");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(4);
        assertThat(r.out()).contains("404").contains("0123456789abcdef0123456789abcdef");
    }

    @Test
    void fiveWhenStillThrottledAfterTheRetries() {
        sandbox.respondNext(ScriptedReply.status(429).retryAfter("0"), ScriptedReply.status(429).retryAfter("0"));

        CliRun.Result r = restoreAt(SandboxAccounts.ANN_TOKEN, sandbox.baseUrl(), "--ids", first(2),
                "--max-retries", "1");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(5);
        assertThat(r.out()).contains("1 retry").contains("429");
        assertThat(sandbox.requests()).hasSize(2);
    }

    @Test
    void fiveWhenARecordingIsLocked() {
        sandbox.respondNext(423);

        assertThat(restore("--ids", first(2)).exitCode()).isEqualTo(5);
    }

    @Test
    void sixOnAServerErrorAfterTheRetries() {
        sandbox.respondNext(500);

        CliRun.Result r = restore("--ids", first(2));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(6);
        assertThat(sandbox.restoredIds()).isEmpty();
    }

    @Test
    void sixWhenNothingListensAtTheBaseUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        CliRun.Result r = restoreAt(SandboxAccounts.ANN_TOKEN, "http://127.0.0.1:" + port + "/v1", "--ids", first(2));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(6);
        assertThat(r.out()).contains("no response").contains("I/O failure");
    }

    @Test
    void sevenWhenSomeCallsRestoredAndSomeFailed() {
        sandbox.respondNext(204);
        sandbox.respondNext(409);

        CliRun.Result r = restore("--ids", first(200));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(7);
        assertThat(r.out()).contains("1 call failed").contains("409");
    }

    @Test
    void eightWhenTheServerRejectsTheRequest() {
        sandbox.respondNext(400);

        assertThat(restore("--ids", first(2)).exitCode()).isEqualTo(8);
    }

    @Test
    void eightForAnUndocumented4xx() {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.otherwise(LoopbackServer.Reply.json(418, "{\"message\":\"I'm a teapot\"}", Map.of()));

            CliRun.Result r = restoreAt(SandboxAccounts.ANN_TOKEN, server.baseUrl(), "--ids", first(2));

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(8);
            assertThat(r.out()).contains("418").contains("I'm a teapot");
        }
    }
}
