package io.github.wxrestore.client;

import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static io.github.wxrestore.client.ListingFixtures.ids;
import static io.github.wxrestore.client.ListingFixtures.next;
import static io.github.wxrestore.client.ListingFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each page is fetched by the same machinery as a restore: the one retry strategy and its waits, the pacing gate
 * every call of the client shares, a TrackingID per attempt, the same typed failures, the same listeners.
 */
@ExtendWith(LoopbackServerExtension.class)
class ListingRetryTest {

    private static final RetryPolicy EXACT = RetryPolicy.builder().jitter(RetryPolicy.Jitter.NONE).build();

    private LoopbackServer server;
    private String second;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        second = server.baseUrl() + "/recordings?cursor=2";
    }

    private static Reply status(int code, String... headerPairs) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        return Reply.json(code, Fixtures.webexError("status " + code, "status " + code, "ROUTER_" + code), headers);
    }

    @Test
    void aTooManyRequestsOnPageTwoWaitsTheRetryAfterThenTheSameLinkIsAskedAgain() {
        FakeTime time = new FakeTime();
        server.enqueue(page(ids("a1"), next(second)), status(429, "Retry-After", "3"), page(ids("b1")));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT).build();

        List<String> listed = client.listRecordings(RecordingQuery.builder().build()).map(ListedRecording::id)
                .toList();

        assertThat(listed).containsExactly("a1", "b1");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
        assertThat(server.requests()).extracting(ListingFixtures::target).containsExactly(
                "/v1/recordings?max=100&status=deleted", "/v1/recordings?cursor=2", "/v1/recordings?cursor=2");
        assertThat(server.requests()).extracting(r -> r.header("TrackingID")).doesNotHaveDuplicates();
    }

    @Test
    void aPageToldToWaitHoldsBackARestoreOfTheSameClient() throws Exception {
        FakeTime time = FakeTime.manual();
        AtomicInteger pageTwoAsked = new AtomicInteger();
        server.otherwise(request -> {
            if (request.method().equals("POST")) {
                return Reply.status(204);
            }
            if (request.uri().toString().contains("cursor=2")) {
                return pageTwoAsked.incrementAndGet() == 1 ? status(429, "Retry-After", "5") : page(ids("b1"));
            }
            return page(ids("a1"), next(second));
        });
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT).build();

        CompletableFuture<List<ListedRecording>> listing = CompletableFuture.supplyAsync(
                () -> client.listRecordings(RecordingQuery.builder().build()).toList());
        assertThat(time.awaitSleepers(1, Duration.ofSeconds(10))).as("the listing waits out its 429").isTrue();
        CompletableFuture<RestoreResult> restore = CompletableFuture.supplyAsync(() -> client.restore(twoIds()));
        assertThat(time.awaitSleepers(2, Duration.ofSeconds(10))).as("the restore waits at the gate").isTrue();

        assertThat(server.requests()).extracting(LoopbackServer.Recorded::method).containsExactly("GET", "GET");
        time.advance(Duration.ofSeconds(5));
        assertThat(listing.get(10, TimeUnit.SECONDS)).extracting(ListedRecording::id).containsExactly("a1", "b1");
        assertThat(restore.get(10, TimeUnit.SECONDS).attempts()).isEqualTo(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void aRestoreToldToWaitHoldsBackTheNextPage() {
        FakeTime time = new FakeTime();
        server.enqueue(status(429, "Retry-After", "7"), page(ids("a1")));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(RetryPolicy.none())
                .build();

        catchThrowableOfType(ThrottledException.class, () -> client.restore(twoIds()));
        assertThat(client.listRecordings(RecordingQuery.builder().build()).count()).isEqualTo(1);

        assertThat(time.sleeps()).as("the page waited what the server asked of the restore")
                .containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void anUnauthorizedPageIsTheSameTypedFailureAsAnUnauthorizedRestore() {
        FakeTime time = new FakeTime();
        server.enqueue(page(ids("a1"), next(second)), status(401), status(401));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).build();
        List<String> delivered = new ArrayList<>();

        AuthorizationException listing = catchThrowableOfType(AuthorizationException.class,
                () -> client.listRecordings(RecordingQuery.builder().build()).forEach(r -> delivered.add(r.id())));
        AuthorizationException restore = catchThrowableOfType(AuthorizationException.class,
                () -> client.restore(twoIds()));

        assertThat(delivered).containsExactly("a1");
        assertThat(listing.getClass()).isEqualTo(restore.getClass());
        assertThat(listing.category()).isEqualTo(restore.category()).isEqualTo(FailureCategory.AUTHORIZATION);
        assertThat(listing.status()).isEqualTo(401);
        assertThat(listing.serverTrackingId()).contains("ROUTER_401");
        assertThat(listing.requestTrackingId()).isEqualTo(server.requests().get(1).header("TrackingID"));
        assertThat(listing.getMessage()).startsWith("List call failed with 401 Unauthorized: status 401");
        assertThat(restore.getMessage()).startsWith("Restore call failed with 401 Unauthorized: status 401");
        assertThat(listing.mayHaveBeenApplied()).isFalse();
        assertThat(server.requestCount()).as("a 401 is not retried").isEqualTo(3);
    }

    @Test
    void aServerErrorOnAPageIsRetriedByDefaultBecauseAGetChangesNothingWhileARestoreIsNot() {
        FakeTime time = new FakeTime();
        server.enqueue(status(502), page(ids("a1")), status(502));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT).build();

        assertThat(client.listRecordings(RecordingQuery.builder().build()).count()).isEqualTo(1);
        ServerErrorException restore = catchThrowableOfType(ServerErrorException.class,
                () -> client.restore(twoIds()));

        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
        assertThat(restore.attempts()).isEqualTo(1);
        assertThat(restore.mayHaveBeenApplied()).isTrue();
    }

    @Test
    void aPageThatKeepsFailingEndsWithTheLastFailureNothingApplied() {
        FakeTime time = new FakeTime();
        server.otherwise(status(500));
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT).build();

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
                () -> client.listRecordings(RecordingQuery.builder().build()).toList());

        assertThat(e.attempts()).isEqualTo(EXACT.maxAttempts());
        assertThat(e.mayHaveBeenApplied()).as("a GET changes nothing").isFalse();
        assertThat(server.requestCount()).isEqualTo(EXACT.maxAttempts());
    }

    @Test
    void theListenersHearEveryAttemptOfEveryPage() {
        FakeTime time = new FakeTime();
        server.enqueue(page(ids("a1", "a2"), next(second)), status(503), page(ids()));
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        AttemptListener listener = new AttemptListener() {
            @Override
            public void attemptStarted(Attempt attempt) {
                events.add("started " + attempt.callId() + "." + attempt.number());
            }

            @Override
            public void retryScheduled(AttemptAnswer answer, Duration wait, RetryReason reason) {
                events.add("retry " + answer.status() + " " + reason);
            }

            @Override
            public void pageFetched(AttemptAnswer answer, PageResult page) {
                events.add("page " + answer.status() + " " + page.recordings() + " next=" + page.hasNextPage()
                        + " attempts=" + page.attempts());
            }
        };
        List<String> perCall = Collections.synchronizedList(new ArrayList<>());
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), time).retryPolicy(EXACT)
                .attemptListener(listener).build();

        client.listRecordings(RecordingQuery.builder().build(), RequestOptions.builder().listener(
                new AttemptListener() {
                    @Override
                    public void pageFetched(AttemptAnswer answer, PageResult page) {
                        perCall.add(page.trackingId());
                    }
                }).build()).toList();

        assertThat(events).containsExactly("started 1.1", "page 200 2 next=true attempts=1", "started 2.1",
                "retry 503 THROTTLED", "started 2.2", "page 200 0 next=false attempts=2");
        assertThat(perCall).containsExactly(server.requests().get(0).header("TrackingID"),
                server.requests().get(2).header("TrackingID"));
    }
}
