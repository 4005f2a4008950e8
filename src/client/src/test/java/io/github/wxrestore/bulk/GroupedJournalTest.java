package io.github.wxrestore.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.wxrestore.bulk.BulkFixtures.adminBulk;
import static io.github.wxrestore.sandbox.SandboxAccounts.ADMIN;
import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.BOB;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A run of several owners' recordings, killed halfway and run again with its journal: nothing is sent twice,
 * every call again goes to its own host and site, and a journal written for another owner of an ID is refused.
 */
class GroupedJournalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RecordingOwner BOB_ON_EU = new RecordingOwner(EU_SITE, BOB);
    private static final RecordingOwner ANN_ON_SITE = new RecordingOwner(SITE, ANN);

    @TempDir
    Path dir;

    private WebexSandbox sandbox;
    private List<String> admins;
    private List<String> bobs;
    private List<String> anns;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** The admin's own 30 recordings (the run's), Bob's 120 on the EU site and Ann's 250, interleaved. */
    private RestoreSelection.Ids listing() {
        sandbox = BulkFixtures.sandbox(250);
        admins = sandbox.seededIds(SITE, ADMIN, 30);
        bobs = sandbox.seededIds(EU_SITE, BOB, 120);
        anns = sandbox.seededIds(SITE, ANN, 250);
        return OwnedIds.interleaved(new OwnedIds(admins, null), new OwnedIds(bobs, BOB_ON_EU),
                new OwnedIds(anns, ANN_ON_SITE));
    }

    private BulkRestore.Builder run(Path journal) {
        return adminBulk(sandbox).siteUrl(SITE).journal(journal);
    }

    /** Stands for a process killed after {@code calls} calls: the listener throws, as a crash would stop it. */
    private static BulkProgressListener crashAfter(int calls) {
        return new BulkProgressListener() {
            @Override
            public void callFinished(CallOutcome outcome) {
                if (outcome.number() == calls) {
                    throw new IllegalStateException("killed");
                }
            }
        };
    }

    @Test
    void aKilledRunResumesWithTheRestEachCallToItsOwnHostAndSiteAndNothingIsSentTwice() {
        RestoreSelection.Ids listing = listing();
        Path journal = dir.resolve("run.journal");
        assertThat(catchThrowableOfType(IllegalStateException.class,
                () -> run(journal).listener(crashAfter(4)).build().run(listing))).hasMessage("killed");
        assertThat(sandbox.restoredIds()).hasSize(30 + 120 + 100);

        BulkReport resumed = run(journal).build().run(listing);

        assertThat(resumed.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(resumed.alreadyRestored()).isEqualTo(250);
        assertThat(resumed.calls()).isEqualTo(2);
        assertThat(listing.recordingIds()).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isEqualTo(1));
        assertEveryCallWentToTheOwnerOfItsIds(listing);
    }

    @Test
    void withFourWorkersAKilledGroupedRunResumesWithNothingLostOrRepeated() {
        RestoreSelection.Ids listing = listing();
        Path journal = dir.resolve("run.journal");
        catchThrowableOfType(IllegalStateException.class,
                () -> run(journal).concurrency(4).listener(crashAfter(3)).build().run(listing));
        int restoredBefore = sandbox.restoredIds().size();

        BulkReport resumed = run(journal).concurrency(4).build().run(listing);

        assertThat(resumed.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(resumed.alreadyRestored()).isEqualTo(restoredBefore);
        assertThat(listing.recordingIds()).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isEqualTo(1));
        assertEveryCallWentToTheOwnerOfItsIds(listing);
    }

    @Test
    void aCallWhoseAnswerWasLostIsSentAgainAsTheSameGroupToTheSameOwner() {
        RestoreSelection.Ids listing = listing();
        Path journal = dir.resolve("run.journal");
        BulkProgressListener gatewayFailsBobsSecondCall = new BulkProgressListener() {
            @Override
            public void callFinished(CallOutcome outcome) {
                if (outcome.number() == 2) {
                    sandbox.respondNext(502); // call 3, Bob's last 20: passed on or not, the answer is lost
                }
            }
        };
        BulkReport first = run(journal).listener(gatewayFailsBobsSecondCall).build().run(listing);
        assertThat(first.failed()).singleElement().satisfies(f -> {
            assertThat(f.owner()).isEqualTo(BOB_ON_EU);
            assertThat(f.mayHaveBeenApplied()).isTrue();
        });
        int before = sandbox.requests().size();

        BulkPlan plan = run(journal).build().plan(listing);
        BulkReport resumed = run(journal).build().execute(plan);

        assertThat(plan.calls()).singleElement().satisfies(c -> {
            assertThat(c.owner()).isEqualTo(BOB_ON_EU);
            assertThat(c.recordingIds()).containsExactlyElementsOf(bobs.subList(100, 120));
            assertThat(c.mayHaveBeenApplied()).isTrue();
        });
        assertThat(SentCall.of(sandbox).subList(before, before + 1)).singleElement().satisfies(call -> {
            assertThat(call.owner()).isEqualTo(BOB_ON_EU);
            assertThat(call.ids()).containsExactlyElementsOf(bobs.subList(100, 120));
        });
        assertThat(resumed.status()).isEqualTo(BulkReport.Status.OK);
    }

    @Test
    void aLostAnswerThenANotFoundLeavesThatOwnersIdsPresumedRestored() throws IOException {
        RestoreSelection.Ids listing = listing();
        Path journal = dir.resolve("run.journal");
        run(journal).build().run(listing);
        // forget the answer of the last call (Ann's last 50), as a crash between sending it and writing it would
        List<String> lines = Files.readAllLines(journal);
        Files.write(journal, lines.subList(0, lines.size() - 1));
        int before = sandbox.requests().size();

        BulkReport resumed = run(journal).build().run(listing);

        assertThat(SentCall.of(sandbox).subList(before, sandbox.requests().size())).singleElement()
                .satisfies(call -> {
                    assertThat(call.owner()).isEqualTo(ANN_ON_SITE);
                    assertThat(call.ids()).containsExactlyElementsOf(anns.subList(200, 250));
                });
        assertThat(resumed.failed()).isEmpty();
        assertThat(resumed.presumedRestoredIds()).containsExactlyInAnyOrderElementsOf(anns.subList(200, 250));
        assertThat(resumed.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(run(journal).build().plan(listing).calls()).as("nothing left to send").isEmpty();
    }

    @Test
    void theHeaderFingerprintsTheIdsWithTheirOwnersAndEachCallLineNamesItsOwner() throws IOException {
        RestoreSelection.Ids listing = listing();
        Path journal = dir.resolve("run.journal");

        run(journal).build().run(listing);

        List<JsonNode> lines = records(journal);
        JsonNode header = lines.get(0);
        assertThat(header.path("format").asInt()).isEqualTo(1);
        assertThat(header.path("siteUrl").asText()).isEqualTo(SITE);
        assertThat(header.path("hostEmail").isNull()).isTrue();
        assertThat(header.path("uniqueIds").asInt()).isEqualTo(400);
        assertThat(header.path("owners").asInt()).isEqualTo(3);
        assertThat(header.path("fingerprint").asText()).startsWith("owned128:");
        assertThat(header.path("idsFingerprint").asText()).startsWith("set128:");
        List<JsonNode> calls = lines.stream().filter(l -> l.path("type").asText().equals("call")).toList();
        assertThat(calls).hasSize(6).allSatisfy(call -> {
            RecordingOwner owner = new RecordingOwner(call.path("siteUrl").asText(),
                    call.path("hostEmail").isNull() ? null : call.path("hostEmail").asText());
            call.path("ids").forEach(id -> assertThat(ownerOf(listing).get(id.asText())).isEqualTo(owner));
        });
        assertThat(Files.readString(journal)).doesNotContain(SandboxAccounts.ADMIN_TOKEN);
    }

    @Test
    void aResumeWithAnotherOwnerForAnIdIsRefusedAndNothingIsSent() {
        RestoreSelection.Ids listing = listing();
        Path journal = dir.resolve("run.journal");
        catchThrowableOfType(IllegalStateException.class,
                () -> run(journal).listener(crashAfter(1)).build().run(listing));
        int before = sandbox.requests().size();
        List<RecordingOwner> moved = new ArrayList<>(listing.owners());
        int annsLast = listing.recordingIds().indexOf(anns.get(249));
        moved.set(annsLast, new RecordingOwner(EU_SITE, ANN)); // the export says this one is on the EU site now
        RestoreSelection.Ids regrouped = RestoreSelection.owned(listing.recordingIds(), moved);

        BulkJournalException onRun = catchThrowableOfType(BulkJournalException.class,
                () -> run(journal).build().run(regrouped));
        BulkJournalException onPlan = catchThrowableOfType(BulkJournalException.class,
                () -> run(journal).build().plan(regrouped));

        for (BulkJournalException e : List.of(onRun, onPlan)) {
            assertThat(e.reason()).isEqualTo(BulkJournalException.Reason.MISMATCH);
            assertThat(e).hasMessageContaining("written for these 400 recording IDs with other owners")
                    .hasMessageContaining("3 owners").hasMessageContaining("this input gives them 4 owners")
                    .hasMessageContaining("Nothing was sent");
        }
        assertThat(sandbox.requests()).hasSize(before);
    }

    @Test
    void aGroupedJournalAndOneWithoutOwnersAreEachRefusedForTheSameIdsGroupedTheOtherWay() {
        RestoreSelection.Ids listing = listing();
        Path grouped = dir.resolve("grouped.journal");
        Path plain = dir.resolve("plain.journal");
        catchThrowableOfType(IllegalStateException.class,
                () -> run(grouped).listener(crashAfter(1)).build().run(listing));
        // the same IDs as the run's own: its first call fails (most are not the admin's): killed then
        catchThrowableOfType(IllegalStateException.class, () -> run(plain).listener(new BulkProgressListener() {
            @Override
            public void callFinished(CallOutcome outcome) {
                throw new IllegalStateException("killed");
            }
        }).build().run(RestoreSelection.ids(listing.recordingIds())));
        int before = sandbox.requests().size();

        BulkJournalException withoutOwners = catchThrowableOfType(BulkJournalException.class,
                () -> run(grouped).build().run(RestoreSelection.ids(listing.recordingIds())));
        BulkJournalException withOwners = catchThrowableOfType(BulkJournalException.class,
                () -> run(plain).build().run(listing));

        assertThat(withoutOwners.reason()).isEqualTo(BulkJournalException.Reason.MISMATCH);
        assertThat(withoutOwners).hasMessageContaining("with other owners: 3 owners")
                .hasMessageContaining("this input gives them every one the run's own site and host");
        assertThat(withOwners.reason()).isEqualTo(BulkJournalException.Reason.MISMATCH);
        assertThat(withOwners).hasMessageContaining("with other owners: every one the run's own site and host")
                .hasMessageContaining("this input gives them 3 owners");
        assertThat(sandbox.requests()).hasSize(before);
    }

    @Test
    void aBadIdOfOneOwnerIsJournaledWithItsOwnerAndNotSentAgain() {
        sandbox = BulkFixtures.sandbox(100);
        List<String> bobsIds = new ArrayList<>(sandbox.seededIds(EU_SITE, BOB, 100));
        String dead = "0000000000000000000000000000dead";
        bobsIds.set(10, dead);
        RestoreSelection.Ids listing = OwnedIds.interleaved(new OwnedIds(sandbox.seededIds(SITE, ADMIN, 10), null),
                new OwnedIds(bobsIds, BOB_ON_EU));
        Path journal = dir.resolve("run.journal");
        BulkReport first = run(journal).build().run(listing);
        assertThat(first.badIds()).singleElement().satisfies(b -> {
            assertThat(b.recordingId()).isEqualTo(dead);
            assertThat(b.owner()).isEqualTo(BOB_ON_EU);
        });
        assertThat(first.failedByOwner()).containsOnlyKeys(BOB_ON_EU);
        int before = sandbox.requests().size();

        BulkReport resumed = run(journal).build().run(listing);

        assertThat(sandbox.requests()).as("nothing: 109 restored, 1 known bad").hasSize(before);
        assertThat(resumed.plan().knownBadIds()).isEqualTo(first.badIds());
        assertThat(resumed.alreadyRestored()).isEqualTo(109);
    }

    private void assertEveryCallWentToTheOwnerOfItsIds(RestoreSelection.Ids listing) {
        Map<String, RecordingOwner> ownerOf = ownerOf(listing);
        assertThat(SentCall.of(sandbox)).allSatisfy(call -> assertThat(call.ids())
                .allSatisfy(id -> assertThat(ownerOf.get(id)).isEqualTo(call.owner())));
    }

    // each ID's owner as its call sends it: the admin's own on the run's site, Bob's, Ann's
    private static Map<String, RecordingOwner> ownerOf(RestoreSelection.Ids listing) {
        Map<String, RecordingOwner> out = new HashMap<>();
        for (int i = 0; i < listing.recordingIds().size(); i++) {
            out.put(listing.recordingIds().get(i), listing.ownerOf(i).resolvedAgainst(SITE, null));
        }
        return out;
    }

    private static List<JsonNode> records(Path journal) throws IOException {
        return Files.readAllLines(journal).stream().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
