package io.github.wxrestore.reliability;

import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * For any string given as a header setting: either the builder refuses it (naming the setting, nothing sent),
 * or it is printable ASCII and goes out verbatim in its header. Nothing else is possible.
 */
class HeaderValuePropertiesTest {

    private static LoopbackServer server;

    @BeforeContainer
    static void start() {
        server = LoopbackServer.start();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Provide
    Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(60),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().withCharRange(' ', '~').withChars("\r\n\t\u0000\u0085\u2028\u00e9")
                        .ofMinLength(1).ofMaxLength(30));
    }

    @Property(tries = 200)
    void aUserAgentIsRefusedAtBuildTimeOrSentVerbatim(@ForAll("headerValues") String value) {
        refusedOrSentVerbatim(HeaderSetting.USER_AGENT, value);
    }

    @Property(tries = 200)
    void aTrackingIdPrefixIsRefusedAtBuildTimeOrSentVerbatim(@ForAll("headerValues") String value) {
        refusedOrSentVerbatim(HeaderSetting.TRACKING_ID_PREFIX, value);
    }

    @Property(tries = 200)
    void anAccessTokenIsRefusedAtBuildTimeOrSentVerbatim(@ForAll("headerValues") String value) {
        refusedOrSentVerbatim(HeaderSetting.ACCESS_TOKEN, value);
    }

    private static void refusedOrSentVerbatim(HeaderSetting setting, String value) {
        boolean printableAscii = value.chars().allMatch(c -> c >= ' ' && c <= '~');
        int before = server.requestCount();

        Throwable thrown = catchThrowable(() -> setting.set(Reliability.clientFor(server.baseUrl(), new FakeTime()),
                value).build().restore(Reliability.oneId()));

        if (thrown == null) {
            assertThat(printableAscii).as("only printable ASCII is ever accepted").isTrue();
            String sent = server.requests().get(before).header(setting.header);
            switch (setting) {
                case ACCESS_TOKEN -> assertThat(sent).isEqualTo("Bearer " + value);
                case TRACKING_ID_PREFIX -> assertThat(sent).startsWith(value).hasSize(value.length() + 36);
                case USER_AGENT -> assertThat(sent).isEqualTo(value);
            }
        } else {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(setting.builderName);
            assertThat(server.requestCount()).isEqualTo(before);
        }
        Statistics.label("verdict").collect(thrown == null ? "sent" : "refused");
        Statistics.label("verdict").coverage(coverage -> {
            coverage.check("sent").percentage(p -> p >= 10);
            coverage.check("refused").percentage(p -> p >= 10);
        });
    }
}
