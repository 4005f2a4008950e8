package io.github.wxrestore.reliability;

import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.Generators;
import io.github.wxrestore.testing.Generators.Alphabet;
import io.github.wxrestore.testing.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * For any string given as a header setting: either the builder refuses it (naming the setting, nothing sent),
 * or it is printable ASCII and goes out verbatim in its header. Nothing else is possible.
 */
class HeaderValuePropertiesTest {

    private static LoopbackServer server;

    @BeforeAll
    static void start() {
        server = LoopbackServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Gen<String> headerValues() {
        return Generators.oneOf(
                Alphabet.range(' ', '~').strings(1, 60),
                Alphabet.anyChar().strings(1, 30),
                Alphabet.range(' ', '~').and("\r\n\t\u0000\u0085\u2028\u00e9").strings(1, 30));
    }

    @Test
    void aUserAgentIsRefusedAtBuildTimeOrSentVerbatim() {
        headerValueProperty().check(value -> refusedOrSentVerbatim(HeaderSetting.USER_AGENT, value));
    }

    @Test
    void aTrackingIdPrefixIsRefusedAtBuildTimeOrSentVerbatim() {
        headerValueProperty().check(value -> refusedOrSentVerbatim(HeaderSetting.TRACKING_ID_PREFIX, value));
    }

    @Test
    void anAccessTokenIsRefusedAtBuildTimeOrSentVerbatim() {
        headerValueProperty().check(value -> refusedOrSentVerbatim(HeaderSetting.ACCESS_TOKEN, value));
    }

    // 200 tries of header values; at least 10 % of them sent and at least 10 % refused
    private static Property<String> headerValueProperty() {
        return Property.tries(200).forAll(headerValues()).coverage("verdict", "sent", p -> p >= 10)
                .coverage("verdict", "refused", p -> p >= 10);
    }

    private static void refusedOrSentVerbatim(HeaderSetting setting, String value) {
        boolean printableAscii = value.chars().allMatch(c -> c >= ' ' && c <= '~');
        int before = server.requestCount();

        Throwable thrown = catchThrowable(() -> setting.set(TestClients.clientFor(server.baseUrl(), new FakeTime()),
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
        Property.collect("verdict", thrown == null ? "sent" : "refused");
    }
}
