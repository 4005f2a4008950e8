package io.github.wxrestore.cli.internal;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Which proxy a run's base URL goes through: --proxy, then the variables as curl reads them, less NO_PROXY. */
class ProxySettingsTest {

    private static final String WEBEX = "https://webexapis.com/v1";
    private static final String LOOPBACK = "http://127.0.0.1:8765/v1";

    private static ProxyRoute route(String option, String baseUrl, String... variables) {
        return route(option, baseUrl, false, variables);
    }

    private static ProxyRoute route(String option, String baseUrl, boolean sandbox, String... variables) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            env.put(variables[i], variables[i + 1]);
        }
        return ProxySettings.of(option, env).route(baseUrl, sandbox);
    }

    @Test
    void anHttpsBaseUrlReadsHttpsProxyLowerCaseFirstAndNeverHttpProxy() {
        assertThat(route(null, WEBEX, "HTTPS_PROXY", "http://upper:3128")).hasToString("http://upper:3128 (from "
                + "HTTPS_PROXY)");
        assertThat(route(null, WEBEX, "HTTPS_PROXY", "http://upper:3128", "https_proxy", "http://lower:3128"))
                .hasToString("http://lower:3128 (from https_proxy)");
        assertThat(route(null, WEBEX, "HTTPS_PROXY", "http://upper:3128", "https_proxy", " "))
                .as("an empty variable counts as unset").hasToString("http://upper:3128 (from HTTPS_PROXY)");
        assertThat(route(null, WEBEX, "http_proxy", "http://plain:3128", "HTTP_PROXY", "http://plain:3128").proxy())
                .isEmpty();
    }

    @Test
    void anHttpBaseUrlReadsHttpProxyInEitherCaseLowerCaseFirst() {
        assertThat(route(null, LOOPBACK, "HTTP_PROXY", "http://upper:3128", "HTTPS_PROXY", "http://tls:3128"))
                .hasToString("http://upper:3128 (from HTTP_PROXY)");
        assertThat(route(null, LOOPBACK, "HTTP_PROXY", "http://upper:3128", "http_proxy", "http://lower:3128"))
                .hasToString("http://lower:3128 (from http_proxy)");
    }

    @Test
    void theOptionWinsOverTheVariablesAndAnEmptyOptionMeansNoProxyAtAll() {
        assertThat(route("http://jane:s3cret@option:8080", WEBEX, "HTTPS_PROXY", "http://variable:3128"))
                .hasToString("http://***@option:8080 (from --proxy)");
        ProxyRoute none = route("", WEBEX, "HTTPS_PROXY", "http://variable:3128");
        assertThat(none.proxy()).isEmpty();
        assertThat(none).hasToString("none (--proxy '')");
        assertThat(none.httpClientBuilder().build().proxy()).hasValue(HttpClient.Builder.NO_PROXY);
    }

    @Test
    void noProxyGoesAroundWhicheverProxyWasChosenLowerCaseFirst() {
        assertThat(route(null, WEBEX, "HTTPS_PROXY", "http://p:1", "NO_PROXY", ".webexapis.com"))
                .hasToString("none (webexapis.com is in NO_PROXY)");
        assertThat(route("http://p:1", LOOPBACK, "no_proxy", "127.0.0.1", "NO_PROXY", "elsewhere"))
                .hasToString("none (127.0.0.1 is in no_proxy)");
        assertThat(route("http://p:1", LOOPBACK, "NO_PROXY", "127.0.0.1:9999").proxy()).isPresent();
        ProxyRoute around = route(null, WEBEX, "HTTPS_PROXY", "http://p:1", "NO_PROXY", "*");
        assertThat(around.httpClientBuilder().build().proxy()).hasValue(HttpClient.Builder.NO_PROXY);
    }

    @Test
    void loopbackGoesThroughTheProxyUnlessNoProxyListsIt() {
        assertThat(route(null, LOOPBACK, "http_proxy", "http://p:1").proxy()).isPresent();
        assertThat(route(null, "https://localhost:8443/v1", "https_proxy", "http://p:1").proxy()).isPresent();
    }

    @Test
    void theEmbeddedSandboxIgnoresTheVariablesButNotTheOption() {
        assertThat(route(null, LOOPBACK, true, "http_proxy", "http://p:1", "HTTPS_PROXY", "http://p:1"))
                .hasToString("none");
        assertThat(route(null, LOOPBACK, true, "http_proxy", "socks5://not-even-read:1").proxy()).isEmpty();
        assertThat(route("http://p:1", LOOPBACK, true)).hasToString("http://p:1 (from --proxy)");
        assertThat(route("http://p:1", LOOPBACK, true, "NO_PROXY", "127.0.0.1").proxy()).isEmpty();
    }

    @Test
    void withNothingSetTheJvmsOwnSettingsDecideAsBefore() {
        ProxyRoute none = route(null, WEBEX);

        assertThat(none.proxy()).isEmpty();
        assertThat(none).hasToString(System.getProperty("https.proxyHost") == null ? "none"
                : "the JVM's own (-Dhttps.proxyHost=" + System.getProperty("https.proxyHost") + ")");
        assertThat(none.httpClientBuilder().build().proxy()).isEqualTo(HttpClient.newHttpClient().proxy());
    }

    @Test
    void aProxyIsTheSelectorOfTheHttpClientForEveryUriWithItsCredentialsSentOnEveryRequest() {
        HttpClient plain = route(null, WEBEX, "HTTPS_PROXY", "http://proxy.example.com:3128")
                .httpClientBuilder().build();
        HttpClient authorizing = route(null, WEBEX, "HTTPS_PROXY", "http://jane:s3cret@proxy.example.com:3128")
                .httpClientBuilder().build();

        for (HttpClient client : List.of(plain, authorizing)) {
            List<Proxy> chosen = client.proxy().orElseThrow().select(URI.create(WEBEX + "/recordings/restore"));
            assertThat(chosen).singleElement().satisfies(p -> {
                assertThat(p.type()).isEqualTo(Proxy.Type.HTTP);
                InetSocketAddress address = (InetSocketAddress) p.address();
                assertThat(address.getHostString()).isEqualTo("proxy.example.com");
                assertThat(address.getPort()).isEqualTo(3128);
                assertThat(address.isUnresolved()).as("looked up by the HttpClient, per connection").isTrue();
            });
            assertThat(client.authenticator()).as("no Authenticator: it would turn a bare 401 into an IOException")
                    .isEmpty();
        }
        assertThat(plain).isNotInstanceOf(ProxyAuthorizingHttpClient.class);
        assertThat(authorizing).isInstanceOf(ProxyAuthorizingHttpClient.class);
        assertThat(authorizing.toString()).doesNotContain("s3cret").doesNotContain("amFuZTpzM2NyZXQ=");
        assertThat(System.getProperty(ProxyRoute.TUNNELING_DISABLED_SCHEMES)).as("Basic allowed on CONNECT")
                .isNotNull().doesNotContainIgnoringCase("basic");
    }

    @Test
    void aBadVariableIsRefusedNamingItWhenTheBaseUrlWouldUseIt() {
        UsageProblem problem = catchThrowableOfType(UsageProblem.class, () -> route(null, WEBEX,
                "HTTPS_PROXY", "socks5://jane:s3cret@proxy:1080"));

        assertThat(problem.getMessage()).startsWith("HTTPS_PROXY socks5://***@proxy:1080: only http:// proxies")
                .doesNotContain("s3cret");
        assertThat(route(null, WEBEX, "http_proxy", "socks5://proxy:1080").proxy()).as("not read for https")
                .isEmpty();
        assertThat(catchThrowableOfType(UsageProblem.class, () -> ProxySettings.of("ftp://proxy:21", Map.of())))
                .hasMessageStartingWith("--proxy ftp://proxy:21: only http:// proxies are supported");
    }

    @Test
    void neitherTheSettingsNorTheRouteShowCredentials() {
        ProxySettings settings = ProxySettings.of("http://jane:s3cret@proxy:1", Map.of("HTTPS_PROXY",
                "http://bob:hunter2@other:2"));

        assertThat(settings.toString()).doesNotContain("s3cret").doesNotContain("hunter2").doesNotContain("jane");
        assertThat(settings.route(WEBEX, false).toString()).isEqualTo("http://***@proxy:1 (from --proxy)");
    }
}
