package io.github.wxrestore.cli;

import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.testing.LoopbackServer;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code restore --proxy} and the proxy variables, in-process: a loopback server playing the proxy receives the
 * request in proxy form with the credentials; a bad proxy URL is a usage error and a proxy that is not there is one
 * line, nothing sent either way; the embedded sandbox takes the option but not the variables; no output shows the
 * password. The real proxy, and https through CONNECT, are {@code reliability.CliBehindAProxyIT}'s.
 */
class ProxyOptionTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final String SANDBOX_ID = "9ed08880b10308314a9e4cc9aa5cb63b";

    @Test
    void theRequestGoesToTheProxyInProxyFormWithItsCredentialsSentAtOnce() {
        try (LoopbackServer proxy = LoopbackServer.start()) {
            String target = "http://127.0.0.1:" + deadPort() + "/v1"; // nothing there: only the proxy answers

            CliRun.Result r = CliRun.withToken("a-token").run("restore", "--base-url", target, "--ids", ID,
                    "--proxy", "http://jane:s3cret@" + hostPort(proxy), "--verbose");

            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(proxy.requests()).singleElement().satisfies(request -> {
                assertThat(request.uri()).hasToString(target + "/recordings/restore");
                assertThat(request.header("Proxy-Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                        .encodeToString("jane:s3cret".getBytes(StandardCharsets.UTF_8)));
                assertThat(request.header("Authorization")).isEqualTo("Bearer a-token");
            });
            assertThat(r.err()).contains("; proxy http://***@" + hostPort(proxy) + " (from --proxy)");
            assertNoPassword(r);
        }
    }

    @Test
    void theVariableOfTheBaseUrlsSchemeIsReadFromTheEnvironmentGivenAndNoProxyGoesAroundIt() {
        try (LoopbackServer proxy = LoopbackServer.start(); LoopbackServer server = LoopbackServer.start()) {
            Map<String, String> env = Map.of("WEBEX_ACCESS_TOKEN", "a-token", "http_proxy", "http://"
                    + hostPort(proxy));

            CliRun.Result through = CliRun.withEnv(env).run("restore", "--base-url", server.baseUrl(), "--ids", ID);
            CliRun.Result around = CliRun.withEnv(with(env, "NO_PROXY", "127.0.0.1")).run("restore", "--base-url",
                    server.baseUrl(), "--ids", ID);

            assertThat(through.exitCode()).as(through.toString()).isZero();
            assertThat(around.exitCode()).as(around.toString()).isZero();
            assertThat(proxy.requestCount()).isEqualTo(1);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aProxyThatIsNotThereIsOneLineWithoutItsPasswordAndNothingIsSent() {
        try (LoopbackServer server = LoopbackServer.start()) {
            int dead = deadPort();

            CliRun.Result r = CliRun.withToken("a-token").run("restore", "--base-url", server.baseUrl(), "--ids", ID,
                    "--proxy", "http://jane:s3cret@127.0.0.1:" + dead);

            assertThat(r.exitCode()).isEqualTo(ExitCode.SERVER_OR_NETWORK.code());
            assertThat(r.errLines()).containsExactly("error: cannot connect to the proxy http://***@127.0.0.1:" + dead
                    + " (from --proxy): connection refused; nothing was sent");
            assertThat(r.out()).isEmpty();
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aBadProxyUrlIsAUsageErrorEvenInADryRunAndNamesWhereItCameFrom() {
        CliRun.Result option = CliRun.withToken("a-token").run("restore", "--ids", ID, "--dry-run",
                "--proxy", "socks5://jane:s3cret@proxy:1080");
        CliRun.Result variable = CliRun.withEnv(Map.of("HTTPS_PROXY", "https://jane:s3cret@proxy:443")).run(
                "restore", "--ids", ID, "--dry-run");
        CliRun.Result unused = CliRun.withEnv(Map.of("http_proxy", "socks5://proxy:1080")).run("restore", "--ids",
                ID, "--dry-run");

        assertThat(option.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(option.errLines()).containsExactly("error: --proxy socks5://***@proxy:1080: only http:// proxies "
                + "are supported, not socks5:// (an https restore still travels in TLS through an http:// proxy)");
        assertThat(variable.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(variable.errLines()).singleElement().asString().startsWith("error: HTTPS_PROXY https://***@proxy:443:");
        assertThat(unused.exitCode()).as("http_proxy is not read for an https base URL").isZero();
        assertNoPassword(option);
        assertNoPassword(variable);
    }

    @Test
    void theEmbeddedSandboxIgnoresTheProxyVariablesButGoesThroughDashDashProxy() {
        String dead = "http://jane:s3cret@127.0.0.1:" + deadPort();
        Map<String, String> env = Map.of("http_proxy", dead, "HTTP_PROXY", dead, "https_proxy", dead);

        CliRun.Result variables = CliRun.withEnv(env).run("restore", "--sandbox", "--ids", SANDBOX_ID, "--verbose");
        CliRun.Result option = CliRun.withEnv(Map.of()).run("restore", "--sandbox", "--ids", SANDBOX_ID,
                "--proxy", dead);
        CliRun.Result listed = CliRun.withEnv(Map.of("NO_PROXY", "127.0.0.1")).run("restore", "--sandbox", "--ids",
                SANDBOX_ID, "--proxy", dead);

        assertThat(variables.exitCode()).as(variables.toString()).isZero();
        assertThat(variables.err()).contains("; proxy none");
        assertThat(option.exitCode()).as(option.toString()).isEqualTo(ExitCode.SERVER_OR_NETWORK.code());
        assertThat(option.err()).startsWith("error: cannot connect to the proxy http://***@127.0.0.1:");
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        for (CliRun.Result r : new CliRun.Result[] {variables, option, listed}) {
            assertNoPassword(r);
        }
    }

    @Test
    void picocliNeverRepeatsAProxyPasswordInItsOwnErrors() {
        CliRun.Result r = CliRun.noEnv().run("sandbox", "--proxy", "http://jane:s3cret@proxy:1");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err()).contains("'http://***@proxy:1'");
        assertNoPassword(r);
    }

    @Test
    void aPasswordWithASpaceOrAQuoteIsNotRepeatedEither() {
        for (String password : List.of("s3 cret", "s3'cret", "s3\"cr et")) {
            CliRun.Result r = CliRun.noEnv().run("sandbox", "--proxy", "http://jane:" + password + "@proxy:1");

            assertThat(r.exitCode()).as(password).isEqualTo(ExitCode.USAGE.code());
            assertThat(r.out() + r.err()).as(password).doesNotContain(password).contains("***");
        }
    }

    @Test
    void helpDescribesTheOptionAndTheVariables() {
        CliRun.Result r = CliRun.noEnv().run("restore", "--help");

        assertThat(r.out()).contains("--proxy=URL", "http://[USER:PASSWORD@]HOST:PORT", "HTTPS_PROXY", "NO_PROXY");
    }

    private static void assertNoPassword(CliRun.Result r) {
        assertThat(r.out() + r.err()).doesNotContain("s3cret").doesNotContain(SandboxAccounts.ANN_TOKEN);
    }

    private static String hostPort(LoopbackServer server) {
        return server.baseUrl().substring("http://".length(), server.baseUrl().length() - "/v1".length());
    }

    private static int deadPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort(); // closed again: nothing listens there
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put(name, value);
        return all;
    }
}
