package io.github.wxrestore.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.client.FailureCategory;
import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.ScriptedReply;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.validation.InvalidRestoreRequestException;
import io.github.wxrestore.validation.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static io.github.wxrestore.bulk.BulkFixtures.bulk;
import static io.github.wxrestore.bulk.BulkFixtures.withDuplicates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bulk runs against the sandbox over real HTTP: splitting, order, failures, stops, restore-all. */
class BulkRestoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebexSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void thousandFiftyIdsWithDuplicatesGoOutInElevenCallsAndEachIsRestoredOnce() throws Exception {
        sandbox = BulkFixtures.sandbox(1_100);
        List<String> unique = sandbox.seededIds(SandboxAccounts.ANN, 1_020);
        List<String> input = withDuplicates(unique, 30);
        assertThat(input).hasSize(1_050);

        BulkReport report = bulk(sandbox).build().run(input);

        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(report.requested()).isEqualTo(1_050);
        assertThat(report.unique()).isEqualTo(1_020);
        assertThat(report.duplicates()).isEqualTo(30);
        assertThat(report.restored()).isEqualTo(1_020);
        assertThat(report.calls()).isEqualTo(11);
        assertThat(report.retries()).isZero();
        assertThat(report.failed()).isEmpty();
        assertThat(report.serverWait()).isZero();
        assertThat(sandbox.requests()).hasSize(11);
        assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(unique);
        assertThat(unique).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isEqualTo(1));
        // in input order: call k names unique IDs 100k .. 100k+99
        List<List<String>> sent = new ArrayList<>();
        for (RecordedRequest r : sandbox.requests()) {
            sent.add(List.of(JSON.readValue(JSON.readTree(r.body()).get("recordingIds").toString(), String[].class)));
        }
        assertThat(sent.get(0)).containsExactlyElementsOf(unique.subList(0, 100));
        assertThat(sent.get(10)).containsExactlyElementsOf(unique.subList(1_000, 1_020));
        assertThat(sent.stream().mapToInt(List::size)).allMatch(n -> n <= BulkRestore.maxIdsPerCall());
    }

    @Test
    void withFourWorkersEveryIdIsStillRestoredExactlyOnce() {
        sandbox = BulkFixtures.sandbox(1_100);
        List<String> unique = sandbox.seededIds(SandboxAccounts.ANN, 1_020);

        BulkReport report = bulk(sandbox).concurrency(4).build().run(withDuplicates(unique, 30).stream());

        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(report.calls()).isEqualTo(11);
        assertThat(sandbox.requests()).hasSize(11);
        assertThat(unique).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isEqualTo(1));
        assertThat(sandbox.restoredIds()).hasSize(1_020);
        assertThat(report.restoredIds()).containsExactlyElementsOf(unique);
    }

    @Test
    void theSplitFollowsTheSpecLimit() {
        assertThat(BulkRestore.maxIdsPerCall()).isEqualTo(100); // api-spec/: recordingIds.maxItems
    }

    @Test
    void aFailedCallDoesNotStopTheRunAndItsBadIdIsReportedAloneWithItsStatusTrackingIdAndMessage() {
        sandbox = BulkFixtures.sandbox(300);
        List<String> ids = new ArrayList<>(sandbox.seededIds(SandboxAccounts.ANN, 300));
        ids.set(150, "0000000000000000000000000000dead"); // not in any bin: call 2 fails, and names it

        BulkReport report = bulk(sandbox).build().run(ids);

        assertThat(report.status()).isEqualTo(BulkReport.Status.PARTIAL);
        assertThat(report.calls()).as("3 planned, and call 2's 99 others again").isEqualTo(4);
        assertThat(report.restored()).isEqualTo(299);
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.number()).as("a part of call 2, numbered after the planned calls").isGreaterThan(3);
            assertThat(f.recordingIds()).containsExactly("0000000000000000000000000000dead");
            assertThat(f.status()).isEqualTo(404);
            assertThat(f.category()).isEqualTo(FailureCategory.NOT_FOUND);
            assertThat(f.trackingId()).isNotNull();
            assertThat(f.message()).contains("0000000000000000000000000000dead");
            assertThat(f.descriptions()).anySatisfy(d -> assertThat(d).contains("0000000000000000000000000000dead"));
            assertThat(f.mayHaveBeenApplied()).isFalse();
        });
        assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(
                ids.stream().filter(id -> !id.endsWith("dead")).toList());
    }

    @Test
    void unauthorizedStopsTheRunCleanlyAndListsWhatWasNotAttempted() {
        sandbox = BulkFixtures.sandbox(500);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 500);
        BulkProgressListener revokeAfterFirstCall = new BulkProgressListener() {
            @Override
            public void callFinished(CallOutcome outcome) {
                if (outcome.number() == 1) {
                    sandbox.respondNext(401);
                }
            }
        };

        BulkReport report = bulk(sandbox).listener(revokeAfterFirstCall).build().run(ids);

        assertThat(report.stoppedBy()).isEqualTo(FailureCategory.AUTHORIZATION);
        assertThat(report.status()).isEqualTo(BulkReport.Status.PARTIAL);
        assertThat(report.restored()).isEqualTo(100);
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(401);
            assertThat(f.category()).isEqualTo(FailureCategory.AUTHORIZATION);
        });
        assertThat(report.notAttempted()).containsExactlyElementsOf(ids.subList(200, 500));
        assertThat(sandbox.requests()).hasSize(2);
    }

    @Test
    void forbiddenHostEmailForAUserTokenFailsAsAuthorizationAndStops() {
        sandbox = BulkFixtures.sandbox(300);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 300);

        BulkReport report = bulk(sandbox).hostEmail(SandboxAccounts.ANN).build().run(ids);

        assertThat(report.status()).isEqualTo(BulkReport.Status.FAILED);
        assertThat(report.failed()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(403));
        assertThat(report.notAttempted()).hasSize(200);
        assertThat(sandbox.requests()).hasSize(1);
    }

    @Test
    void aRunAskedToStopStartsNoNewCallAndListsTheRestAsNotAttempted() {
        sandbox = BulkFixtures.sandbox(500);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 500);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();

        BulkReport report = bulk(sandbox).stopWhen(stop::get).listener(new BulkProgressListener() {
            @Override
            public void callFinished(CallOutcome outcome) {
                stop.set(outcome.number() == 2); // a signal, while call 2 is answered
            }
        }).build().run(ids);

        assertThat(report.interrupted()).isTrue();
        assertThat(report.restored()).isEqualTo(200);
        assertThat(report.notAttempted()).containsExactlyElementsOf(ids.subList(200, 500));
        assertThat(report.status()).isEqualTo(BulkReport.Status.PARTIAL);
        assertThat(sandbox.requests()).hasSize(2);
    }

    @Test
    void throttlingWithRetryAfterIsRetriedAndCounted() {
        sandbox = BulkFixtures.sandbox(200);
        sandbox.respondNext(ScriptedReply.status(429).retryAfter("0"), ScriptedReply.status(503).retryAfter("0"));
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 200);

        BulkReport report = bulk(sandbox).build().run(ids);

        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(report.calls()).isEqualTo(2);
        assertThat(report.attempts()).isEqualTo(4);
        assertThat(report.retries()).isEqualTo(2);
        assertThat(sandbox.requests()).hasSize(4);
        assertThat(ids).allSatisfy(id -> assertThat(sandbox.restoredIds()).contains(id));
    }

    @Test
    void stillThrottledAfterTheRetriesIsAFailureOfKindThrottled() {
        sandbox = BulkFixtures.sandbox(100);
        for (int i = 0; i < 3; i++) {
            sandbox.respondNext(ScriptedReply.status(429).retryAfter("0"));
        }

        BulkReport report = bulk(sandbox).build().run(sandbox.seededIds(SandboxAccounts.ANN, 100));

        assertThat(report.status()).isEqualTo(BulkReport.Status.FAILED);
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(FailureCategory.THROTTLED);
            assertThat(f.attempts()).isEqualTo(3);
        });
        assertThat(report.retries()).isEqualTo(2);
    }

    @Test
    void aRealRateLimitPausesTheRunAndEveryIdIsRestoredOnce() {
        sandbox = WebexSandbox.builder().recordingsPerHost(800)
                .faults(SandboxFaults.builder().rateLimit(5, Duration.ofSeconds(1)).build()).start();
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 800);

        BulkReport report = BulkRestore.builder().client(BulkFixtures.clientBuilder(sandbox)
                .retryPolicy(io.github.wxrestore.client.RetryPolicy.builder().maxAttempts(5).build()).build())
                .concurrency(3).build().run(ids);

        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(report.calls()).isEqualTo(8);
        assertThat(report.retries()).isPositive();
        assertThat(report.serverWait()).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(ids).allSatisfy(id -> assertThat(sandbox.restoredIds()).contains(id));
        assertThat(sandbox.restoredIds()).hasSize(800);
    }

    @Test
    void invalidInputAnywhereSendsNothingAndNamesEachProblemAtItsInputPosition() {
        sandbox = BulkFixtures.sandbox(300);
        List<String> ids = withDuplicates(sandbox.seededIds(SandboxAccounts.ANN, 300), 10);
        int blank = 250;
        int tooLong = 290;
        ids.set(blank, "");
        ids.set(tooLong, "x".repeat(10_000));

        InvalidRestoreRequestException e = catchThrowableOfType(InvalidRestoreRequestException.class,
                () -> bulk(sandbox).hostEmail("a@@b.com").build().run(ids));

        assertThat(e.violations()).extracting(Violation::property)
                .contains("hostEmail")
                .anySatisfy(p -> assertThat(p).startsWith("recordingIds[" + blank + "]"))
                .anySatisfy(p -> assertThat(p).startsWith("recordingIds[" + tooLong + "]"));
        assertThat(e.violations()).filteredOn(v -> v.property().equals("hostEmail")).hasSize(1); // not once per call
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void noIdsAtAllIsRefused() {
        sandbox = BulkFixtures.sandbox(0);
        BulkRestore bulk = bulk(sandbox).build();

        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> bulk.run(List.of())))
                .hasMessageContaining("no recording IDs");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void planSendsNothingAndShowsTheCalls() {
        sandbox = BulkFixtures.sandbox(250);
        List<String> unique = sandbox.seededIds(SandboxAccounts.ANN, 250);

        BulkPlan plan = BulkRestore.builder().siteUrl(SandboxAccounts.SITE).build().plan(RestoreSelection.ids(withDuplicates(unique, 5)));

        assertThat(plan.calls()).extracting(c -> c.recordingIds().size()).containsExactly(100, 100, 50);
        assertThat(plan.calls().get(2).recordingIds()).containsExactlyElementsOf(unique.subList(200, 250));
        assertThat(plan.duplicates()).isEqualTo(5);
        assertThat(plan.siteUrl()).isEqualTo(SandboxAccounts.SITE);
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void restoreAllIsOneCallWithSiteAndHost() {
        sandbox = BulkFixtures.sandbox(30);
        List<CallOutcome> heard = new CopyOnWriteArrayList<>();
        BulkProgressListener listener = new BulkProgressListener() {
            @Override
            public void callFinished(CallOutcome outcome) {
                heard.add(outcome);
            }
        };

        BulkReport report = bulk(sandbox).siteUrl(SandboxAccounts.SITE).listener(listener).build().restoreAll();

        assertThat(report.selection().isAll()).isTrue();
        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(report.calls()).isEqualTo(1);
        assertThat(heard).singleElement().satisfies(o -> assertThat(o.call().selection().isAll()).isTrue());
        assertThat(sandbox.requests()).singleElement().satisfies(r -> {
            assertThat(r.body()).contains("\"restoreAll\":true").contains(SandboxAccounts.SITE);
        });
        assertThat(sandbox.recycleBin(SandboxAccounts.SITE, SandboxAccounts.ANN)).isEmpty();
    }

    @Test
    void runWithoutAClientIsAProgrammingError() {
        assertThat(catchThrowableOfType(IllegalStateException.class,
                () -> BulkRestore.builder().build().run(List.of("a")))).hasMessageContaining("no client");
    }

    @Test
    void concurrencyOutOfRangeIsRefusedByTheBuilder() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> BulkRestore.builder().concurrency(0))).hasMessageContaining("concurrency");
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> BulkRestore.builder().concurrency(BulkRestore.MAX_CONCURRENCY + 1)))
                .hasMessageContaining("concurrency");
    }

    @Test
    void aRunSendsFromItsOwnWorkersSoTheClientsAsyncExecutorPlaysNoPart() {
        sandbox = BulkFixtures.sandbox(500);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 500);
        java.util.concurrent.Executor refusesEverything = task -> {
            throw new java.util.concurrent.RejectedExecutionException("the application's pool is full");
        };
        List<String> heardOn = new CopyOnWriteArrayList<>();

        BulkReport report = BulkRestore.builder()
                .client(BulkFixtures.clientBuilder(sandbox).executor(refusesEverything).build())
                .concurrency(3).listener(new BulkProgressListener() {
                    @Override
                    public void callFinished(CallOutcome outcome) {
                        heardOn.add(Thread.currentThread().getName());
                    }
                }).build().run(ids);

        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(heardOn).hasSize(5).allSatisfy(name -> assertThat(name).startsWith("webex-bulk-restore-"));
    }

    @Test
    void aClosedClientSendsNothingAndTheJournalSaysNothingWasSent() {
        sandbox = BulkFixtures.sandbox(100);
        List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 100);
        java.nio.file.Path journal;
        try {
            journal = java.nio.file.Files.createTempDirectory("closed").resolve("run.journal");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        io.github.wxrestore.client.WebexRecordingsClient client = BulkFixtures.client(sandbox);
        client.close();

        assertThat(catchThrowableOfType(IllegalStateException.class,
                () -> BulkRestore.builder().client(client).journal(journal).build().run(ids)))
                .hasMessageContaining("closed");

        assertThat(sandbox.requests()).isEmpty();
        assertThat(BulkRestore.builder().journal(journal).build().plan(RestoreSelection.ids(ids)).calls())
                .singleElement().satisfies(c -> assertThat(c.mayHaveBeenApplied()).as("nothing was sent").isFalse());
    }
}
