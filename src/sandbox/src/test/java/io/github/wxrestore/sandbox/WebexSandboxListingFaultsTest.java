package io.github.wxrestore.sandbox;

import io.github.wxrestore.sandbox.SandboxHttp.Answer;
import io.github.wxrestore.testing.FakeTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.github.wxrestore.sandbox.SandboxAccounts.ADMIN;
import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** Faults and scripted replies reach the listings as they reach restores, over real HTTP. */
class WebexSandboxListingFaultsTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final String LONG_AGO = NOW.minus(Duration.ofDays(401)).toString();

    private static WebexSandbox start(SandboxFaults faults) {
        return WebexSandbox.builder().recordingsPerHost(20).clock(FakeTime.manualAt(NOW)).faults(faults).start();
    }

    @Test
    void listingsAndRestoresShareTheRateLimit() {
        try (WebexSandbox sandbox = start(SandboxFaults.builder().rateLimit(2, Duration.ofMinutes(1)).build())) {
            SandboxHttp http = new SandboxHttp(sandbox);

            Answer listed = http.listing().as(ANN).send();
            Answer restored = http.post().as(ANN).ids(sandbox.seededIds(ANN, 1)).send();
            Answer limited = http.adminListing().as(ADMIN).send();

            assertThat(listed.status()).isEqualTo(200);
            assertThat(restored.status()).isEqualTo(204);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isEqualTo("60");
            assertThat(limited.trackingId()).isEqualTo(limited.header("TrackingID"));
        }
    }

    @Test
    void scheduledServerErrorsAndGatewayPagesHitListings() {
        try (WebexSandbox sandbox = start(SandboxFaults.builder().serverErrors(503, FaultSchedule.next(1))
                .serverErrorRetryAfterSeconds(7).htmlGateway(502, FaultSchedule.everyNth(2)).build())) {
            SandboxHttp http = new SandboxHttp(sandbox);

            Answer unavailable = http.listing().as(ANN).send();
            Answer gateway = http.listing().as(ANN).send();
            Answer fine = http.listing().as(ANN).send();

            assertThat(unavailable.status()).isEqualTo(503);
            assertThat(unavailable.header("Retry-After")).isEqualTo("7");
            assertThat(unavailable.message()).isEqualTo("Service unavailable; try again later.");
            assertThat(gateway.status()).isEqualTo(502);
            assertThat(gateway.header("Content-Type")).startsWith("text/html");
            assertThat(fine.status()).isEqualTo(200);
        }
    }

    @Test
    void aLockedRecordingIsStillListedInTheBin() {
        try (WebexSandbox probe = start(SandboxFaults.none())) {
            String id = probe.seededIds(ANN, 1).get(0);
            try (WebexSandbox sandbox = start(SandboxFaults.builder().lockedIds(id).build())) {
                Answer answer = new SandboxHttp(sandbox).listing().as(ANN).query("status", "deleted", "max", "100",
                        "siteUrl", SITE, "from", LONG_AGO, "to", NOW.toString()).send();

                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.itemIds()).hasSize(20).contains(id);
            }
        }
    }

    @Test
    void aScripted200IsAnEmptyPageAndA405AllowsGet() {
        try (WebexSandbox sandbox = start(SandboxFaults.none())) {
            SandboxHttp http = new SandboxHttp(sandbox);
            sandbox.respondNext(200);
            sandbox.respondNext(405);
            sandbox.respondNext(ScriptedReply.status(429).retryAfterSeconds(3));

            Answer empty = http.listing().as(ANN).query("status", "deleted", "from", LONG_AGO, "to", NOW.toString())
                    .send();
            Answer notAllowed = http.adminListing().as(ADMIN).send();
            Answer limited = http.listing().send();
            Answer real = http.listing().as(ANN).query("status", "deleted", "from", LONG_AGO, "to", NOW.toString())
                    .send();

            assertThat(empty.status()).isEqualTo(200);
            assertThat(empty.body()).isEqualTo("{\"items\":[]}");
            assertThat(empty.header("Content-Type")).isEqualTo("application/json");
            assertThat(notAllowed.status()).isEqualTo(405);
            assertThat(notAllowed.header("Allow")).isEqualTo("GET");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isEqualTo("3");
            assertThat(real.itemIds()).hasSize(10);
            assertThat(sandbox.pendingScriptedReplies()).isZero();
        }
    }

    @Test
    void aScriptedReplyWinsOverTheMethodOfAListingButNotOverAnUnknownPath() {
        try (WebexSandbox sandbox = start(SandboxFaults.none())) {
            SandboxHttp http = new SandboxHttp(sandbox);
            sandbox.respondNext(500);

            assertThat(http.request("GET").path("/v1/recording").send().status()).isEqualTo(404);
            assertThat(http.request("DELETE").path("/v1/recordings").send().status()).isEqualTo(500);
            assertThat(http.request("DELETE").path("/v1/recordings").send().status()).isEqualTo(405);
        }
    }

    @Test
    void latencyDelaysAListingToo() {
        try (WebexSandbox sandbox = start(SandboxFaults.builder().latency(Duration.ofMillis(150)).build())) {
            long started = System.nanoTime();
            Answer answer = new SandboxHttp(sandbox).listing().as(ANN).send();

            assertThat(answer.status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }
}
