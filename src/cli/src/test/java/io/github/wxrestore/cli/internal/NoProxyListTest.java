package io.github.wxrestore.cli.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** NO_PROXY as curl reads it (names, suffixes, addresses, ranges, {@code *}), and ports as Go reads them. */
class NoProxyListTest {

    @Test
    void aNameMatchesItselfAndEveryNameUnderItWithOrWithoutALeadingDotInAnyCase() {
        for (String list : new String[] {"example.com", ".example.com", "*.example.com", "EXAMPLE.com."}) {
            NoProxyList noProxy = NoProxyList.parse(list);

            assertThat(noProxy.matches("example.com", 443)).as(list).isTrue();
            assertThat(noProxy.matches("api.example.com", 443)).as(list).isTrue();
            assertThat(noProxy.matches("API.Example.COM.", 443)).as(list).isTrue();
            assertThat(noProxy.matches("notexample.com", 443)).as(list).isFalse();
            assertThat(noProxy.matches("example.com.evil.net", 443)).as(list).isFalse();
        }
    }

    @Test
    void entriesAreSeparatedByCommasOrWhiteSpace() {
        NoProxyList noProxy = NoProxyList.parse(" localhost, corp.example\t.internal  webexapis.com ,");

        assertThat(noProxy.matches("localhost", 80)).isTrue();
        assertThat(noProxy.matches("wiki.corp.example", 80)).isTrue();
        assertThat(noProxy.matches("a.internal", 80)).isTrue();
        assertThat(noProxy.matches("webexapis.com", 443)).isTrue();
        assertThat(noProxy.matches("example.org", 443)).isFalse();
        assertThat(noProxy).hasToString("localhost, corp.example\t.internal  webexapis.com ,");
    }

    @Test
    void anAsteriskMatchesEveryHost() {
        assertThat(NoProxyList.parse("*").matches("webexapis.com", 443)).isTrue();
        assertThat(NoProxyList.parse("example.com,*").matches("127.0.0.1", 8765)).isTrue();
    }

    @Test
    void anAddressMatchesThatAddressOnlyAndNamesAreNeverResolved() {
        NoProxyList noProxy = NoProxyList.parse("127.0.0.1,::1");

        assertThat(noProxy.matches("127.0.0.1", 8765)).isTrue();
        assertThat(noProxy.matches("[::1]", 8765)).isTrue();
        assertThat(noProxy.matches("0:0:0:0:0:0:0:1", 8765)).isTrue();
        assertThat(noProxy.matches("127.0.0.2", 8765)).isFalse();
        assertThat(noProxy.matches("localhost", 8765)).as("not looked up").isFalse();
        assertThat(NoProxyList.parse(".0.0.1").matches("127.0.0.1", 80)).as("no suffix match of an address")
                .isFalse();
    }

    @Test
    void anAddressWithBitsIsARange() {
        NoProxyList noProxy = NoProxyList.parse("127.0.0.0/8, 10.1.0.0/16, fd00::/8");

        assertThat(noProxy.matches("127.4.5.6", 80)).isTrue();
        assertThat(noProxy.matches("10.1.200.3", 80)).isTrue();
        assertThat(noProxy.matches("10.2.0.1", 80)).isFalse();
        assertThat(noProxy.matches("[fd12:3456::1]", 443)).isTrue();
        assertThat(noProxy.matches("[fe80::1]", 443)).isFalse();
        assertThat(noProxy.matches("webexapis.com", 443)).isFalse();
    }

    @Test
    void aPortMakesAnEntryMatchThatPortOnly() {
        NoProxyList noProxy = NoProxyList.parse("127.0.0.1:8765,[::1]:9000,example.com:8443");

        assertThat(noProxy.matches("127.0.0.1", 8765)).isTrue();
        assertThat(noProxy.matches("127.0.0.1", 8766)).isFalse();
        assertThat(noProxy.matches("[::1]", 9000)).isTrue();
        assertThat(noProxy.matches("::1", 9001)).isFalse();
        assertThat(noProxy.matches("api.example.com", 8443)).isTrue();
        assertThat(noProxy.matches("api.example.com", 443)).isFalse();
    }

    @Test
    void loopbackGoesThroughTheProxyUnlessListedAndAnEmptyListMatchesNothing() {
        assertThat(NoProxyList.parse("example.com").matches("127.0.0.1", 8765)).isFalse();
        assertThat(NoProxyList.parse("example.com").matches("localhost", 8765)).isFalse();
        assertThat(NoProxyList.parse(null).isEmpty()).isTrue();
        assertThat(NoProxyList.parse("  ").matches("localhost", 80)).isFalse();
        assertThat(NoProxyList.NONE.matches("localhost", 80)).isFalse();
    }

    @Test
    void anEntryItCannotReadMatchesNothingAndSpoilsNoOther() {
        NoProxyList noProxy = NoProxyList.parse("host:port, 10.0.0.0/x, 10.0.0.0/33, [::1, example.com/8, 999.1.1.1, "
                + "localhost");

        assertThat(noProxy.matches("host", 80)).isFalse();
        assertThat(noProxy.matches("10.0.0.1", 80)).isFalse();
        assertThat(noProxy.matches("example.com", 80)).isFalse();
        assertThat(noProxy.matches("localhost", 80)).isTrue();
    }
}
