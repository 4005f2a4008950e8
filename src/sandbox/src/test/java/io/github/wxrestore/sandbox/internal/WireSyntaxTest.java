package io.github.wxrestore.sandbox.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's own syntax checks of what arrives on the wire. */
class WireSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"example.webex.com", "EXAMPLE-eu.webex.com", "a1.b2"})
    void siteHosts(String site) {
        assertThat(WireSyntax.isSiteHost(site)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example", "https://example.webex.com", "example.webex.com:443",
            "example.webex.com/", "-x.webex.com", "ex ample.webex.com", "example..webex.com"})
    void notSiteHosts(String site) {
        assertThat(WireSyntax.isSiteHost(site)).isFalse();
    }

    @Test
    void aSiteHostIsAtMost253Characters() {
        String label = "a".repeat(60);
        String longest = String.join(".", label, label, label, label, "webex.com");
        String tooLong = String.join(".", label, label, label, label, "webexx.com");

        assertThat(longest).hasSize(253);
        assertThat(WireSyntax.isSiteHost(longest)).isTrue();
        assertThat(WireSyntax.isSiteHost(tooLong)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.com", "ann+ops@mail.example.co.uk"})
    void emails(String email) {
        assertThat(WireSyntax.isEmail(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ann", "ann@", "@example.com", "ann@example", "ann@@example.com", "ann ops@example.com"})
    void notEmails(String email) {
        assertThat(WireSyntax.isEmail(email)).isFalse();
    }

    @Test
    void quotedValuesAreCutAndEscaped() {
        assertThat(WireSyntax.quote("a\nb")).isEqualTo("'a\\u000ab'");
        assertThat(WireSyntax.quote("x".repeat(100))).isEqualTo("'" + "x".repeat(80) + "...'");
    }
}
