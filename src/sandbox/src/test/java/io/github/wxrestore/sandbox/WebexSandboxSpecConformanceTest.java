package io.github.wxrestore.sandbox;

import io.github.wxrestore.testing.ProjectFiles;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static io.github.wxrestore.sandbox.RecordedExchanges.request;
import static io.github.wxrestore.sandbox.RecordedExchanges.response;
import static io.github.wxrestore.sandbox.SandboxAccounts.ADMIN;
import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.BOB;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox against api-spec/: drives it through every status it can send (real handling, faults and scripted
 * replies), then checks the recorded exchanges with swagger-request-validator: every request it accepted is
 * valid, and every response it sent is declared by the spec for that status. The listings have their own
 * traffic: {@link WebexSandboxListingConformanceTest}.
 */
class WebexSandboxSpecConformanceTest {

    private static final String SPEC = ProjectFiles.spec().toString();

    private static OpenApiInteractionValidator validator;
    private static WebexSandbox sandbox;
    private static SandboxHttp http;

    @BeforeAll
    static void driveTheSandboxThroughEveryStatus() {
        validator = OpenApiInteractionValidator.createForSpecificationUrl(Path.of(SPEC).toUri().toString()).build();
        sandbox = WebexSandbox.builder().recordingsPerHost(30).start();
        http = new SandboxHttp(sandbox);
        List<String> anns = new ArrayList<>(sandbox.seededIds(ANN, 30));

        // the documented behaviour
        http.post().as(ANN).trackingId("WXRESTORE_1").ids(anns.remove(0), anns.remove(0)).send();         // 204
        http.post().as(ADMIN).hostEmail(BOB).body("{\"restoreAll\":false,\"recordingIds\":[\""
                + sandbox.seededIds(BOB, 1).get(0) + "\"],\"siteUrl\":\"" + EU_SITE + "\"}").send();    // 204
        http.post().as(ADMIN).body("{\"restoreAll\":true}").send();                                        // 204
        http.post().as(ANN).body("{\"restoreAll\":true,\"recordingIds\":[\"a\"]}").send();                 // 400
        http.post().as(ANN).body("{\"recordingIds\":[").send();                                            // 400
        http.post().ids(anns.get(0)).send();                                                               // 401
        http.post().as(ANN).hostEmail(BOB).body("{\"restoreAll\":true}").send();                         // 403
        http.post().as(ANN).ids("unknown").send();                                                         // 404
        http.request("GET").as(ANN).send();                                                                // 405
        http.post().as(ANN).contentType("text/plain").ids(anns.get(0)).send();                             // 415

        // faults
        String locked = anns.remove(0);
        sandbox.replaceFaults(SandboxFaults.builder().lockedIds(locked).build());
        http.post().as(ANN).ids(locked).send();                                                            // 423
        sandbox.replaceFaults(SandboxFaults.builder().lockedIds(locked).lockRetryAfterSeconds(4).build());
        http.post().as(ANN).ids(locked).send();                                                            // 423 + RA
        sandbox.replaceFaults(SandboxFaults.builder().rateLimit(1, Duration.ofMinutes(1)).build());
        http.post().as(ANN).ids(anns.remove(0)).send();                                                    // 204
        http.post().as(ANN).ids(anns.get(0)).send();                                                      // 429
        sandbox.replaceFaults(SandboxFaults.builder().rateLimit(1, Duration.ofMinutes(1)).malformedRetryAfter()
                .build());
        http.post().as(ANN).ids(anns.remove(0)).send();                                                    // 204
        http.post().as(ANN).ids(anns.get(0)).send();                                                      // 429 garbage RA
        for (int status : new int[] {500, 502, 504}) {
            sandbox.replaceFaults(SandboxFaults.builder().serverErrors(status, FaultSchedule.next(1)).build());
            http.post().as(ANN).ids(anns.get(0)).send();
        }
        sandbox.replaceFaults(SandboxFaults.builder().serverErrors(503, FaultSchedule.next(1))
                .serverErrorRetryAfterSeconds(9).build());
        http.post().as(ANN).ids(anns.get(0)).send();                                                      // 503 + RA
        for (int status : new int[] {200, 201, 202}) {
            sandbox.replaceFaults(SandboxFaults.builder().successStatus(status).build());
            http.post().as(ANN).ids(anns.remove(0)).send();
        }
        sandbox.replaceFaults(SandboxFaults.none());

        // scripted replies: every documented status, and the variants provider states use
        for (int status : ScriptedReply.DOCUMENTED_STATUSES) {
            sandbox.respondNext(status);
            http.post().as(ANN).ids(anns.get(0)).send();
        }
        sandbox.respondNext(ScriptedReply.status(423).retryAfterSeconds(3), ScriptedReply.status(429).retryAfter("60"),
                ScriptedReply.status(503).retryAfterSeconds(1));
        for (int i = 0; i < 3; i++) {
            http.post().as(ANN).ids(anns.get(0)).send();
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theTrafficCoversEveryDocumentedStatus() {
        TreeSet<Integer> statuses = new TreeSet<>();
        sandbox.requests().forEach(r -> statuses.add(r.response().status()));

        assertThat(statuses).containsExactlyElementsOf(ScriptedReply.DOCUMENTED_STATUSES);
        assertThat(sandbox.requests()).filteredOn(r -> r.response().status() == 423)
                .extracting(r -> r.response().header("Retry-After")).contains(null, "4", "3");
    }

    @Test
    void everyRequestTheSandboxAcceptedIsValidAgainstTheSpec() {
        List<RecordedRequest> accepted = sandbox.requests().stream()
                .filter(r -> r.response().status() < 300).toList();

        assertThat(accepted).hasSizeGreaterThanOrEqualTo(10);
        for (RecordedRequest recorded : accepted) {
            ValidationReport report = validator.validateRequest(request(recorded));
            assertThat(report.getMessages()).as("request %s %s?%s %s", recorded.method(), recorded.path(),
                    recorded.query(), recorded.body()).isEmpty();
        }
    }

    @Test
    void everyResponseTheSandboxSentIsDeclaredForItsStatus() {
        List<RecordedRequest> all = sandbox.requests();

        assertThat(all).hasSizeGreaterThan(40);
        for (RecordedRequest recorded : all) {
            // every response of the path is checked as the answer of its one operation (a 405 answers a GET)
            ValidationReport report = validator.validateResponse(recorded.path(), Request.Method.POST,
                    response(recorded.response()));
            assertThat(report.getMessages()).as("%s %s -> %d %s %s", recorded.method(), recorded.body(),
                    recorded.response().status(), recorded.response().headers(), recorded.response().body())
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("offContractReplies")
    void offContractRepliesStayUndeclared(ScriptedReply reply) {
        // excluded from the traffic above on purpose: a gateway's HTML page and a 429 without a body happen in the
        // wild (the spec says so in prose) but the spec declares JSON bodies; the sandbox can send them so clients
        // learn to cope, and the validator must keep calling them undeclared
        try (WebexSandbox offContract = WebexSandbox.builder().recordingsPerHost(0).start()) {
            offContract.respondNext(reply);
            new SandboxHttp(offContract).post().as(ANN).ids("x").send();

            RecordedRequest recorded = offContract.requests().get(0);
            ValidationReport report = validator.validateResponse(recorded.path(), Request.Method.POST,
                    response(recorded.response()));

            assertThat(recorded.response().status()).isEqualTo(reply.statusCode());
            assertThat(report.hasErrors()).as(report.toString()).isTrue();
        }
    }

    static List<ScriptedReply> offContractReplies() {
        return List.of(ScriptedReply.status(502).asHtmlGatewayPage(), ScriptedReply.status(429).withoutBody());
    }

    @Test
    void theHtmlGatewayFaultSendsTheSameUndeclaredPage() {
        try (WebexSandbox gateway = WebexSandbox.builder().recordingsPerHost(0)
                .faults(SandboxFaults.builder().htmlGateway(504, FaultSchedule.next(1)).build()).start()) {
            new SandboxHttp(gateway).post().as(ANN).ids("x").send();

            RecordedRequest.RecordedResponse page = gateway.requests().get(0).response();

            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(validator.validateResponse(gateway.requests().get(0).path(), Request.Method.POST,
                    response(page)).hasErrors()).isTrue();
        }
    }
}
