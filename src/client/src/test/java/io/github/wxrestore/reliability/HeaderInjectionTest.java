package io.github.wxrestore.reliability;

import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.WebexClientException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Values that end up in request headers (the access token, the TrackingID prefix, the User-Agent) can never
 * split a header: CR, LF and the other characters that could end or hide in a header line are refused when the
 * client is built, the message naming the setting and never echoing the token; a token supplier's bad value is
 * refused before anything is sent.
 */
class HeaderInjectionTest {

    /** Characters that could end a header line or hide in one. */
    static final Map<String, String> BAD_CHARACTERS = badCharacters();

    private static final String VALUE = "Value-" + TestClients.TOKEN;

    private static LoopbackServer server;

    @BeforeAll
    static void start() {
        server = LoopbackServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> settingsTimesCharactersTimesPlaces() {
        return Stream.of(HeaderSetting.values()).flatMap(setting -> BAD_CHARACTERS.entrySet().stream()
                .flatMap(bad -> Stream.of("start", "middle", "end").map(place -> Arguments.of(setting, bad.getKey(),
                        place, switch (place) {
                            case "start" -> bad.getValue() + VALUE;
                            case "middle" -> VALUE.substring(0, 10) + bad.getValue() + VALUE.substring(10);
                            default -> VALUE + bad.getValue();
                        }))));
    }

    @ParameterizedTest(name = "{0} with {1} at the {2}")
    @MethodSource("settingsTimesCharactersTimesPlaces")
    void aHeaderSettingThatCouldBreakTheHeaderIsRefusedAtBuildTime(HeaderSetting setting, String character,
                                                                   String place, String value) {
        WebexRecordingsClient.Builder builder = setting.set(TestClients.clientFor(server.baseUrl(), new FakeTime()),
                value);

        Throwable thrown = catchThrowable(builder::build);

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(setting.builderName);
        if (setting == HeaderSetting.ACCESS_TOKEN) {
            assertThat(Reliability.fullText(thrown)).doesNotContain(TestClients.TOKEN);
        }
    }

    @ParameterizedTest(name = "token supplier with {0}")
    @MethodSource("badCharacterNames")
    void aTokenSupplierValueThatCouldBreakTheHeaderIsRefusedBeforeAnythingIsSent(String character) {
        String bad = VALUE + BAD_CHARACTERS.get(character);
        int before = server.requestCount();
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), new FakeTime())
                .accessToken(() -> bad).build();

        Throwable thrown = catchThrowable(() -> client.restore(Reliability.oneId()));

        assertThat(thrown).isExactlyInstanceOf(WebexClientException.class)
                .hasMessageContaining("accessToken supplier returned an unusable token");
        assertThat(Reliability.fullText(thrown)).doesNotContain(TestClients.TOKEN);
        assertThat(server.requestCount()).isEqualTo(before);
    }

    static Stream<String> badCharacterNames() {
        return BAD_CHARACTERS.keySet().stream();
    }

    private static Map<String, String> badCharacters() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("CR", "\r");
        bad.put("LF", "\n");
        bad.put("CRLF and a header", "\r\nX-Injected: yes");
        bad.put("NUL", "\u0000");
        bad.put("TAB", "\t");
        bad.put("DEL", "\u007f");
        bad.put("NEL U+0085", "\u0085");
        bad.put("LINE SEPARATOR U+2028", "\u2028");
        bad.put("e-acute U+00E9", "\u00e9");
        return bad;
    }
}
