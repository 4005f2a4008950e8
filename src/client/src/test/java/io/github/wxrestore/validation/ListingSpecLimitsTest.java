package io.github.wxrestore.validation;

import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.listing.RecordingQuery.Listing;
import io.github.wxrestore.model.constraints.SpecLimits;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listings' limits and values in {@link RecordingQuery} are the spec's, read at test time from api-spec/: the
 * generated low-level client carries none of them (its parameters are plain strings and integers), so this test
 * is what keeps the Java constants and the spec in step. Change one without the other and it fails.
 */
class ListingSpecLimitsTest {

    @Test
    void thePageSizeLimitsAreTheSpecsMinimumAndMaximumOfMax() {
        Schema<?> max = SpecFile.parameter("Max");

        assertThat(RecordingQuery.MIN_PAGE_SIZE).isEqualTo(max.getMinimum().intValueExact());
        assertThat(RecordingQuery.MAX_PAGE_SIZE).isEqualTo(max.getMaximum().intValueExact());
        assertThat(RecordingQuery.builder().build().pageSize()).as("the default: the largest page")
                .isEqualTo(max.getMaximum().intValueExact());
    }

    @Test
    void theAdminListingsWindowIsTheSpecsMaxIntervalDaysAndTheUserListingHasNone() {
        Object days = SpecFile.get("/admin/recordings").getExtensions().get("x-max-interval-days");

        assertThat(days).isInstanceOf(Number.class);
        assertThat(Listing.ADMIN.maxInterval()).contains(Duration.ofDays(((Number) days).longValue()));
        assertThat(Objects.requireNonNullElse(SpecFile.get("/recordings").getExtensions(), Map.of()))
                .as("the spec sets no limit on the user listing").doesNotContainKey("x-max-interval-days");
        assertThat(Listing.USER.maxInterval()).isEmpty();
    }

    @Test
    void theValuesAreTheSpecsEnumsInItsSpelling() {
        assertThat(RecordingQuery.FORMATS).isEqualTo(SpecFile.parameter("Format").getEnum());
        assertThat(RecordingQuery.SERVICE_TYPES).isEqualTo(SpecFile.parameter("ServiceType").getEnum());
        assertThat(RecordingQuery.STATUSES).isEqualTo(SpecFile.parameter("Status").getEnum());
        assertThat(RecordingQuery.STATUSES).contains(RecordingQuery.DEFAULT_STATUS);
    }

    @Test
    void theTextLimitIsTheSpecsMaxLengthOfEachText() {
        for (String text : new String[] {"Topic", "MeetingId", "IntegrationTag"}) {
            assertThat(SpecFile.parameter(text).getMaxLength()).as(text).isEqualTo(RecordingQuery.MAX_TEXT_LENGTH);
        }
    }

    @Test
    void theListingsSiteUrlHasTheRestoresLimitSoItsRuleFits() {
        assertThat(SpecFile.parameter("SiteUrl").getMaxLength()).isEqualTo(SpecLimits.siteUrlMaxLength());
        assertThat(SpecFile.parameter("SiteUrl").getPattern())
                .isEqualTo(SpecFile.requestProperty("siteUrl").getPattern());
    }
}
