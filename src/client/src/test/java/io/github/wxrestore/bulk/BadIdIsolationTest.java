package io.github.wxrestore.bulk;

import io.github.wxrestore.client.FailureCategory;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static io.github.wxrestore.bulk.BulkFixtures.bulk;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webex answers a call all or nothing, so one ID that is not in the recycle bin (already restored, purged,
 * mistyped) sinks the 99 others of its call. The run isolates it: the IDs the 404 names fail on their own and
 * the rest go out again; when the answer names none, halves go out until the bad IDs stand alone.
 */
class BadIdIsolationTest {

    private static final String NOT_IN_THE_BIN = "0123456789abcdef0123456789abcdef";
    private static final Pattern ID = Pattern.compile("\"([0-9a-f]{32})\"");

    @TempDir
    Path dir;

    private WebexSandbox sandbox;
    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anIdTheAnswerNamesFailsAloneAndTheOthersOfItsCallAreRestoredInOneMoreCall() {
        sandbox = BulkFixtures.sandbox(150);
        List<String> ids = new ArrayList<>(sandbox.seededIds(SandboxAccounts.ANN, 150));
        ids.set(42, NOT_IN_THE_BIN);

        BulkReport report = bulk(sandbox).journal(dir.resolve("run.journal")).build().run(ids);

        assertThat(report.status()).isEqualTo(BulkReport.Status.PARTIAL);
        assertThat(report.restored()).isEqualTo(149);
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.recordingIds()).containsExactly(NOT_IN_THE_BIN);
            assertThat(f.status()).isEqualTo(404);
            assertThat(f.category()).isEqualTo(FailureCategory.NOT_FOUND);
            assertThat(f.message()).contains(NOT_IN_THE_BIN);
        });
        assertThat(report.calls()).as("two planned calls and one for the 99 others").isEqualTo(3);
        assertThat(sandbox.restoredIds()).hasSize(149).doesNotContain(NOT_IN_THE_BIN);
    }

    @Test
    void aResumeSendsNeitherTheRestoredIdsNorTheBadOnesAgainAndListsTheBadOnes() {
        sandbox = BulkFixtures.sandbox(150);
        List<String> ids = new ArrayList<>(sandbox.seededIds(SandboxAccounts.ANN, 150));
        ids.set(42, NOT_IN_THE_BIN);
        Path journal = dir.resolve("run.journal");
        BulkReport first = bulk(sandbox).journal(journal).build().run(ids);
        assertThat(first.badIds()).singleElement().satisfies(b -> {
            assertThat(b.recordingId()).isEqualTo(NOT_IN_THE_BIN);
            assertThat(b.status()).isEqualTo(404);
            assertThat(b.description()).contains(NOT_IN_THE_BIN);
            assertThat(b.run()).isEqualTo(1);
        });
        int before = sandbox.requests().size();

        BulkReport resumed = bulk(sandbox).journal(journal).build().run(ids);

        assertThat(sandbox.requests()).as("nothing: 149 restored, 1 known bad").hasSize(before);
        assertThat(resumed.alreadyRestored()).isEqualTo(149);
        assertThat(resumed.plan().knownBadIds()).extracting(BadId::recordingId).containsExactly(NOT_IN_THE_BIN);
        assertThat(resumed.badIds()).isEqualTo(first.badIds());
        assertThat(resumed.failed()).isEmpty();
        assertThat(resumed.status()).as("149 of 150").isEqualTo(BulkReport.Status.PARTIAL);
    }

    @Test
    void askedToRetryBadIdsAResumeSendsThemAloneAndRestoresOneThatIsInTheBinNow() {
        sandbox = BulkFixtures.sandbox(150);
        List<String> ids = new ArrayList<>(sandbox.seededIds(SandboxAccounts.ANN, 150));
        ids.set(42, NOT_IN_THE_BIN);
        Path journal = dir.resolve("run.journal");
        bulk(sandbox).journal(journal).build().run(ids);
        sandbox.addToRecycleBin(SandboxAccounts.SITE, SandboxAccounts.ANN, NOT_IN_THE_BIN); // deleted since
        int before = sandbox.requests().size();

        BulkReport retried = bulk(sandbox).journal(journal).retryBadIds(true).build().run(ids);

        assertThat(sandbox.requests()).as("the bad ID alone, once").hasSize(before + 1);
        assertThat(sandbox.requests().get(before).body()).contains(NOT_IN_THE_BIN).doesNotContain(ids.get(0));
        assertThat(retried.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(retried.badIds()).isEmpty();
        assertThat(bulk(sandbox).journal(journal).build().plan(RestoreSelection.ids(ids)).calls())
                .as("restored now: nothing left to send").isEmpty();
    }

    @Test
    void whenTheAnswerNamesNoIdHalvesGoOutUntilEachBadIdStandsAlone() {
        server = LoopbackServer.start();
        List<String> ids = hexIds(100);
        Set<String> bad = Set.of(ids.get(3), ids.get(77));
        Set<String> restored = allOrNothing(bad::contains,
                named -> Reply.json(404, "{\"message\":\"The requested resource could not be found.\"}", Map.of()));
        WebexRecordingsClient client = loopbackClient().build();

        BulkReport report = BulkRestore.builder().client(client).build().run(ids);

        assertThat(report.restored()).isEqualTo(98);
        assertThat(restored).hasSize(98).doesNotContainAnyElementsOf(bad);
        assertThat(report.failed()).extracting(CallOutcome::recordingIds)
                .containsExactlyInAnyOrder(List.of(ids.get(3)), List.of(ids.get(77)));
        assertThat(report.calls()).as("at most 2 x log2(100) + 1 per bad ID, plus the first call")
                .isLessThanOrEqualTo(1 + 2 * 15);
        assertThat(report.failed()).allSatisfy(f -> assertThat(f.status()).isEqualTo(404));
    }

    @Test
    void aNotFoundThatIsAboutNoIdIsNotSplitDownToEveryId() {
        server = LoopbackServer.start();
        server.otherwise(Reply.json(404, "{\"message\":\"Host not found.\"}", Map.of()));
        List<String> ids = hexIds(250);
        WebexRecordingsClient client = loopbackClient().build();

        BulkReport report = BulkRestore.builder().client(client).build().run(ids);

        assertThat(report.restored()).isZero();
        assertThat(report.failed()).flatExtracting(CallOutcome::recordingIds).as("each ID reported once")
                .containsExactlyInAnyOrderElementsOf(ids);
        // the first call halved down its first parts (100, 50, 25, 12, 6, 3, 2) to two single IDs failing alike
        // with nothing restored: not about IDs; then the two other calls unsplit
        assertThat(server.requestCount()).as("at most 2 x log2(100) + 1 for the first call, 1 for each other")
                .isEqualTo(1 + 7 * 2 + 2);
    }

    @Test
    void aNotFoundNamingNoIdAfterAnAttemptThatMayHaveRestoredThemAllEndsWithAllPresumedRestored() {
        server = LoopbackServer.start();
        server.enqueue(Reply.json(502, "{}", Map.of()));
        server.otherwise(Reply.json(404, "{\"message\":\"The requested resource could not be found.\"}", Map.of()));
        List<String> ids = hexIds(100);
        WebexRecordingsClient client = retryingServerErrors();

        BulkReport report = BulkRestore.builder().client(client).journal(dir.resolve("run.journal")).build()
                .run(ids);

        assertThat(report.failed()).as("the 502'd attempt most likely restored them all").isEmpty();
        assertThat(report.presumedRestoredIds()).containsExactlyElementsOf(ids);
        assertThat(report.badIds()).isEmpty();
        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        // halved like any 404 naming no ID (a bad ID would show as a restored half), down to two single IDs
        // failing alike with nothing restored: then every part is presumed restored as it is
        assertThat(server.requestCount()).as("the 502, the 404, then 7 pairs of parts").isEqualTo(2 + 7 * 2);
        assertThat(BulkRestore.builder().journal(dir.resolve("run.journal")).build()
                .plan(RestoreSelection.ids(ids))).satisfies(p -> {
                    assertThat(p.calls()).as("a resume sends nothing").isEmpty();
                    assertThat(p.presumedRestored()).isEqualTo(100);
                });
    }

    @Test
    void aNotFoundAfterALostAnswerThatNamesSomeIdsButNotAllMakesThemBadAndSendsTheRest() {
        server = LoopbackServer.start();
        server.enqueue(Reply.json(502, "{}", Map.of()));
        List<String> ids = hexIds(10);
        String bad = ids.get(4);
        // had the 502'd attempt restored them, all ten would be missing: naming one says nothing was restored
        Set<String> restored = allOrNothing(bad::equals, named -> Reply.json(404, "{\"message\":\"Not found.\","
                + "\"errors\":[{\"description\":\"Recording not found: " + bad + "\"}]}", Map.of()));
        WebexRecordingsClient client = retryingServerErrors();

        BulkReport report = BulkRestore.builder().client(client).build().run(ids);

        assertThat(report.badIds()).extracting(BadId::recordingId).containsExactly(bad);
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.recordingIds()).containsExactly(bad);
            assertThat(f.presumedRestored()).isFalse();
        });
        assertThat(restored).hasSize(9).doesNotContain(bad);
        assertThat(report.restored()).isEqualTo(9);
        assertThat(report.presumedRestored()).isZero();
    }

    @Test
    void anIdFoundBadByHalvingIsNotSentAgainOnResume() {
        server = LoopbackServer.start();
        List<String> ids = hexIds(20);
        String bad = ids.get(13);
        allOrNothing(bad::equals,
                named -> Reply.json(404, "{\"message\":\"The requested resource could not be found.\"}", Map.of()));
        Path journal = dir.resolve("run.journal");
        BulkReport first = BulkRestore.builder().client(loopbackClient().build()).journal(journal).build().run(ids);
        assertThat(first.badIds()).extracting(BadId::recordingId).containsExactly(bad);
        int before = server.requestCount();

        BulkReport resumed = BulkRestore.builder().client(loopbackClient().build()).journal(journal).build().run(ids);

        assertThat(server.requestCount()).isEqualTo(before);
        assertThat(resumed.restored()).isEqualTo(19);
        assertThat(resumed.plan().knownBadIds()).singleElement()
                .satisfies(b -> assertThat(b.description()).isEqualTo("The requested resource could not be found."));
    }

    @Test
    void aNotFoundAboutNoIdMakesNoIdBadSoAResumeSendsThemAllAgain() {
        server = LoopbackServer.start();
        server.otherwise(Reply.json(404, "{\"message\":\"Host not found.\"}", Map.of()));
        List<String> ids = hexIds(3);
        Path journal = dir.resolve("run.journal");
        BulkReport first = BulkRestore.builder().client(loopbackClient().build()).journal(journal).build().run(ids);
        assertThat(first.badIds()).as("halves of 1 and 2, then 1 and 1, all failing alike").isEmpty();

        BulkPlan resume = BulkRestore.builder().journal(journal).build().plan(RestoreSelection.ids(ids));

        assertThat(resume.knownBadIds()).isEmpty();
        assertThat(resume.pendingIds()).isEqualTo(3);
    }

    @Test
    void threeBadIdsInOneCallNamedByNoAnswerAreEachFoundAndEveryOtherIdIsRestored() {
        server = LoopbackServer.start();
        List<String> ids = hexIds(100);
        Set<String> bad = Set.of(ids.get(3), ids.get(30), ids.get(31));
        Set<String> restored = allOrNothing(bad::contains,
                named -> Reply.json(404, "{\"message\":\"The requested resource could not be found.\"}", Map.of()));

        BulkReport report = BulkRestore.builder().client(loopbackClient().build()).build().run(ids);

        assertThat(restored).hasSize(97).doesNotContainAnyElementsOf(bad);
        assertThat(report.badIds()).extracting(BadId::recordingId).containsExactlyInAnyOrderElementsOf(bad);
        assertThat(report.failed()).hasSize(3).allSatisfy(f -> assertThat(f.recordingIds()).hasSize(1));
    }

    @Test
    void withFourWorkersBadIdsInManyCallsAreAllFoundAndEveryOtherIdIsRestored() {
        server = LoopbackServer.start();
        List<String> ids = hexIds(400);
        Set<String> bad = Set.of(ids.get(5), ids.get(6), ids.get(120), ids.get(250), ids.get(399));
        Set<String> restored = allOrNothing(bad::contains,
                named -> Reply.json(404, "{\"message\":\"The requested resource could not be found.\"}", Map.of()));

        BulkReport report = BulkRestore.builder().client(loopbackClient().build()).concurrency(4).build().run(ids);

        assertThat(restored).hasSize(395);
        assertThat(report.restored()).isEqualTo(395);
        assertThat(report.badIds()).extracting(BadId::recordingId).containsExactlyInAnyOrderElementsOf(bad);
    }

    @Test
    void aNotFoundNamingNoIdAfterALostAnswerIsHalvedSoNoIdWebexStillHasIsPresumedRestored() {
        server = LoopbackServer.start();
        List<String> ids = hexIds(100);
        String bad = ids.get(50);
        server.enqueue(Reply.json(502, "{}", Map.of())); // passed on, answered 404 behind the gateway: nothing restored
        Set<String> restored = allOrNothing(bad::equals,
                named -> Reply.json(404, "{\"message\":\"The requested resource could not be found.\"}", Map.of()));
        WebexRecordingsClient client = retryingServerErrors();

        BulkReport report = BulkRestore.builder().client(client).build().run(ids);

        assertThat(restored).hasSize(99);
        assertThat(report.restored()).isEqualTo(99);
        assertThat(report.presumedRestored()).isZero();
        assertThat(report.badIds()).extracting(BadId::recordingId).containsExactly(bad);
        assertThat(report.status()).isEqualTo(BulkReport.Status.PARTIAL);
    }

    @Test
    void aGoneNamingNoIdAfterALostAnswerIsHalvedLikeAnyOther() {
        server = LoopbackServer.start();
        List<String> ids = hexIds(100);
        String purged = ids.get(17);
        server.enqueue(Reply.json(502, "{}", Map.of()));
        Set<String> restored = allOrNothing(purged::equals,
                named -> Reply.json(410, "{\"message\":\"The requested resource is no longer available.\"}", Map.of()));
        WebexRecordingsClient client = retryingServerErrors();

        BulkReport report = BulkRestore.builder().client(client).build().run(ids);

        assertThat(restored).hasSize(99).doesNotContain(purged);
        assertThat(report.badIds()).extracting(BadId::recordingId).containsExactly(purged);
    }

    @Test
    void aBadIdFoundAfterALostAnswerStaysBadWhenRetried() {
        server = LoopbackServer.start();
        List<String> ids = hexIds(10);
        String bad = ids.get(5);
        server.enqueue(Reply.json(502, "{}", Map.of()));
        allOrNothing(bad::equals, named -> Reply.json(404, "{\"message\":\"Not found.\",\"errors\":[{\"description\""
                + ":\"Recording not found: " + bad + "\"}]}", Map.of()));
        Path journal = dir.resolve("run.journal");
        WebexRecordingsClient client = retryingServerErrors();
        BulkRestore.builder().client(client).journal(journal).build().run(ids);

        BulkReport retried = BulkRestore.builder().client(client).journal(journal).retryBadIds(true).build().run(ids);

        assertThat(retried.presumedRestored()).as("the lost attempt restored nothing").isZero();
        assertThat(retried.badIds()).extracting(BadId::recordingId).containsExactly(bad);
        assertThat(retried.status()).isEqualTo(BulkReport.Status.PARTIAL);
        assertThat(BulkRestore.builder().journal(journal).build().plan(RestoreSelection.ids(ids)).knownBadIds())
                .extracting(BadId::recordingId).containsExactly(bad);
    }

    @Test
    void aDescriptionThatListsSeveralIdsBlamesNoneOfThem() {
        server = LoopbackServer.start();
        List<String> ids = hexIds(10);
        String bad = ids.get(6);
        // the one description lists two IDs of the call: it does not say which is at fault
        Set<String> restored = allOrNothing(bad::equals,
                named -> Reply.json(404, "{\"message\":\"Not found.\",\"errors\":[{\"description\":\"Could not "
                        + "restore " + named.get(0) + ", " + bad + ".\"}]}", Map.of()));
        WebexRecordingsClient client = loopbackClient().build();

        BulkReport report = BulkRestore.builder().client(client).build().run(ids);

        assertThat(report.failed()).singleElement()
                .satisfies(f -> assertThat(f.recordingIds()).containsExactly(bad));
        assertThat(restored).hasSize(9).doesNotContain(bad);
    }

    private static List<String> hexIds(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("%032x", i)).toList();
    }

    // a client that sends a call again after a 502 at once: its first answer is lost, as a gateway loses it
    private WebexRecordingsClient retryingServerErrors() {
        return loopbackClient().sleeper(d -> { })
                .retryPolicy(io.github.wxrestore.client.RetryPolicy.builder().retryServerErrors(true).build()).build();
    }

    private WebexRecordingsClient.Builder loopbackClient() {
        return WebexRecordingsClient.builder().baseUrl(server.baseUrl()).accessToken("t").clock(new FakeTime());
    }

    /**
     * Makes the loopback server answer as Webex does, all or nothing: a call naming an ID that {@code isBad}
     * picks gets {@code refusal}, any other is restored (204). Returns the IDs restored so far.
     */
    private Set<String> allOrNothing(Predicate<String> isBad, Function<List<String>, Reply> refusal) {
        Set<String> restored = ConcurrentHashMap.newKeySet();
        server.otherwise(request -> {
            List<String> named = idsIn(request.bodyText());
            if (named.stream().anyMatch(isBad)) {
                return refusal.apply(named);
            }
            restored.addAll(named);
            return Reply.status(204);
        });
        return restored;
    }

    private static List<String> idsIn(String body) {
        List<String> out = new ArrayList<>();
        Matcher m = ID.matcher(body);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
