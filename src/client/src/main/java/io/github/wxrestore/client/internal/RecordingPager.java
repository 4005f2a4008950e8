package io.github.wxrestore.client.internal;

import io.github.wxrestore.client.RequestOptions;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * Walks a listing lazily, recording by recording: the windows of the query newest first, each from its first page
 * to the last one its {@code Link}s name, fetching a page only when the caller has taken every recording of the
 * one before. Holds one page at a time. Before following a link it refuses one to another origin than the
 * client's (the token goes with every request) and one to a page this window already fetched (a loop); either
 * way nothing is sent. Never splits, so a parallel stream cannot read ahead. Used by one thread at a time, as a
 * stream's source is.
 */
public final class RecordingPager implements Spliterator<ListedRecording> {

    private final RecordingQuery query;
    private final PageExchange pages;
    private final Origin origin;
    private final CallRunner runner;
    private final Clock clock;
    private final RequestOptions options;
    private final Runnable beforeEachPage;
    private final Deque<Window> windows;
    // the URIs of this window's pages: a link back to one of them is a loop. Pages, not recordings: small.
    private final Set<String> fetched = new HashSet<>();
    private FetchedPage page;
    private Iterator<ListedRecording> unread = Collections.emptyIterator();

    /**
     * @param query          the validated query
     * @param pages          the client's page calls
     * @param baseUrl        the client's base URL, whose origin every next link must have
     * @param runner         the client's runner: each page is one of its calls, started at {@code clock}'s now
     * @param options        the options of every page call
     * @param beforeEachPage runs before each page call (the client's check that it is still open)
     */
    public RecordingPager(RecordingQuery query, PageExchange pages, String baseUrl, CallRunner runner, Clock clock,
                          RequestOptions options, Runnable beforeEachPage) {
        this.query = query;
        this.pages = pages;
        this.origin = Origin.of(URI.create(baseUrl));
        this.runner = runner;
        this.clock = clock;
        this.options = options;
        this.beforeEachPage = beforeEachPage;
        // with meetingId the admin listing ignores the range (spec): one call, whatever its length
        this.windows = new ArrayDeque<>(Window.covering(query.from().orElse(null), query.to().orElse(null),
                query.meetingId().isPresent() ? Optional.empty() : query.listing().maxInterval()));
    }

    @Override
    public boolean tryAdvance(Consumer<? super ListedRecording> action) {
        while (!unread.hasNext()) {
            if (!fetchNextPage()) {
                return false;
            }
        }
        action.accept(unread.next());
        return true;
    }

    // the next page of this window, else the first page of the next window; false when there is none
    private boolean fetchNextPage() {
        if (page != null && page.next().isPresent()) {
            URI next = page.next().get();
            Origin target = Origin.of(next);
            if (!target.equals(origin)) {
                throw Failures.crossOriginLink(origin, target, page.result());
            }
            if (!fetched.add(next.toString())) {
                throw Failures.linkLoop(next, page.result());
            }
            read(call(pages.next(query.listing(), next)));
            return true;
        }
        if (windows.isEmpty()) {
            return false;
        }
        fetched.clear();
        read(call(pages.first(query, windows.removeFirst())));
        fetched.add(page.fetched().toString());
        return true;
    }

    private FetchedPage call(Exchange<FetchedPage> pageCall) {
        beforeEachPage.run();
        return runner.run(pageCall, clock.instant(), options, () -> false);
    }

    private void read(FetchedPage fetchedPage) {
        page = fetchedPage;
        unread = fetchedPage.recordings().iterator();
    }

    /** Never: the pages come one after the other. */
    @Override
    public Spliterator<ListedRecording> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
        return ORDERED | NONNULL;
    }
}
