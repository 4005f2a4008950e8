package io.github.wxrestore.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.wxrestore.sandbox.SandboxHttp.Answer;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.ProjectFiles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.github.wxrestore.sandbox.RecordedExchanges.request;
import static io.github.wxrestore.sandbox.RecordedExchanges.response;
import static io.github.wxrestore.sandbox.SandboxAccounts.ADMIN;
import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.BOB;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two listings against api-spec/: drives them through every status the spec declares for them (real
 * handling, faults and scripted replies), pages followed by their {@code Link} included, then checks the recorded
 * exchanges with swagger-request-validator: every request they accepted is valid, and every response they sent
 * is declared by the spec for that operation and status.
 */
class WebexSandboxListingConformanceTest {

    private static final String SPEC = ProjectFiles.spec().toUri().toString();
    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final String LONG_AGO = NOW.minus(Duration.ofDays(401)).toString();
    private static final String MONTH_AGO = NOW.minus(Duration.ofDays(30)).toString();
    private static final Set<String> LISTINGS = Set.of("/v1/recordings", "/v1/admin/recordings");

    private static OpenApiInteractionValidator validator;
    private static WebexSandbox sandbox;
    private static SandboxHttp http;

    @BeforeAll
    static void driveTheListingsThroughEveryStatus() {
        validator = OpenApiInteractionValidator.createForSpecificationUrl(SPEC).build();
        sandbox = WebexSandbox.builder().recordingsPerHost(150).clock(FakeTime.manualAt(NOW)).start();
        http = new SandboxHttp(sandbox);

        // 200: pages, each Link followed as given, on both listings, with every filter and a time zone
        follow(http.listing().as(ANN).query("status", "deleted", "max", "100", "from", LONG_AGO, "to",
                NOW.toString()), ANN);
        follow(http.adminListing().as(ADMIN).query("status", "deleted", "max", "7", "from", MONTH_AGO, "to",
                NOW.toString()), ADMIN);
        follow(http.adminListing().as(ADMIN).header("timezone", "America/New_York").query("status", "deleted",
                "siteUrl", EU_SITE, "max", "5", "from", "2026-11-01", "to", "2026-11-15T13:00:00+01:00"), ADMIN);
        SandboxRecording shared = sandbox.recordings(SITE, ANN).get(3);
        http.listing().as(ANN).header("timezone", "Europe/Berlin").trackingId("WXRESTORE_c1").query("status",
                "deleted", "topic", "board", "format", "MP4", "serviceType", "MeetingCenter", "siteUrl", SITE,
                "integrationTag", "none", "from", LONG_AGO, "to", NOW.toString()).send();
        http.listing().as(ANN).query("status", "deleted", "meetingId", shared.meetingId(), "from", LONG_AGO).send();
        http.adminListing().as(ADMIN).query("status", "deleted", "meetingId", shared.meetingId()).send();
        http.listing().as(ADMIN).query("hostEmail", BOB, "status", "deleted", "max", "100", "from", MONTH_AGO)
                .send();
        http.post().as(ANN).ids(shared.id()).send();
        http.listing().as(ANN).query("from", LONG_AGO, "to", NOW.toString()).send();
        http.listing().as(ANN).query("status", "purged").send();

        // the documented refusals
        http.listing().as(ANN).query("from", "2026-11-02", "to", "2026-11-01").send();                       // 400
        http.listing().as(ANN).query("from", "next tuesday").send();                                        // 400
        http.listing().as(ANN).query("max", "0", "status", "gone").send();                                  // 400
        http.listing().as(ANN).query("cursor", "garbage").send();                                           // 400
        http.adminListing().as(ADMIN).query("from", LONG_AGO, "to", NOW.toString()).send();                  // 400
        http.listing().send();                                                                             // 401
        http.adminListing().token("nope").send();                                                          // 401
        http.adminListing().as(ANN).send();                                                                // 403
        http.listing().as(ANN).query("hostEmail", BOB).send();                                              // 403
        http.listing().as(ADMIN).query("hostEmail", "nobody@example.com").send();                           // 404
        http.listing().as(BOB).query("siteUrl", SITE).send();                                               // 404
        http.request("POST").path("/v1/recordings").as(ANN).send();                                        // 405
        http.request("DELETE").path("/v1/admin/recordings").as(ADMIN).send();                              // 405

        // faults
        sandbox.replaceFaults(SandboxFaults.builder().rateLimit(1, Duration.ofMinutes(1)).build());
        http.listing().as(ANN).send();                                                                     // 200
        http.adminListing().as(ADMIN).send();                                                              // 429
        for (int status : new int[] {500, 502, 504}) {
            sandbox.replaceFaults(SandboxFaults.builder().serverErrors(status, FaultSchedule.next(1)).build());
            http.listing().as(ANN).send();
        }
        sandbox.replaceFaults(SandboxFaults.builder().serverErrors(503, FaultSchedule.next(1))
                .serverErrorRetryAfterSeconds(9).build());
        http.adminListing().as(ADMIN).send();                                                              // 503 + RA
        sandbox.replaceFaults(SandboxFaults.none());

        // scripted replies: every status the spec declares for the listings, on both, and the Retry-After variants
        for (int status : declaredStatuses()) {
            sandbox.respondNext(status);
            http.listing().as(ANN).send();
            sandbox.respondNext(status);
            http.adminListing().as(ADMIN).send();
        }
        sandbox.respondNext(ScriptedReply.status(423).retryAfterSeconds(3), ScriptedReply.status(429).retryAfter("60"),
                ScriptedReply.status(503).retryAfterSeconds(1));
        for (int i = 0; i < 3; i++) {
            http.listing().as(ANN).send();
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theTrafficCoversEveryStatusTheSpecDeclaresForTheListingsAndPagesFollowedByTheirLink() {
        TreeSet<Integer> statuses = listingTraffic().map(r -> r.response().status())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(statuses).containsExactlyElementsOf(declaredStatuses());
        // the one restore in the traffic, after which a recording is listed as available
        assertThat(sandbox.requests()).filteredOn(r -> !LISTINGS.contains(r.path())).singleElement()
                .matches(r -> r.method().equals("POST") && r.response().status() == 204);
        assertThat(sandbox.requests()).filteredOn(r -> r.query() != null && r.query().contains("cursor="))
                .hasSizeGreaterThanOrEqualTo(5).allMatch(r -> r.response().status() == 200 || r.query()
                        .equals("cursor=garbage"));
        assertThat(sandbox.requests()).filteredOn(r -> r.response().header("Link") != null).hasSizeGreaterThan(4);
    }

    @Test
    void everyListingRequestTheSandboxAnsweredWithAPageIsValidAgainstTheSpec() {
        List<RecordedRequest> accepted = listingTraffic().filter(r -> r.response().status() == 200).toList();

        assertThat(accepted).hasSizeGreaterThanOrEqualTo(20);
        for (RecordedRequest recorded : accepted) {
            ValidationReport report = validator.validateRequest(request(recorded));
            assertThat(report.getMessages()).as("request %s %s?%s", recorded.method(), recorded.path(),
                    recorded.query()).isEmpty();
        }
        assertThat(accepted).as("pages after the first, asked for by their Link's cursor")
                .anyMatch(r -> r.query().contains("&cursor="));
    }

    @Test
    void everyListingResponseTheSandboxSentIsDeclaredForItsOperationAndStatus() {
        List<RecordedRequest> all = listingTraffic().toList();

        assertThat(all).hasSizeGreaterThan(60);
        for (RecordedRequest recorded : all) {
            // every response of a path is checked as the answer of its one operation (a 405 answers a POST)
            ValidationReport report = validator.validateResponse(recorded.path(), Request.Method.GET,
                    response(recorded.response()));
            assertThat(report.getMessages()).as("%s %s?%s -> %d %s %s", recorded.method(), recorded.path(),
                    recorded.query(), recorded.response().status(), recorded.response().headers(),
                    recorded.response().body()).isEmpty();
        }
    }

    @Test
    void thePagesCarryRecordingsOfBothSchemas() {
        assertThat(listingTraffic().filter(r -> r.response().status() == 200 && r.path().equals("/v1/recordings")))
                .anyMatch(r -> r.response().body().contains("\"createTime\""))
                .noneMatch(r -> r.response().body().contains("\"hostEmail\""));
        assertThat(listingTraffic().filter(r -> r.response().status() == 200
                && r.path().equals("/v1/admin/recordings")))
                .anyMatch(r -> r.response().body().contains("\"hostDisplayName\""))
                .anyMatch(r -> r.response().body().contains("-05:00\""));
    }

    @ParameterizedTest
    @MethodSource("offContractReplies")
    void offContractRepliesStayUndeclared(ScriptedReply reply) {
        // a listing does not declare the generic table's 201, 202 and 204, nor a gateway's HTML page: the sandbox
        // sends them when scripted so that clients learn to cope, and the validator must keep calling them undeclared
        try (WebexSandbox offContract = WebexSandbox.builder().recordingsPerHost(0).start()) {
            offContract.respondNext(reply);
            Answer answer = new SandboxHttp(offContract).listing().as(ANN).send();

            RecordedRequest recorded = offContract.requests().get(0);
            ValidationReport report = validator.validateResponse(recorded.path(), Request.Method.GET,
                    response(recorded.response()));

            assertThat(answer.status()).isEqualTo(reply.statusCode());
            assertThat(report.hasErrors()).as(report.toString()).isTrue();
        }
    }

    static List<ScriptedReply> offContractReplies() {
        return List.of(ScriptedReply.status(201), ScriptedReply.status(202), ScriptedReply.status(204),
                ScriptedReply.status(502).asHtmlGatewayPage(), ScriptedReply.status(429).withoutBody());
    }

    @Test
    void aPageMissingARequiredFieldWouldBeCaught() {
        // the check above can fail: the same page without its items' createTime is not a RecordingList
        RecordedRequest.RecordedResponse page = listingTraffic()
                .filter(r -> r.response().status() == 200 && r.response().body().contains("\"createTime\""))
                .findFirst().orElseThrow().response();
        RecordedRequest.RecordedResponse broken = new RecordedRequest.RecordedResponse(200, page.headers(),
                page.body().replaceAll("\"createTime\":\"[^\"]*\",", ""));

        assertThat(validator.validateResponse("/v1/recordings", Request.Method.GET, response(broken)).hasErrors())
                .isTrue();
    }

    /** The names of a schema's own properties (none for a reference). */
    @SuppressWarnings("rawtypes") // the parser's own signature

    /** The statuses api-spec/ declares for both listings (the same list for each). */
    private static List<Integer> declaredStatuses() {
        OpenAPI spec = new OpenAPIV3Parser().read(SPEC);
        Set<String> user = spec.getPaths().get("/recordings").getGet().getResponses().keySet();
        Set<String> admin = spec.getPaths().get("/admin/recordings").getGet().getResponses().keySet();
        assertThat(admin).isEqualTo(user);
        return user.stream().map(Integer::valueOf).sorted().toList();
    }

    /**
     * The validator for this exchange: a page of the admin listing is checked without the validator's injected
     * {@code additionalProperties: false}, which it puts on each part of {@code allOf}, so that AdminRecording
     * (Recording and the host's fields) could never match; {@link #anAdminPageNamesNoPropertyItsSchemaDoesNot}
     * checks the properties instead. Every other exchange is checked strictly.
     */

    private static Stream<RecordedRequest> listingTraffic() {
        return sandbox.requests().stream().filter(r -> LISTINGS.contains(r.path()));
    }

    private static void follow(SandboxHttp.Call first, String email) {
        Answer page = first.send();
        for (int pages = 1; page.nextUrl() != null; pages++) {
            assertThat(pages).as("pages").isLessThan(20);
            page = http.follow(page.nextUrl()).as(email).send();
        }
    }
}
