package io.github.wxrestore.reliability;

import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.Generators;
import io.github.wxrestore.testing.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The token never travels in clear text off this machine: for any base URL, the builder either refuses it or
 * it is https, or plain http to a host that is loopback by its very text ({@code localhost}, a 127.0.0.0/8 or
 * ::1 literal). Disguised addresses (decimal, hex, short or octal forms, look-alike names, credentials) are
 * refused, not resolved. Plain http to real loopback servers does work.
 */
class PlainHttpRefusedTest {

    static Gen<String> baseUrls() {
        Gen<String> scheme = Generators.of("http://", "HTTP://", "Http://", "https://", "ftp://", "");
        Gen<String> host = Generators.oneOf(
                Generators.of("webexapis.com", "api-usgov.webex.com", "localhost", "LOCALHOST", "localhost.",
                        "localhost.example.com", "127.0.0.1.nip.io", "example.localhost", "127.0.0.1", "127.1.2.3",
                        "127.255.255.254", "128.0.0.1", "10.0.0.1", "192.168.1.10", "0.0.0.0", "169.254.169.254",
                        "2130706433", "0x7f000001", "0x7f.0.0.1", "0177.0.0.1", "127.1", "017700000001", "[::1]",
                        "[0:0:0:0:0:0:0:1]", "[::2]", "[fe80::1]", "[::ffff:127.0.0.1]", "[::ffff:10.0.0.1]",
                        "user:pw@localhost", "localhost@webexapis.com", "webexapis.com#@localhost"),
                Generators.lists(Generate.range(0, 255), 4, 4)
                        .map(octets -> octets.stream().map(String::valueOf).reduce((a, b) -> a + "." + b)
                                .orElseThrow()));
        Gen<String> port = Generators.of("", ":80", ":443", ":8080", ":65535");
        Gen<String> path = Generators.of("", "/", "/v1", "/v1/", "/gateway/v1");
        return scheme.zip(host, port, path, (s, h, p, rest) -> s + h + p + rest);
    }

    @Test
    void anAcceptedBaseUrlIsHttpsOrPlainHttpToLoopback() {
        Property.tries(400).forAll(baseUrls()).coverage("verdict", "accepted http", p -> p > 2)
                .coverage("verdict", "refused", p -> p > 20).check(url -> {
            Throwable thrown = catchThrowable(() -> WebexRecordingsClient.builder().accessToken(TestClients.TOKEN)
                    .baseUrl(url).build());

            if (thrown == null) {
                URI uri = URI.create(url.strip());
                String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                assertThat(scheme).isIn("https", "http");
                if (scheme.equals("http")) {
                    assertThat(isLoopbackByItsText(uri.getHost())).as("plain http to %s", uri.getHost()).isTrue();
                }
                assertThat(uri.getRawUserInfo()).as("credentials in the URL").isNull();
            } else {
                assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
            }
            Property.collect("verdict", thrown == null ? "accepted " + URI.create(url).getScheme()
                    .toLowerCase(Locale.ROOT) : "refused");
        });
    }

    @Test
    void plainHttpToARealLoopbackServerWorks() {
        Property.tries(50).forAll(loopbackHosts()).check(host -> {
            try (LoopbackServer server = LoopbackServer.start()) {
                String url = server.baseUrl().replace("127.0.0.1", host);

                WebexRecordingsClient.builder().baseUrl(url).accessToken(TestClients.TOKEN).build()
                        .restore(Reliability.oneId());

                assertThat(server.requestCount()).isEqualTo(1);
            }
        });
    }

    static Gen<String> loopbackHosts() {
        return Generators.of("127.0.0.1", "localhost", "LocalHost");
    }

    // localhost, or an address literal (never a name to resolve) of the loopback range
    private static boolean isLoopbackByItsText(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("[");
        try {
            return literal && InetAddress.getByName(host.replaceAll("[\\[\\]]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
