package io.github.wxrestore.bulk;

import io.github.wxrestore.client.FailureCategory;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.validation.InvalidRestoreRequestException;
import io.github.wxrestore.validation.Rules;
import io.github.wxrestore.validation.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static io.github.wxrestore.bulk.BulkFixtures.adminBulk;
import static io.github.wxrestore.bulk.BulkFixtures.bulk;
import static io.github.wxrestore.bulk.OwnedIds.hexIds;
import static io.github.wxrestore.sandbox.SandboxAccounts.ADMIN;
import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.BOB;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One run restores the recordings of several hosts on several sites, as an admin's listing names them: each call
 * is one owner's, sent with that host's {@code hostEmail} and that site's {@code siteUrl}, at most 100 IDs.
 */
class GroupedRunTest {

    /** Ann's recordings on the run's site: the owner names the host alone. */
    private static final RecordingOwner ANN_ON_THE_RUNS_SITE = new RecordingOwner(null, ANN);
    private static final RecordingOwner BOB_ON_EU = new RecordingOwner(EU_SITE, BOB);

    private WebexSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void threeHostsAreRestoredInCallsOfOneHostEachEachCarryingItsHostAndSite() {
        sandbox = BulkFixtures.sandbox(250);
        List<String> admins = sandbox.seededIds(SITE, ADMIN, 30);
        List<String> bobs = sandbox.seededIds(EU_SITE, BOB, 120);
        List<String> anns = sandbox.seededIds(SITE, ANN, 250);
        RestoreSelection.Ids listing = OwnedIds.interleaved(new OwnedIds(admins, null),
                new OwnedIds(bobs, BOB_ON_EU), new OwnedIds(anns, ANN_ON_THE_RUNS_SITE));

        BulkReport report = adminBulk(sandbox).siteUrl(SITE).build().run(listing);

        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(report.restored()).isEqualTo(400);
        assertThat(report.calls()).isEqualTo(6);
        List<SentCall> sent = SentCall.of(sandbox);
        // the owners in the order of their first ID, each in calls of at most 100 of its IDs in input order
        assertThat(sent).extracting(SentCall::hostEmail, SentCall::siteUrl, c -> c.ids().size()).containsExactly(
                tuple(null, SITE, 30), tuple(BOB, EU_SITE, 100), tuple(BOB, EU_SITE, 20),
                tuple(ANN, SITE, 100), tuple(ANN, SITE, 100), tuple(ANN, SITE, 50));
        assertThat(sent.get(0).ids()).containsExactlyElementsOf(admins);
        assertThat(sent.get(1).ids()).containsExactlyElementsOf(bobs.subList(0, 100));
        assertThat(sent.get(2).ids()).containsExactlyElementsOf(bobs.subList(100, 120));
        assertThat(sent.get(5).ids()).containsExactlyElementsOf(anns.subList(200, 250));
        assertThat(sandbox.recycleBin(EU_SITE, BOB)).doesNotContainAnyElementsOf(bobs);
        assertThat(sandbox.recycleBin(SITE, ANN)).isEmpty();
        assertThat(sandbox.recycleBin(SITE, ADMIN)).doesNotContainAnyElementsOf(admins);
        assertThat(listing.recordingIds()).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isEqualTo(1));
        assertThat(report.restoredIds()).containsExactlyElementsOf(listing.recordingIds());
    }

    @Test
    void withFourWorkersEveryIdOfEveryOwnerIsRestoredOnceByACallOfItsOwner() {
        sandbox = BulkFixtures.sandbox(300);
        List<String> bobs = sandbox.seededIds(EU_SITE, BOB, 300);
        List<String> anns = sandbox.seededIds(EU_SITE, ANN, 300);
        RestoreSelection.Ids listing = OwnedIds.interleaved(new OwnedIds(bobs, BOB_ON_EU),
                new OwnedIds(anns, new RecordingOwner(EU_SITE, ANN)));

        BulkReport report = adminBulk(sandbox).concurrency(4).build().run(listing);

        assertThat(report.status()).isEqualTo(BulkReport.Status.OK);
        assertThat(report.calls()).isEqualTo(6);
        assertThat(SentCall.of(sandbox)).hasSize(6).allSatisfy(call -> {
            assertThat(call.siteUrl()).isEqualTo(EU_SITE);
            assertThat(call.ids()).isSubsetOf(BOB.equals(call.hostEmail()) ? bobs : anns);
        });
        assertThat(listing.recordingIds()).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isEqualTo(1));
    }

    @Test
    void theDryRunPlanShowsTheCallsOfEachOwnerWithWhatEachSends() {
        RestoreSelection.Ids listing = OwnedIds.interleaved(new OwnedIds(hexIds(0, 30), null),
                new OwnedIds(hexIds(1_000, 120), BOB_ON_EU), new OwnedIds(hexIds(2_000, 250), ANN_ON_THE_RUNS_SITE));

        BulkPlan plan = BulkRestore.builder().siteUrl(SITE).build().plan(listing);

        Map<RecordingOwner, List<PlannedCall>> byOwner = plan.callsByOwner();
        assertThat(byOwner.keySet()).containsExactly(new RecordingOwner(SITE, null), BOB_ON_EU,
                new RecordingOwner(SITE, ANN));
        assertThat(byOwner.values()).extracting(calls -> calls.stream().map(c -> c.recordingIds().size()).toList())
                .containsExactly(List.of(30), List.of(100, 20), List.of(100, 100, 50));
        assertThat(plan.calls()).extracting(PlannedCall::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(plan.calls()).extracting(PlannedCall::siteUrl, PlannedCall::hostEmail).containsExactly(
                tuple(SITE, null), tuple(EU_SITE, BOB), tuple(EU_SITE, BOB), tuple(SITE, ANN), tuple(SITE, ANN),
                tuple(SITE, ANN));
        assertThat(plan.calls().get(5).recordingIds()).containsExactlyElementsOf(hexIds(2_200, 50));
        assertThat(plan.unique()).isEqualTo(400);
        assertThat(plan.siteUrl()).as("the run's own").isEqualTo(SITE);
        assertThat(plan.toString()).contains("calls 6 for 3 owners");
        assertThat(new RecordingOwner(SITE, ANN)).hasToString("ann@example.com on example.webex.com");
    }

    @Test
    void anIdGivenForTwoOwnersIsRefusedNamingBothPositionsAndNothingIsSent() {
        sandbox = BulkFixtures.sandbox(10);
        List<String> ids = new ArrayList<>(sandbox.seededIds(SITE, ANN, 5));
        List<RecordingOwner> owners = new ArrayList<>(List.of(ANN_ON_THE_RUNS_SITE, ANN_ON_THE_RUNS_SITE,
                ANN_ON_THE_RUNS_SITE, ANN_ON_THE_RUNS_SITE, ANN_ON_THE_RUNS_SITE));
        ids.addAll(sandbox.seededIds(EU_SITE, BOB, 3));
        owners.addAll(List.of(BOB_ON_EU, BOB_ON_EU, BOB_ON_EU));
        ids.add(ids.get(1)); // a plain duplicate: the same owner
        owners.add(ANN_ON_THE_RUNS_SITE);
        ids.add(ids.get(2)); // position 9: ann's recording given for bob too
        owners.add(BOB_ON_EU);

        InvalidRestoreRequestException e = catchThrowableOfType(InvalidRestoreRequestException.class,
                () -> adminBulk(sandbox).siteUrl(SITE).build().run(RestoreSelection.owned(ids, owners)));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(BulkRestore.ID_WITH_TWO_OWNERS);
            assertThat(v.index()).isEqualTo(OptionalInt.of(9));
            assertThat(v.message()).contains("recordingIds[9] is given for bob@example.com on example-eu.webex.com")
                    .contains("recordingIds[2], the same ID, for ann@example.com on example.webex.com")
                    .contains(ids.get(2));
        });
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void anOwnersBadHostOrSiteIsNamedAtTheFirstIdGivenForItOnce() {
        List<String> ids = hexIds(0, 8);
        RecordingOwner badHost = new RecordingOwner(null, "a@@b.com");
        RecordingOwner badSite = new RecordingOwner("https://example-eu.webex.com", BOB);
        List<RecordingOwner> owners = java.util.Arrays.asList(null, null, badHost, badSite, badHost, null, badSite,
                new RecordingOwner(EU_SITE, "a@@b.com"));

        InvalidRestoreRequestException e = catchThrowableOfType(InvalidRestoreRequestException.class,
                () -> BulkRestore.builder().siteUrl(SITE).build().plan(RestoreSelection.owned(ids, owners)));

        assertThat(e.violations()).extracting(Violation::index, Violation::rule).containsExactly(
                tuple(OptionalInt.of(2), Rules.HOST_EMAIL), tuple(OptionalInt.of(3), Rules.SITE_HOST));
        assertThat(e.violations().get(0).message()).startsWith("the host of recordingIds[2], the first ID given "
                + "for it: hostEmail must be an email address");
        assertThat(e.violations().get(1).message()).startsWith("the site of recordingIds[3], the first ID given "
                + "for it: siteUrl must be a Webex site host").contains("'https://example-eu.webex.com'");
    }

    @Test
    void ownersThatDifferOnlyInCaseAreOneOwnerSentAsFirstGiven() {
        List<String> ids = hexIds(0, 150);
        List<RecordingOwner> owners = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            owners.add(i % 2 == 0 ? new RecordingOwner(EU_SITE, "Ann@Example.com")
                    : new RecordingOwner("EXAMPLE-EU.webex.com", ANN));
        }
        List<String> withRepeat = new ArrayList<>(ids);
        withRepeat.add(ids.get(0)); // given again in the other spelling: a duplicate, not another owner
        owners.add(new RecordingOwner("EXAMPLE-EU.webex.com", ANN));

        BulkPlan plan = BulkRestore.builder().build().plan(RestoreSelection.owned(withRepeat, owners));

        assertThat(plan.calls()).extracting(c -> c.recordingIds().size()).containsExactly(100, 50);
        assertThat(plan.calls()).extracting(PlannedCall::owner).containsOnly(
                new RecordingOwner(EU_SITE, "Ann@Example.com"));
        assertThat(plan.duplicates()).isEqualTo(1);
    }

    @Test
    void ownersTheRunsOwnAreARunWithoutOwners() {
        List<String> ids = hexIds(0, 150);
        List<RecordingOwner> owners = Stream.generate(() -> new RecordingOwner(SITE, null)).limit(150).toList();
        BulkRestore bulk = BulkRestore.builder().siteUrl(SITE).build();

        BulkPlan owned = bulk.plan(RestoreSelection.owned(ids, owners));
        BulkPlan plain = bulk.plan(RestoreSelection.ids(ids));

        assertThat(owned.calls()).isEqualTo(plain.calls());
        assertThat(owned.calls()).extracting(PlannedCall::owner).containsOnly(new RecordingOwner(SITE, null));
    }

    @Test
    void aForbiddenOwnerStopsOnlyItsOwnCallsAndTheOthersAreRestored() {
        sandbox = BulkFixtures.sandbox(250);
        List<String> bobs = sandbox.seededIds(EU_SITE, BOB, 250);
        List<String> anns = sandbox.seededIds(SITE, ANN, 150);
        List<RecordingOwner> owners = new ArrayList<>();
        bobs.forEach(id -> owners.add(BOB_ON_EU));
        anns.forEach(id -> owners.add(null));
        List<String> ids = new ArrayList<>(bobs);
        ids.addAll(anns);

        // Ann's token may restore her own recordings, not Bob's (hostEmail needs the admin scope): 403
        BulkReport report = bulk(sandbox).build().run(RestoreSelection.owned(ids, owners));

        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(403);
            assertThat(f.category()).isEqualTo(FailureCategory.AUTHORIZATION);
            assertThat(f.owner()).isEqualTo(BOB_ON_EU);
        });
        assertThat(report.failedByOwner()).containsOnlyKeys(BOB_ON_EU);
        assertThat(report.stoppedBy()).isEqualTo(FailureCategory.AUTHORIZATION);
        assertThat(report.notAttempted()).as("Bob's other calls").containsExactlyElementsOf(bobs.subList(100, 250));
        assertThat(report.restoredIds()).as("Ann's, all").containsExactlyElementsOf(anns);
        assertThat(report.status()).isEqualTo(BulkReport.Status.PARTIAL);
        assertThat(SentCall.of(sandbox)).extracting(SentCall::hostEmail, c -> c.ids().size())
                .containsExactly(tuple(BOB, 100), tuple(null, 100), tuple(null, 50));
    }

    @Test
    void aHostThatDoesNotExistIsNotHalvedDownToEveryIdBecauseAnotherOwnersCallRestored() {
        sandbox = BulkFixtures.sandbox(50);
        List<String> anns = sandbox.seededIds(SITE, ANN, 50);
        List<String> nobodys = hexIds(0, 100);
        RestoreSelection.Ids listing = OwnedIds.interleaved(new OwnedIds(anns, ANN_ON_THE_RUNS_SITE),
                new OwnedIds(nobodys, new RecordingOwner(SITE, "nobody@example.com")));

        BulkReport report = adminBulk(sandbox).siteUrl(SITE).build().run(listing);

        assertThat(report.restoredIds()).containsExactlyElementsOf(anns);
        assertThat(report.failed()).flatExtracting(CallOutcome::recordingIds).as("each ID reported once")
                .containsExactlyInAnyOrderElementsOf(nobodys);
        assertThat(report.failed()).allSatisfy(f -> assertThat(f.message()).contains("Host not found"));
        assertThat(report.badIds()).isEmpty();
        // Ann's call, then nobody's halved (100, 50, 25, 12, 6, 3, 2) down to two single IDs failing alike with
        // nothing of nobody's restored: not about IDs, whatever Ann's call restored
        assertThat(sandbox.requests()).hasSize(1 + 1 + 7 * 2);
    }

    @Test
    void anotherOwnersNotFoundAboutNoIdDoesNotKeepACallWithABadIdFromBeingHalved() {
        sandbox = BulkFixtures.sandbox(50);
        List<String> anns = new ArrayList<>(sandbox.seededIds(SITE, ANN, 50));
        String dead = "0000000000000000000000000000dead";
        anns.set(20, dead);
        RestoreSelection.Ids listing = OwnedIds.interleaved(
                new OwnedIds(hexIds(0, 3), new RecordingOwner(SITE, "nobody@example.com")),
                new OwnedIds(anns, ANN_ON_THE_RUNS_SITE));
        AtomicBoolean scripted = new AtomicBoolean();
        BulkProgressListener aNotFoundThatNamesNoIdForAnnsCall = new BulkProgressListener() {
            @Override
            public void callFinished(CallOutcome outcome) {
                // once nobody's call and its parts are done: the next request is Ann's call
                if ("nobody@example.com".equals(outcome.owner().hostEmail()) && scripted.compareAndSet(false, true)) {
                    sandbox.respondNext(404); // no ID named: a gateway's answer, say
                }
            }
        };

        BulkReport report = adminBulk(sandbox).siteUrl(SITE).listener(aNotFoundThatNamesNoIdForAnnsCall).build()
                .run(listing);

        assertThat(report.badIds()).singleElement().satisfies(b -> {
            assertThat(b.recordingId()).isEqualTo(dead);
            assertThat(b.owner()).isEqualTo(new RecordingOwner(SITE, ANN));
        });
        assertThat(report.restoredIds()).containsExactlyInAnyOrderElementsOf(
                anns.stream().filter(id -> !id.equals(dead)).toList());
    }
}
