package io.github.wxrestore.sandbox;

import io.github.wxrestore.sandbox.SandboxHttp.Answer;
import io.github.wxrestore.testing.FakeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** Each fault on demand, over real HTTP: rate limit, locks, server errors, HTML page, latency, Retry-After. */
class WebexSandboxFaultsTest {

    private static WebexSandbox start(SandboxFaults faults) {
        return WebexSandbox.builder().recordingsPerHost(20).faults(faults).start();
    }

    @Test
    void theRateLimitAnswers429WithTheSecondsLeftInTheWindow() {
        FakeTime clock = FakeTime.manualAt(Instant.parse("2026-01-01T00:00:00Z"));
        SandboxFaults faults = SandboxFaults.builder().rateLimit(2, Duration.ofSeconds(10)).build();
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(5).faults(faults).clock(clock).start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            List<String> ids = sandbox.seededIds(ANN, 5);

            assertThat(http.post().as(ANN).ids(ids.get(0)).send().status()).isEqualTo(204);
            assertThat(http.post().as(ANN).ids(ids.get(1)).send().status()).isEqualTo(204);
            Answer limited = http.post().as(ANN).ids(ids.get(2)).send();
            clock.advance(Duration.ofMillis(3_500));
            Answer stillLimited = http.post().as(ANN).ids(ids.get(2)).send();
            clock.advance(Duration.ofMillis(6_500));
            Answer nextWindow = http.post().as(ANN).ids(ids.get(2)).send();

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isEqualTo("10");
            assertThat(limited.message()).isEqualTo("Too many requests.");
            assertThat(limited.trackingId()).isEqualTo(limited.header("TrackingID"));
            assertThat(stillLimited.status()).isEqualTo(429);
            assertThat(stillLimited.header("Retry-After")).isEqualTo("7");
            assertThat(nextWindow.status()).isEqualTo(204);
            assertThat(sandbox.restoredIds()).containsExactly(ids.get(0), ids.get(1), ids.get(2));
        }
    }

    @Test
    void aLockedRecordingAnswers423WithoutRetryAfterAndBlocksTheWholeRequest() {
        try (WebexSandbox probe = start(SandboxFaults.none())) {
            List<String> ids = probe.seededIds(ANN, 2);
            try (WebexSandbox sandbox = start(SandboxFaults.builder().lockedIds(ids.get(1)).build())) {
                Answer answer = new SandboxHttp(sandbox).post().as(ANN).ids(ids).send();

                assertThat(answer.status()).isEqualTo(423);
                assertThat(answer.header("Retry-After")).isNull();
                assertThat(answer.message()).isEqualTo("The recording is locked; try again later.");
                assertThat(answer.descriptions()).containsExactly("Recording locked: " + ids.get(1));
                assertThat(sandbox.restoredIds()).isEmpty();
                assertThat(sandbox.recycleBin(SITE, ANN)).containsAll(ids);
            }
        }
    }

    @Test
    void aLockCanCarryRetryAfterAndBeReleasedAfterSomeAnswers() {
        try (WebexSandbox sandbox = start(SandboxFaults.none())) {
            String id = sandbox.seededIds(ANN, 1).get(0);
            sandbox.replaceFaults(SandboxFaults.builder().lockedIds(id).lockRetryAfterSeconds(5).lockAnswers(2).build());
            SandboxHttp http = new SandboxHttp(sandbox);

            Answer first = http.post().as(ANN).ids(id).send();
            Answer second = http.post().as(ANN).ids(id).send();
            Answer third = http.post().as(ANN).ids(id).send();

            assertThat(first.status()).isEqualTo(423);
            assertThat(first.header("Retry-After")).isEqualTo("5");
            assertThat(second.status()).isEqualTo(423);
            assertThat(third.status()).isEqualTo(204);
            assertThat(sandbox.restoredIds()).containsExactly(id);
        }
    }

    @Test
    void restoreAllOfABinHoldingALockedRecordingIs423() {
        try (WebexSandbox sandbox = start(SandboxFaults.none())) {
            sandbox.replaceFaults(SandboxFaults.builder().lockedIds(sandbox.seededIds(ANN, 20).get(19)).build());

            Answer answer = new SandboxHttp(sandbox).post().as(ANN).body("{\"restoreAll\":true}").send();

            assertThat(answer.status()).isEqualTo(423);
            assertThat(sandbox.recycleBin(SITE, ANN)).hasSize(20);
        }
    }

    @Test
    void anUnknownIdWinsOverALockedOne() {
        try (WebexSandbox sandbox = start(SandboxFaults.none())) {
            String id = sandbox.seededIds(ANN, 1).get(0);
            sandbox.replaceFaults(SandboxFaults.builder().lockedIds(id).build());

            assertThat(new SandboxHttp(sandbox).post().as(ANN).ids(id, "unknown").send().status()).isEqualTo(404);
        }
    }

    @Test
    void serverErrorsEveryThirdRequestWithRetryAfterOn503() {
        SandboxFaults faults = SandboxFaults.builder().serverErrors(503, FaultSchedule.everyNth(3))
                .serverErrorRetryAfterSeconds(2).build();
        try (WebexSandbox sandbox = start(faults)) {
            SandboxHttp http = new SandboxHttp(sandbox);
            List<Integer> statuses = new ArrayList<>();
            for (String id : sandbox.seededIds(ANN, 6)) {
                statuses.add(http.post().as(ANN).ids(id).send().status());
            }
            Answer third = new SandboxHttp(sandbox).post().as(ANN).ids("x").send();

            assertThat(statuses).containsExactly(204, 204, 503, 204, 204, 503);
            assertThat(sandbox.requests().get(2).response().header("Retry-After")).isEqualTo("2");
            assertThat(sandbox.requests().get(2).response().body()).contains("Service unavailable; try again later.");
            assertThat(sandbox.restoredIds()).hasSize(4);
            assertThat(third.status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void theNextRequestsGetAServerErrorWithAWebexBodyBeforeAuthentication(int status) {
        try (WebexSandbox sandbox = start(SandboxFaults.builder().serverErrors(status, FaultSchedule.next(2)).build())) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String id = sandbox.seededIds(ANN, 1).get(0);

            Answer withoutToken = http.post().ids(id).send();
            Answer withToken = http.post().as(ANN).ids(id).send();
            Answer after = http.post().as(ANN).ids(id).send();

            assertThat(withoutToken.status()).isEqualTo(status);
            assertThat(withToken.status()).isEqualTo(status);
            assertThat(withToken.trackingId()).isEqualTo(withToken.header("TrackingID"));
            assertThat(withToken.message()).isNotBlank();
            assertThat(withToken.header("Retry-After")).isNull();
            assertThat(after.status()).isEqualTo(204);
        }
    }

    @Test
    void randomServerErrorsRepeatForTheSameSeed() {
        SandboxFaults faults = SandboxFaults.builder().serverErrors(500, FaultSchedule.withProbability(0.5)).build();

        List<Integer> first = statusesOf(1L, faults);
        List<Integer> again = statusesOf(1L, faults);
        List<Integer> otherSeed = statusesOf(2L, faults);

        assertThat(first).isEqualTo(again).contains(500, 404);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    private static List<Integer> statusesOf(long seed, SandboxFaults faults) {
        try (WebexSandbox sandbox = WebexSandbox.builder().seed(seed).recordingsPerHost(0).faults(faults).start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                statuses.add(http.post().as(ANN).ids("x").send().status());
            }
            return statuses;
        }
    }

    @Test
    void anHtmlGatewayPageReplacesTheJsonAndCarriesNoTrackingId() {
        try (WebexSandbox sandbox = start(SandboxFaults.builder().htmlGateway(502, FaultSchedule.next(1)).build())) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String id = sandbox.seededIds(ANN, 1).get(0);

            Answer page = http.post().as(ANN).trackingId("T-1").ids(id).send();
            Answer after = http.post().as(ANN).ids(id).send();

            assertThat(page.status()).isEqualTo(502);
            assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
            assertThat(page.body()).startsWith("<html>").contains("502 Bad Gateway");
            assertThat(page.header("TrackingID")).isNull();
            assertThat(after.status()).isEqualTo(204);
        }
    }

    @Test
    void latencyDelaysTheAnswerAfterTheWorkIsDone() {
        try (WebexSandbox sandbox = start(SandboxFaults.builder().latency(Duration.ofMillis(300)).build())) {
            String id = sandbox.seededIds(ANN, 1).get(0);
            long started = System.nanoTime();

            Answer answer = new SandboxHttp(sandbox).post().as(ANN).ids(id).send();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(answer.status()).isEqualTo(204);
        }
    }

    @Test
    void aMalformedRetryAfterReplacesEveryComputedOne() {
        SandboxFaults faults = SandboxFaults.builder().rateLimit(1, Duration.ofMinutes(1)).malformedRetryAfter().build();
        try (WebexSandbox sandbox = start(faults)) {
            SandboxHttp http = new SandboxHttp(sandbox);
            http.post().as(ANN).ids("x").send();

            Answer limited = http.post().as(ANN).ids("x").send();

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isEqualTo("rand(30),add(30)");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202})
    void anotherSuccessStatusAnswersWithAnEmptyJsonObjectAndStillRestores(int status) {
        try (WebexSandbox sandbox = start(SandboxFaults.builder().successStatus(status).build())) {
            String id = sandbox.seededIds(ANN, 1).get(0);

            Answer answer = new SandboxHttp(sandbox).post().as(ANN).ids(id).send();

            assertThat(answer.status()).isEqualTo(status);
            assertThat(answer.body()).isEqualTo("{}");
            assertThat(answer.header("Content-Type")).isEqualTo("application/json");
            assertThat(sandbox.restoredIds()).containsExactly(id);
        }
    }

    @Test
    void replacedFaultsLastUntilResetWhichRestoresTheBuildersFaults() {
        SandboxFaults atStart = SandboxFaults.builder().successStatus(200).build();
        try (WebexSandbox sandbox = start(atStart)) {
            SandboxHttp http = new SandboxHttp(sandbox);
            sandbox.replaceFaults(SandboxFaults.builder().serverErrors(500, FaultSchedule.everyNth(1)).build());

            assertThat(http.post().as(ANN).ids("x").send().status()).isEqualTo(500);
            sandbox.reset();
            assertThat(sandbox.faults()).isEqualTo(atStart);
            assertThat(http.post().as(ANN).ids(sandbox.seededIds(ANN, 1)).send().status()).isEqualTo(200);
        }
    }
}
