package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxRecording;
import io.github.wxrestore.testing.ProjectFiles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listings' limits the sandbox names (a query parameter has no model class to read them from) are the ones
 * api-spec/ states: change the spec, and this test says which constant to follow.
 */
class ListingLimitsMatchTheSpecTest {

    private static OpenAPI spec;

    @BeforeAll
    static void readTheSpec() {
        spec = new OpenAPIV3Parser().read(ProjectFiles.spec().toUri().toString());
    }

    @Test
    void theAdminListingsLongestIntervalIsItsXMaxIntervalDays() {
        Object days = spec.getPaths().get("/admin/recordings").getGet().getExtensions().get("x-max-interval-days");

        assertThat(days).isEqualTo(ListingInterval.ADMIN_MAX_DAYS);
    }

    @Test
    void maxHasTheSpecsDefaultAndBounds() {
        Schema<?> max = parameter("Max");

        assertThat(max.getDefault()).isEqualTo(ListingQueryReader.DEFAULT_MAX);
        assertThat(max.getMinimum().intValueExact()).isEqualTo(ListingQueryReader.MIN_MAX);
        assertThat(max.getMaximum().intValueExact()).isEqualTo(ListingQueryReader.MAX_MAX);
    }

    @Test
    void theLengthsAreTheSpecsMaxLengths() {
        assertThat(List.of("From", "To", "Timezone")).allSatisfy(name -> assertThat(parameter(name).getMaxLength())
                .as(name).isEqualTo(ListingQueryReader.MAX_DATE_LENGTH));
        assertThat(List.of("MeetingId", "Topic", "IntegrationTag")).allSatisfy(name -> assertThat(
                parameter(name).getMaxLength()).as(name).isEqualTo(ListingQueryReader.MAX_TEXT_LENGTH));
        assertThat(parameter("HostEmail").getMaxLength()).isEqualTo(WireSyntax.MAX_EMAIL_LENGTH);
    }

    @Test
    void theEnumsAreTheSpecs() {
        assertThat(enumOf("Format")).containsExactlyElementsOf(ListingQueryReader.FORMATS);
        assertThat(enumOf("ServiceType")).containsExactlyInAnyOrderElementsOf(ListingQueryReader.SERVICE_TYPES);
        assertThat(enumOf("Status")).containsExactlyElementsOf(Arrays.stream(SandboxRecording.Status.values())
                .map(SandboxRecording.Status::wireName).toList());
        assertThat(parameter("Status").getDefault()).isEqualTo(SandboxRecording.Status.AVAILABLE.wireName());
    }

    @Test
    void theDefaultedIntervalIsTheSpecsSevenDays() {
        // stated in prose only: the From parameter's description names it
        assertThat(spec.getComponents().getParameters().get("From").getDescription())
                .contains("Default: " + ListingInterval.DEFAULT_DAYS + " days before");
    }

    private static List<String> enumOf(String name) {
        return parameter(name).getEnum().stream().map(String::valueOf).toList();
    }

    private static Schema<?> parameter(String name) {
        return spec.getComponents().getParameters().get(name).getSchema();
    }
}
