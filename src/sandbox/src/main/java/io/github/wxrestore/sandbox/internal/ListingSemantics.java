package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxRecording;
import io.github.wxrestore.sandbox.SandboxUser;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What the two documented listings do with a GET that got past the faults ({@link ListingEndpoint}'s decide
 * answers before it), checked in this order, the code of {@link #answer}: token (401), query and its rules
 * (400, {@link ListingQueryReader}), scope, host and site (403, 404, {@link ListingScope}), then the page (200):
 * the recordings of the bins covered that pass every filter, newest first, after the cursor, at most {@code max},
 * with {@code Link} to the next page when there are more.
 */
final class ListingSemantics {

    private final Clock clock;
    private final ListingScope scope;
    private final RecordingCatalog catalog;

    ListingSemantics(Clock clock, ListingScope scope, RecordingCatalog catalog) {
        this.clock = clock;
        this.scope = scope;
        this.catalog = catalog;
    }

    Reply answer(Incoming in, Optional<SandboxUser> caller, boolean adminListing) {
        if (caller.isEmpty()) {
            return Refusals.unauthorized(in.header("Authorization"));
        }
        ListingQueryReader.Read read = ListingQueryReader.read(in.rawQuery(), in.header("timezone"), clock.instant(),
                adminListing);
        if (!read.ok()) {
            return Refusals.badRequest(read.problems());
        }
        ListingQuery query = read.query();
        ListingScope.Covered covered = adminListing ? scope.forAdminListing(caller.get(), query)
                : scope.forUserListing(caller.get(), query);
        if (covered.refusal() != null) {
            return covered.refusal();
        }
        // one more than a page, to know whether there is a next one
        List<SandboxRecording> found = covered.bins().stream()
                .flatMap(bin -> catalog.recordings(bin).stream())
                .filter(query::matches)
                .filter(r -> query.cursor() == null || query.cursor().precedes(r))
                .sorted(SandboxRecording.NEWEST_FIRST)
                .limit(query.max() + 1L)
                .toList();
        List<SandboxRecording> page = found.subList(0, Math.min(found.size(), query.max()));
        Reply reply = Reply.json(ListingPage.json(page, adminListing, query.zone()));
        if (found.size() > page.size()) {
            reply = reply.withHeader("Link", NextPageLink.header(in.origin(), in.path(), in.rawQuery(),
                    query.interval(), PageCursor.after(page.get(page.size() - 1))));
        }
        return reply;
    }
}
