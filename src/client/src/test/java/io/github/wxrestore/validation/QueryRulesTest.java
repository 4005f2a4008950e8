package io.github.wxrestore.validation;

import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.listing.RecordingQuery.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every rule of a recording query: what it refuses, what it lets through, and where and how it says so (the
 * parameter, the rule, a message that names both and the value).
 */
class QueryRulesTest {

    private static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant NOV_8 = Instant.parse("2026-11-08T00:00:00Z");

    /** Each violation as {@code "max PageSize"}, in report order. */
    private static List<String> found(RecordingQuery.Builder query) {
        return RecordingQueryValidation.check(query.build()).violations().stream()
                .map(v -> v.property() + " " + v.rule()).toList();
    }

    private static QueryViolation only(RecordingQuery.Builder query) {
        List<QueryViolation> all = RecordingQueryValidation.check(query.build()).violations();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void theDefaultQueryAndAQueryUsingEverythingAreValid() {
        assertThat(found(RecordingQuery.builder())).isEmpty();
        assertThat(found(RecordingQuery.builder().from(NOV_1).to(NOV_8).topic("Board meeting")
                .siteUrl("example.webex.com").hostEmail("jane.doe@example.com").format("MP4")
                .serviceType("MeetingCenter").meetingId("abc").integrationTag("crm").pageSize(1).status("available")))
                .isEmpty();
        assertThat(found(RecordingQuery.builder().listing(Listing.ADMIN).from(NOV_1).to(NOV_8).format("ARF")
                .serviceType("TrainingCenter").status("purged").pageSize(100))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void aPageSizeOutsideOneToAHundredIsRefused(int size) {
        QueryViolation v = only(RecordingQuery.builder().pageSize(size));

        assertThat(v.parameter()).isEqualTo(QueryViolation.Parameter.MAX);
        assertThat(v.rule()).isEqualTo(Rules.PAGE_SIZE);
        assertThat(v.toString()).isEqualTo("max: max, the page size, must be 1 to 100; got " + size);
        assertThat(v.invalidValue()).isEqualTo(String.valueOf(size));
    }

    @Test
    void fromAfterToIsRefusedAtFromAndAnEmptyRangeIsNot() {
        QueryViolation v = only(RecordingQuery.builder().from(NOV_8).to(NOV_1));

        assertThat(v.property()).isEqualTo("from");
        assertThat(v.rule()).isEqualTo(Rules.FROM_AFTER_TO);
        assertThat(v.message()).contains("from must not be after to")
                .contains("got from 2026-11-08T00:00:00Z and to 2026-11-01T00:00:00Z");
        assertThat(found(RecordingQuery.builder().from(NOV_1).to(NOV_1))).as("from inclusive, to exclusive").isEmpty();
        assertThat(found(RecordingQuery.builder().from(NOV_8))).as("only one end").isEmpty();
        assertThat(found(RecordingQuery.builder().to(NOV_1))).isEmpty();
    }

    @Test
    void hostEmailIsForTheUserListingOnly() {
        QueryViolation v = only(RecordingQuery.builder().listing(Listing.ADMIN).hostEmail("jane.doe@example.com"));

        assertThat(v.property()).isEqualTo("hostEmail");
        assertThat(v.rule()).isEqualTo(Rules.HOST_EMAIL_ON_ADMIN_LISTING);
        assertThat(v.message()).contains("USER listing only").contains("'jane.doe@example.com'");
        assertThat(found(RecordingQuery.builder().listing(Listing.USER).hostEmail("jane.doe@example.com"))).isEmpty();
    }

    @Test
    void siteUrlAndHostEmailKeepTheRestoresRulesWithAListingsWordsForAnEmptyValue() {
        assertThat(found(RecordingQuery.builder().siteUrl("https://example.webex.com/x"))).containsExactly(
                "siteUrl SiteHost");
        assertThat(only(RecordingQuery.builder().siteUrl("https://example.webex.com")).message())
                .contains("which has a scheme. Use 'example.webex.com'");
        assertThat(only(RecordingQuery.builder().siteUrl("")).message())
                .contains("Leave siteUrl out to list every site of the user");
        assertThat(found(RecordingQuery.builder().hostEmail("jane doe@example.com"))).containsExactly(
                "hostEmail HostEmail");
        assertThat(only(RecordingQuery.builder().hostEmail("")).message())
                .contains("Leave hostEmail out to list the caller's own recordings");
        // and the restore's own words are unchanged
        assertThat(RestoreRequestValidation.check(new io.github.wxrestore.generated.model.RestoreRecordingsRequest()
                .restoreAll(true), "").violations().get(0).message()).contains("to restore the caller's own");
    }

    @Test
    void formatServiceTypeAndStatusAreAmongTheSpecsValuesSpeltExactly() {
        assertThat(found(RecordingQuery.builder().format("MOV").serviceType("Webinar").status("trash")))
                .containsExactly("format UnknownValue", "serviceType UnknownValue", "status UnknownValue");
        assertThat(only(RecordingQuery.builder().format("MOV")).message())
                .isEqualTo("format must be one of MP4, ARF; got 'MOV'");
        assertThat(only(RecordingQuery.builder().status("Deleted")).message())
                .isEqualTo("status must be one of available, deleted, purged, spelt as the spec spells them; got "
                        + "'Deleted'. Use 'deleted'");
        assertThat(only(RecordingQuery.builder().serviceType("meetingcenter")).message()).endsWith(
                "Use 'MeetingCenter'");
    }

    @Test
    void textsAreNeitherBlankNorLongerThanTheSpecAllows() {
        String longest = "t".repeat(RecordingQuery.MAX_TEXT_LENGTH);

        assertThat(found(RecordingQuery.builder().topic(longest).meetingId(longest).integrationTag(longest)))
                .isEmpty();
        assertThat(found(RecordingQuery.builder().topic(longest + "t").meetingId(" ").integrationTag("")))
                .containsExactly("meetingId TextEmpty", "integrationTag TextEmpty", "topic TextTooLong");
        assertThat(only(RecordingQuery.builder().topic("x".repeat(300))).message())
                .startsWith("topic must be at most 256 characters long; got 'xxxx").contains("(300 characters)");
        assertThat(found(RecordingQuery.builder().topic("é".repeat(RecordingQuery.MAX_TEXT_LENGTH))))
                .as("characters, not bytes").isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceInTheSpecsOrderOfParameters() {
        InvalidRecordingQueryException e = catchThrowableOfType(InvalidRecordingQueryException.class,
                () -> RecordingQueryValidation.requireValid(RecordingQuery.builder().listing(Listing.ADMIN)
                        .status("x").format("x").topic("").siteUrl("a b").hostEmail("x@example.com").to(NOV_1)
                        .from(NOV_8).pageSize(0).build()));

        assertThat(e.violations()).extracting(v -> v.property() + " " + v.rule()).containsExactly(
                "max PageSize", "from FromAfterTo", "hostEmail HostEmailOnAdminListing", "siteUrl SiteHost",
                "topic TextEmpty", "format UnknownValue", "status UnknownValue");
        assertThat(e.getMessage()).startsWith("Invalid recording query, nothing was sent (7 problems):\nmax: ");
        assertThat(e.report().describe().lines()).hasSize(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${1+1}", "{max}", "{parameter}", "\\{value\\}"})
    void anUntrustedValueIsShownVerbatim(String evil) {
        assertThat(only(RecordingQuery.builder().format(evil)).message()).endsWith("got '" + evil + "'");
        assertThat(only(RecordingQuery.builder().status(evil)).message()).endsWith("got '" + evil + "'");
    }
}
