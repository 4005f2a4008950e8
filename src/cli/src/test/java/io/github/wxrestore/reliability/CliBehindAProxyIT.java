package io.github.wxrestore.reliability;

import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged command line behind a real HTTP proxy (tinyproxy demanding Basic credentials), as an admin behind
 * a corporate proxy runs it: {@code HTTPS_PROXY} carries an https restore through CONNECT to a TLS server the child
 * JVM trusts, {@code --proxy} and {@code HTTP_PROXY} carry plain http to the sandbox (which sees the proxy's
 * {@code Via} header), {@code NO_PROXY} goes around it, a bad token through it is still a 401, a proxy that is not
 * there is one line naming it, and the password is in no output. Skipped, saying why, without tinyproxy.
 */
class CliBehindAProxyIT {

    private static final String USER = "proxy-admin";
    private static final String PASSWORD = "S3cret.never-shown";
    /** As a user writes it in the URL, one character percent-encoded: the CLI decodes it. */
    private static final String USER_INFO = USER + ":S3cret%2Enever-shown";
    /** Any well-formed ID: the TLS server restores whatever it is asked to. */
    private static final String ANY_ID = "0123456789abcdef0123456789abcdef";
    private static final Duration PROCESS_LIMIT = Duration.ofSeconds(60);

    @TempDir
    static Path keys;
    private static TlsRestoreServer tls;
    private static WebexSandbox sandbox;

    @TempDir
    Path dir;
    private Tinyproxy proxy;
    private final List<CliProcess> runs = new ArrayList<>();

    @BeforeAll
    static void startServers() throws Exception {
        Tinyproxy.assumeInstalled();
        tls = TlsRestoreServer.start(keys);
        sandbox = WebexSandbox.builder().recordingsPerHost(20).start();
    }

