package io.github.wxrestore.spec;

import io.github.wxrestore.testing.ProjectFiles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * api-spec/ says what the Webex documentation says: every documented status, the Retry-After headers, the
 * error body, the limits and the security. The lists here are copied from the documentation page, not from
 * the spec, so a status dropped from the spec fails this test.
 */
class SpecDeclaresDocumentationTest {

    /** Response codes of the documentation page, "Response Codes" table. */
    private static final List<String> DOCUMENTED_STATUSES = List.of(
            "200", "201", "202", "204", "400", "401", "403", "404", "405", "409", "410", "415", "423", "428",
            "429", "500", "502", "503", "504");

    private static OpenAPI spec;
    private static Operation restore;

    @BeforeAll
    static void load() {
        spec = SpecEvolutionGuard.load(ProjectFiles.spec());
        restore = spec.getPaths().get("/recordings/restore").getPost();
    }

    @Test
    void declaresExactlyTheDocumentedStatuses() {
        assertThat(restore.getResponses().keySet()).containsExactlyInAnyOrderElementsOf(DOCUMENTED_STATUSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"400", "401", "403", "404", "405", "409", "410", "415", "423", "428", "429", "500",
            "502", "503", "504"})
    void everyErrorHasTheWebexErrorBodyAnExampleAndTrackingId(String status) {
        ApiResponse response = restore.getResponses().get(status);
        var json = response.getContent().get("application/json");
        Schema<?> schema = json.getSchema();
        assertThat(schema.getProperties().keySet()).containsExactlyInAnyOrder("message", "errors", "trackingId");
        assertThat(json.getExample()).as("example for %s", status).isNotNull();
        assertThat(response.getHeaders()).containsKey("TrackingID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"423", "429", "503"})
    void retryAfterIsDeclaredWhereTheServerMaySendIt(String status) {
        assertThat(restore.getResponses().get(status).getHeaders()).containsKey("Retry-After");
    }

    @Test
    void theSpecNamesTheProjectsLicence() throws Exception {
        assertThat(spec.getInfo().getLicense().getName()).isEqualTo("Apache-2.0");
        Path licence = ProjectFiles.at("LICENSE");
        assertThat(Files.readString(licence)).contains("Apache License", "Version 2.0, January 2004");
    }

    @Test
    void successIsNoContent() {
        assertThat(restore.getResponses().get("204").getContent()).isNullOrEmpty();
    }

    @Test
    void requestSchemaCarriesTheDocumentedFieldsAndLimit() {
        Schema<?> body = spec.getComponents().getSchemas().get("RestoreRecordingsRequest");
        @SuppressWarnings("rawtypes") // swagger-core's own signature
        Map<String, Schema> properties = body.getProperties();
        assertThat(properties.keySet()).containsExactlyInAnyOrder("restoreAll", "recordingIds", "siteUrl");
        assertThat(properties.get("restoreAll").getDefault()).isEqualTo(false);
        assertThat(properties.get("recordingIds").getMaxItems()).isEqualTo(100);
        assertThat(properties.get("recordingIds").getUniqueItems())
                .as("uniqueItems would make the generated type a Set and hide duplicates from validation")
                .isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void hostEmailIsAnOptionalEmailQueryParameter() {
        Parameter hostEmail = restore.getParameters().stream()
                .filter(p -> "hostEmail".equals(p.getName())).findFirst().orElseThrow();
        assertThat(hostEmail.getIn()).isEqualTo("query");
        assertThat(hostEmail.getRequired()).isNotEqualTo(Boolean.TRUE);
        // idn-email: the email format that admits internationalised (RFC 6531) addresses
        assertThat(hostEmail.getSchema().getFormat()).isEqualTo("idn-email");
        assertThat(hostEmail.getSchema().getPattern()).isNotBlank();
        assertThat(hostEmail.getExample()).isNotNull();
    }

    @Test
    void serversAndBearerSecurityAreDeclared() {
        assertThat(spec.getServers()).extracting(s -> s.getUrl())
                .containsExactly("https://webexapis.com/v1", "https://api-usgov.webex.com/v1");
        assertThat(restore.getSecurity()).anySatisfy(req -> assertThat(req).containsKey("bearerAuth"));
        assertThat(spec.getComponents().getSecuritySchemes().get("bearerAuth").getScheme()).isEqualTo("bearer");
        assertThat(restore.getOperationId()).isEqualTo("bulkRestoreRecordings");
    }

    /** The listings' statuses as upstream lists them: 200 and the generic table's errors. */
    private static final List<String> LISTING_STATUSES = List.of(
            "200", "400", "401", "403", "404", "405", "409", "410", "415", "423", "428", "429", "500", "502", "503",
            "504");

    private static Operation listing(String path) {
        return spec.getPaths().get(path).getGet();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/recordings", "/admin/recordings"})
    void eachListingDeclaresItsStatusesWithTheErrorBodyRetryAfterAndPaging(String path) {
        Operation listing = listing(path);

        assertThat(listing.getResponses().keySet()).containsExactlyInAnyOrderElementsOf(LISTING_STATUSES);
        for (String status : LISTING_STATUSES.subList(1, LISTING_STATUSES.size())) {
            assertThat(listing.getResponses().get(status).getContent().get("application/json").getSchema()
                    .getProperties()).as(path + " " + status).containsKeys("message", "errors", "trackingId");
        }
        for (String status : List.of("423", "429", "503")) {
            assertThat(listing.getResponses().get(status).getHeaders()).containsKey("Retry-After");
        }
        assertThat(listing.getResponses().get("200").getHeaders()).containsKeys("Link", "TrackingID");
        assertThat(listing.getSecurity()).anySatisfy(req -> assertThat(req).containsKey("bearerAuth"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/recordings", "/admin/recordings"})
    void eachListingTakesTheFiltersARecycleBinSearchNeeds(String path) {
        Map<String, Parameter> parameters = new java.util.HashMap<>();
        listing(path).getParameters().forEach(p -> parameters.put(p.getName(), p));

        assertThat(parameters).containsKeys("status", "from", "to", "max", "siteUrl", "topic", "format",
                "serviceType", "meetingId", "timezone", "cursor");
        assertThat(parameters.get("max").getSchema().getMinimum()).isEqualByComparingTo("1");
        assertThat(parameters.get("max").getSchema().getMaximum()).isEqualByComparingTo("100");
        assertThat(parameters.get("status").getSchema().getEnum()).contains("deleted");
        assertThat(parameters.get("timezone").getIn()).isEqualTo("header");
        assertThat(parameters.get("from").getDescription()).contains("inclusive").contains("Not after `to`");
        assertThat(parameters.get("to").getDescription()).contains("exclusive");
        assertThat(parameters.values()).allSatisfy(p -> assertThat(p.getRequired()).isNotEqualTo(Boolean.TRUE));
    }

    @Test
    void onlyTheUserListingTakesHostEmailAndOnlyTheAdminListingHasAThirtyDayWindow() {
        assertThat(listing("/recordings").getParameters()).extracting(Parameter::getName).contains("hostEmail");
        assertThat(listing("/admin/recordings").getParameters()).extracting(Parameter::getName)
                .doesNotContain("hostEmail");
        assertThat(listing("/admin/recordings").getExtensions()).containsEntry("x-max-interval-days", 30);
        assertThat(listing("/recordings").getExtensions()).isNullOrEmpty();
        assertThat(listing("/admin/recordings").getDescription()).contains("at most 30", "days");
    }

    @Test
    void aRecordingCarriesWhatFindingAndRestoringNeedAndTheAdminListingNamesItsHost() {
        Schema<?> recording = spec.getComponents().getSchemas().get("Recording");
        Schema<?> adminRecording = spec.getComponents().getSchemas().get("AdminRecording");

        assertThat(recording.getRequired()).contains("id", "topic", "createTime", "timeRecorded", "siteUrl",
                "format", "serviceType", "durationSeconds", "sizeBytes", "status");
        assertThat(recording.getProperties().get("createTime").getFormat()).isEqualTo("date-time");
        // values Webex may add later must not break a client: strings, their known values in the description
        assertThat(recording.getProperties().get("format").getEnum()).isNullOrEmpty();
        assertThat(adminRecording.getRequired()).contains("hostEmail", "hostDisplayName")
                .containsAll(recording.getRequired());
        assertThat(adminRecording.getProperties().keySet()).as("written out, the two must not drift apart")
                .isEqualTo(recording.getProperties().keySet());
    }
}
