package io.github.wxrestore.cli.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A proxy URL as admins write it, read as curl reads it, and never shown with its credentials. */
class ProxyUrlTest {

    @Test
    void hostPortAndCredentialsAreReadWithTheirPercentEscapesDecoded() {
        ProxyUrl proxy = ProxyUrl.parse(" http://jane%40corp:p%2Fss:w0rd@proxy.example.com:3128/ ", "HTTPS_PROXY");

        assertThat(proxy.host()).isEqualTo("proxy.example.com");
        assertThat(proxy.port()).isEqualTo(3128);
        assertThat(proxy.user()).isEqualTo("jane@corp");
        assertThat(proxy.password()).isEqualTo("p/ss:w0rd"); // the first colon ends the user
        assertThat(proxy.origin()).isEqualTo("HTTPS_PROXY");
        assertThat(proxy).hasToString("http://***@proxy.example.com:3128");
    }

    @Test
    void theSchemeMayBeLeftOutTheCaseIsFreeAndThePortIsEightyWhenLeftOut() {
        assertThat(ProxyUrl.parse("proxy.example.com:8080", "--proxy")).hasToString("http://proxy.example.com:8080");
        assertThat(ProxyUrl.parse("HTTP://proxy.example.com", "--proxy").port()).isEqualTo(80);
        assertThat(ProxyUrl.parse("http://[::1]:3128", "--proxy").host()).isEqualTo("::1");
        assertThat(ProxyUrl.parse("http://[::1]:3128", "--proxy")).hasToString("http://[::1]:3128");
        ProxyUrl userOnly = ProxyUrl.parse("http://jane@proxy:1", "--proxy");
        assertThat(userOnly.hasCredentials()).isTrue();
        assertThat(userOnly.password()).isEmpty();
        assertThat(ProxyUrl.parse("http://proxy:1", "--proxy").hasCredentials()).isFalse();
    }

    @Test
    void otherSchemesAreRefusedNamingTheOriginAndTheRule() {
        assertThat(message("socks5://jane:s3cret@proxy:1080", "--proxy")).isEqualTo("--proxy socks5://***@proxy:1080: "
                + "only http:// proxies are supported, not socks5:// (an https restore still travels in TLS through "
                + "an http:// proxy)");
        assertThat(message("https://proxy:443", "HTTPS_PROXY")).startsWith("HTTPS_PROXY https://proxy:443: only "
                + "http:// proxies are supported, not https://");
    }

    @Test
    void aMalformedUrlIsRefusedWithTheFormAndWithoutItsPassword() {
        assertThat(message("http://jane:pa/ss@proxy:3128", "https_proxy")).isEqualTo("https_proxy http://***@proxy:3128:"
                + " no host name, or a port that is not a number (the form is http://[USER:PASSWORD@]HOST:PORT; in a "
                + "user or password, write / # ? @ as %2F %23 %3F %40)");
        assertThat(message("http://proxy:3128/path", "--proxy")).isEqualTo("--proxy http://proxy:3128/path: a proxy "
                + "URL has no path, query or fragment (the form is http://[USER:PASSWORD@]HOST:PORT)");
        assertThat(message("http://proxy:99999", "--proxy")).contains("the port must be between 1 and 65535");
        assertThat(message("http://proxy:0", "--proxy")).contains("the port must be between 1 and 65535");
        assertThat(message("http://proxy:port", "--proxy")).contains("a port that is not a number");
        assertThat(message("http://", "--proxy")).contains("not a URL");
        assertThat(message("http://ja ne:s3cret@proxy:1", "--proxy")).contains("not a URL");
    }

    @Test
    void noMessageEverShowsThePassword() {
        for (String value : List.of("socks5://jane:s3cret@proxy:1", "http://jane:s3cret@", "http://jane:s3cret@proxy:x",
                "http://jane:s3/cret@proxy:1", "http://jane:s3#cret@proxy:1", "http://jane:s3@cret@proxy:1",
                "http://jane:s3 cret@proxy:1", "jane:s3cret@proxy:1/x")) {
            assertThat(message(value, "--proxy")).as(value).doesNotContain("s3").doesNotContain("cret");
        }
    }

    @Test
    void redactionHidesEverythingBeforeTheLastAtOfAUrlOrOfEveryUrlInASentence() {
        assertThat(ProxyUrl.redact("http://a:b@c@host:1")).isEqualTo("http://***@host:1");
        assertThat(ProxyUrl.redact("a:b@host:1")).isEqualTo("***@host:1");
        assertThat(ProxyUrl.redact("http://host:1")).isEqualTo("http://host:1");
        assertThat(ProxyUrl.redactAll("Unknown options: '--proxy', 'http://a:s3cret@h:1', 'x=jane@example.com'"))
                .isEqualTo("Unknown options: '--proxy', 'http://***@h:1', 'x=jane@example.com'");
    }

    private static String message(String value, String origin) {
        UsageProblem problem = catchThrowableOfType(UsageProblem.class, () -> ProxyUrl.parse(value, origin));
        assertThat(problem).as(value).isNotNull();
        return problem.getMessage();
    }
}