    @AfterAll
    static void stopServers() {
        if (tls != null) {
            tls.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @BeforeEach
    void startProxy() throws Exception {
        proxy = Tinyproxy.start(dir.resolve("proxy"), tls.port(), USER, PASSWORD);
    }

    @AfterEach
    void stopProxyAndCheckNoRunShowedThePassword() {
        proxy.close();
        for (CliProcess run : runs) {
            assertThat(run.out() + run.err()).as("the proxy's password, in any form")
                    .doesNotContain("S3cret").doesNotContain(Base64.getEncoder()
                            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void httpsProxyCarriesTheRestoreThroughConnectToATlsServerWithTheCredentialsOfItsUrl() throws Exception {
        int before = tls.requests().size();

        CliProcess run = run(Map.of("HTTPS_PROXY", proxy.url(USER_INFO), "WEBEX_ACCESS_TOKEN", "a-token"),
                tls.trustOptions(), "--base-url", tls.baseUrl(), "--ids", ANY_ID, "--verbose");

        assertThat(run.awaitExit(PROCESS_LIMIT)).as(run.toString()).isZero();
        assertThat(run.out()).contains("Restored 1 of 1 recording");
        assertThat(proxy.requests()).containsExactly("CONNECT 127.0.0.1:" + tls.port() + " HTTP/1.1");
        assertThat(tls.requests().subList(before, tls.requests().size())).singleElement().satisfies(headers ->
                assertThat(headers.containsKey("Proxy-Authorization")).as("credentials past the proxy").isFalse());
        assertThat(run.err()).contains("proxy http://***@127.0.0.1:" + proxy.port() + " (from HTTPS_PROXY)");
    }

    @Test
    void withoutTheCredentialsTheSameProxyRefusesSoTheyAreWhatGotTheRestoreThrough() throws Exception {
        int before = tls.requests().size();

        CliProcess run = run(Map.of("HTTPS_PROXY", proxy.url(null), "WEBEX_ACCESS_TOKEN", "a-token"),
                tls.trustOptions(), "--base-url", tls.baseUrl(), "--ids", ANY_ID, "--max-retries", "0");

        assertThat(run.awaitExit(PROCESS_LIMIT)).as(run.toString()).isEqualTo(8); // an undocumented 4xx
        assertThat(run.out()).contains("call 1/1: 1 failed: 407");
        assertThat(proxy.requests()).containsExactly("CONNECT 127.0.0.1:" + tls.port() + " HTTP/1.1");
        assertThat(tls.requests()).hasSize(before);
    }

    @Test
    void plainHttpToTheSandboxGoesThroughDashDashProxyAndThroughHttpProxy() throws Exception {
        for (int i = 0; i < 2; i++) {
            List<String> args = new ArrayList<>(List.of("--base-url", sandbox.baseUrl(), "--ids", sandboxId(1 + i)));
            Map<String, String> env = Map.of("WEBEX_ACCESS_TOKEN", SandboxAccounts.ANN_TOKEN);
            if (i == 0) {
                args.addAll(List.of("--proxy", proxy.url(USER_INFO)));
            } else {
                env = Map.of("WEBEX_ACCESS_TOKEN", SandboxAccounts.ANN_TOKEN, "HTTP_PROXY", proxy.url(USER_INFO));
            }
            int before = sandbox.requests().size();

            CliProcess run = run(env, List.of(), args.toArray(String[]::new));

            assertThat(run.awaitExit(PROCESS_LIMIT)).as(run.toString()).isZero();
            List<RecordedRequest> seen = sandbox.requests().subList(before, sandbox.requests().size());
            assertThat(seen).singleElement().satisfies(r -> {
                assertThat(r.header("Via")).as("the proxy's mark").contains("tinyproxy");
                assertThat(r.header("Proxy-Authorization")).isNull();
            });
        }
        assertThat(proxy.requests()).hasSize(2).allSatisfy(line ->
                assertThat(line).startsWith("POST " + sandbox.baseUrl() + "/recordings/restore"));
    }

    @Test
    void noProxyNamingTheHostGoesAroundTheProxyForHttpsAndHttp() throws Exception {
        int tlsBefore = tls.requests().size();
        int sandboxBefore = sandbox.requests().size();

        CliProcess https = run(Map.of("HTTPS_PROXY", proxy.url(USER_INFO), "NO_PROXY", "example.com, 127.0.0.1",
                "WEBEX_ACCESS_TOKEN", "a-token"), tls.trustOptions(), "--base-url", tls.baseUrl(), "--ids",
                ANY_ID);
        CliProcess http = run(Map.of("http_proxy", proxy.url(USER_INFO), "no_proxy", ".example.com,127.0.0.1:"
                + sandbox.port(), "WEBEX_ACCESS_TOKEN", SandboxAccounts.ANN_TOKEN), List.of(), "--base-url",
                sandbox.baseUrl(), "--ids", sandboxId(4));

        assertThat(https.awaitExit(PROCESS_LIMIT)).as(https.toString()).isZero();
        assertThat(http.awaitExit(PROCESS_LIMIT)).as(http.toString()).isZero();
        assertThat(tls.requests()).hasSize(tlsBefore + 1);
        assertThat(sandbox.requests().subList(sandboxBefore, sandbox.requests().size())).singleElement()
                .satisfies(r -> assertThat(r.header("Via")).isNull());
        assertThat(proxy.requests()).isEmpty();
    }

    @Test
    void aBadTokenThroughTheAuthenticatingProxyIsStillTheRefusalItIs() throws Exception {
        CliProcess run = run(Map.of("WEBEX_ACCESS_TOKEN", "not-a-sandbox-token"), List.of(), "--base-url",
                sandbox.baseUrl(), "--ids", sandboxId(5), "--proxy", proxy.url(USER_INFO));

        assertThat(run.awaitExit(PROCESS_LIMIT)).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).contains("401");
        assertThat(proxy.requests()).hasSize(1);
    }

    @Test
    void aProxyThatIsNotThereIsOneLineNamingItWithoutItsPasswordAndNothingIsSent() throws Exception {
        int dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = socket.getLocalPort(); // closed again: nothing listens there
        }
        int before = sandbox.requests().size();
        int tlsBefore = tls.requests().size();
        String deadProxy = "http://" + USER_INFO + "@127.0.0.1:" + dead;

        CliProcess option = run(Map.of("WEBEX_ACCESS_TOKEN", SandboxAccounts.ANN_TOKEN), List.of(), "--base-url",
                sandbox.baseUrl(), "--ids", sandboxId(6), "--proxy", deadProxy, "--verbose");
        CliProcess variable = run(Map.of("WEBEX_ACCESS_TOKEN", "a-token", "HTTPS_PROXY", deadProxy), List.of(),
                "--base-url", tls.baseUrl(), "--ids", ANY_ID);

        assertThat(option.awaitExit(PROCESS_LIMIT)).as(option.toString()).isEqualTo(6);
        assertThat(variable.awaitExit(PROCESS_LIMIT)).as(variable.toString()).isEqualTo(6);
        assertThat(option.err().lines().filter(line -> line.startsWith("error:")))
                .containsExactly("error: cannot connect to the proxy http://***@127.0.0.1:" + dead
                        + " (from --proxy): connection refused; nothing was sent");
        assertThat(variable.err()).isEqualTo("error: cannot connect to the proxy http://***@127.0.0.1:" + dead
                + " (from HTTPS_PROXY): connection refused; nothing was sent\n");
        assertThat(option.err()).contains("settings:").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(option.out()).isEmpty();
        assertThat(sandbox.requests()).hasSize(before);
        assertThat(tls.requests()).hasSize(tlsBefore);
    }

    private CliProcess run(Map<String, String> env, List<String> jvmOptions, String... restoreArgs) {
        List<String> args = new ArrayList<>(List.of("restore"));
        args.addAll(List.of(restoreArgs));
        CliProcess process = CliProcess.startWithJvmOptions(dir, "run-" + runs.size(), env, jvmOptions, args);
        runs.add(process);
        return process;
    }

    private static String sandboxId(int index) {
        return sandbox.seededIds(SandboxAccounts.ANN, 20).get(index);
    }
}
