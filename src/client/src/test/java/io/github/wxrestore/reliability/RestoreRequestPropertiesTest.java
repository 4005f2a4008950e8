package io.github.wxrestore.reliability;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.validation.InvalidRestoreRequestException;
import io.github.wxrestore.validation.RestoreRequestValidation;
import io.github.wxrestore.validation.Violation;
import io.github.wxrestore.testing.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Properties of the validation layer and the facade over generated hostile calls ({@link HostileInput}):
 * validation only ever answers with a violation report; whatever it accepts goes out as one request that is
 * valid against api-spec/ and carries exactly what the caller gave; whatever it rejects sends nothing.
 * Requests go to a real loopback server that counts them.
 */
class RestoreRequestPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LoopbackServer server;
    private static WebexRecordingsClient client;
    private static SpecCheck spec;

    @BeforeAll
    static void start() {
        server = LoopbackServer.start();
        client = WebexRecordingsClient.builder().baseUrl(server.baseUrl()).accessToken(TestClients.TOKEN)
                .attemptTimeout(Duration.ofSeconds(5)).build();
        spec = new SpecCheck();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void validationOnlyEverAnswersWithAViolationReport() {
        Property.tries(500).forAll(HostileInput.calls()).coverage("verdict", "accepted", p -> p >= 20)
                .coverage("verdict", "rejected", p -> p >= 20).check(call -> {
            var report = RestoreRequestValidation.check(call.body(), call.hostEmail());

            assertThat(report).isNotNull();
            for (Violation v : report.violations()) {
                assertThat(v.rule()).isNotBlank();
                assertThat(v.message()).isNotBlank();
                // a short rendering of the value, never a whole list or a whole pasted document
                assertThat(v.invalidValue() == null ? "" : v.invalidValue()).hasSizeLessThan(100);
            }
            Throwable thrown = catchThrowable(() -> RestoreRequestValidation.requireValid(call.body(),
                    call.hostEmail()));
            if (report.isValid()) {
                assertThat(thrown).isNull();
            } else {
                assertThat(thrown).isExactlyInstanceOf(InvalidRestoreRequestException.class);
                assertThat(((InvalidRestoreRequestException) thrown).violations()).isEqualTo(report.violations());
            }
            Property.collect("verdict", report.isValid() ? "accepted" : "rejected");
        });
    }

    @Test
    void everyAcceptedCallGoesOutOnceAsAValidRequestCarryingExactlyWhatWasGiven() {
        Property.tries(300).forAll(HostileInput.calls()).check(call -> {
            Property.assume(RestoreRequestValidation.check(call.body(), call.hostEmail()).isValid());
            int before = server.requestCount();

            Throwable thrown = catchThrowable(() -> client.restore(call.body(), call.hostEmail()));

            assertThat(thrown).as("an accepted call must be sent, not fail on the way").isNull();
            assertThat(server.requestCount()).isEqualTo(before + 1);
            LoopbackServer.Recorded sent = server.requests().get(before);
            ValidationReport report = spec.validate(sent);
            assertThat(report.getMessages()).as("against api-spec/: %s %s", sent.rawQuery(), sent.bodyText())
                    .isEmpty();
            assertCarries(JSON.readTree(sent.body()), call.body());
            if (call.hostEmail() == null) {
                assertThat(sent.rawQuery()).isNull();
            } else {
                assertThat(SpecCheck.decode(sent.rawQuery().substring("hostEmail=".length())))
                        .isEqualTo(call.hostEmail());
            }
        });
    }

    @Test
    void everyRejectedCallSendsNothing() {
        Property.tries(300).forAll(HostileInput.calls()).check(call -> {
            var report = RestoreRequestValidation.check(call.body(), call.hostEmail());
            Property.assume(!report.isValid());
            int before = server.requestCount();

            Throwable sync = catchThrowable(() -> client.restore(call.body(), call.hostEmail()));
            Throwable async = catchThrowable(() -> client.restoreAsync(call.body(), call.hostEmail()));

            assertThat(sync).isExactlyInstanceOf(InvalidRestoreRequestException.class);
            // the facade checks the copy it would send, where an absent restoreAll reads as its default (false):
            // the same rules at the same places, in words that may say "false" where check() says "absent"
            assertThat(((InvalidRestoreRequestException) sync).violations())
                    .extracting(Violation::property, Violation::rule)
                    .containsExactlyElementsOf(report.violations().stream()
                            .map(v -> tuple(v.property(), v.rule())).toList());
            assertThat(async).as("restoreAsync refuses on the calling thread")
                    .isExactlyInstanceOf(InvalidRestoreRequestException.class);
            assertThat(server.requestCount()).isEqualTo(before);
        });
    }

    @Test
    void anAcceptedHostEmailArrivesIntactAndPercentEncoded() {
        Property.tries(200).forAll(HostileInput.plausibleEmails()).check(hostEmail -> {
            RestoreRecordingsRequest body = Reliability.oneId();
            Property.assume(RestoreRequestValidation.check(body, hostEmail).isValid());
            int before = server.requestCount();

            client.restore(body, hostEmail);

            String rawQuery = server.requests().get(before).rawQuery();
            // one parameter; every character that means something in a URL, and everything non-ASCII, escaped
            assertThat(rawQuery).matches("hostEmail=[A-Za-z0-9._*~%-]*");
            assertThat(SpecCheck.decode(rawQuery.substring("hostEmail=".length()))).isEqualTo(hostEmail);
            Property.collect("has + & # % or =", hostEmail.matches(".*[+&#%=].*"));
            Property.collect("has non-ASCII", hostEmail.chars().anyMatch(c -> c > 127));
        });
    }

    // the JSON sent holds the caller's values, none lost, none changed; an absent value stays absent, except
    // restoreAll, which may go out as its documented default (false)
    private static void assertCarries(JsonNode sent, RestoreRecordingsRequest given) {
        if (given.getRestoreAll() == null) {
            assertThat(sent.path(RestoreRecordingsRequest.JSON_PROPERTY_RESTORE_ALL).asBoolean(false)).isFalse();
        } else {
            assertThat(sent.get(RestoreRecordingsRequest.JSON_PROPERTY_RESTORE_ALL).asBoolean())
                    .isEqualTo(given.getRestoreAll());
        }
        if (given.getRecordingIds() == null) {
            assertThat(sent.has(RestoreRecordingsRequest.JSON_PROPERTY_RECORDING_IDS)).isFalse();
        } else {
            List<String> ids = JSON.convertValue(sent.get(RestoreRecordingsRequest.JSON_PROPERTY_RECORDING_IDS),
                    JSON.getTypeFactory().constructCollectionType(List.class, String.class));
            assertThat(ids).containsExactlyElementsOf(given.getRecordingIds());
        }
        if (given.getSiteUrl() == null) {
            assertThat(sent.has(RestoreRecordingsRequest.JSON_PROPERTY_SITE_URL)).isFalse();
        } else {
            assertThat(sent.get(RestoreRecordingsRequest.JSON_PROPERTY_SITE_URL).asText())
                    .isEqualTo(given.getSiteUrl());
        }
    }
}
