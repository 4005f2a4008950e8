package io.github.wxrestore.benchmarks;

import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxRecording;
import io.github.wxrestore.sandbox.SandboxScope;
import io.github.wxrestore.sandbox.SandboxUser;
import io.github.wxrestore.sandbox.WebexSandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Item 7: {@code listRecordings} of one recycle bin of {@code recordings} deleted recordings against a sandbox
 * whose one user has one site (so the user listing covers that bin alone), in pages of {@value #PAGE_SIZE}: the
 * whole bin, or one page of it alone, each timed from {@code listRecordings(..)} until the stream is closed, then
 * checked against what the sandbox holds and received: every recording expected exactly once, nothing else, in
 * exactly the pages expected, each answered 200. One client for every run, so later runs find it warm. Not
 * thread-safe: one run at a time.
 */
public final class ListingRun implements AutoCloseable {

    /** Recordings per page: the largest page the API serves. */
    public static final int PAGE_SIZE = RecordingQuery.MAX_PAGE_SIZE;
    /** Where the range starts: before the oldest recording the sandbox makes (400 days before it started). */
    static final Duration RANGE = Duration.ofDays(401);

    /** A run's figures: its wall time, what the sandbox received and answered, and what the stream gave. */
    public record Outcome(int expected, int expectedPages, long wallNanos, int requests, int otherAnswers,
                          int listed, int missing, int repeated) {

        /**
         * True when every expected recording came exactly once and nothing else came, in the pages expected,
         * one request each, every one answered 200.
         */
        public boolean asExpected() {
            return listed == expected && missing == 0 && repeated == 0 && requests == expectedPages
                    && otherAnswers == 0;
        }
    }

    private final WebexSandbox sandbox;
    private final WebexRecordingsClient client;
    private final int pages;
    private final RecordingQuery wholeBin;
    private final RecordingQuery fromMiddlePage;
    private final List<String> all;
    private final List<String> middlePage;

    /** A sandbox with {@code recordings} deleted recordings in its one bin, and a client with the defaults. */
    public ListingRun(int recordings) {
        if (recordings <= PAGE_SIZE) {
            throw new IllegalArgumentException("a listing with a middle page needs more than " + PAGE_SIZE
                    + " recordings, got " + recordings);
        }
        this.sandbox = WebexSandbox.builder()
                .accounts(SandboxAccounts.of(SandboxUser.of(SandboxAccounts.ANN, SandboxAccounts.ANN_TOKEN,
                        SandboxScope.USER, SandboxAccounts.SITE)))
                .recordingsPerHost(recordings)
                .maxRecordedRequests(recordings / PAGE_SIZE + 10)
                .start();
        this.client = WebexRecordingsClient.builder()
                .baseUrl(sandbox.baseUrl())
                .accessToken(sandbox.user(SandboxAccounts.ANN).token())
                .httpClientBuilder(LoopbackTransport.builder())
                .build();
        this.pages = (recordings + PAGE_SIZE - 1) / PAGE_SIZE;
        Instant now = Instant.now();
        this.wholeBin = RecordingQuery.builder().listing(RecordingQuery.Listing.USER).from(now.minus(RANGE)).to(now)
                .pageSize(PAGE_SIZE).build();
        List<SandboxRecording> newestFirst = sandbox.recordings(SandboxAccounts.SITE, SandboxAccounts.ANN);
        if (newestFirst.size() != recordings) {
            throw new IllegalStateException("the sandbox holds " + newestFirst.size() + " recordings, not "
                    + recordings);
        }
        this.all = newestFirst.stream().map(SandboxRecording::id).toList();
        // the middle page alone: the first page of a query whose range ends (exclusive) at the createTime of the
        // last recording of the page before it
        int before = (middlePageNumber() - 1) * PAGE_SIZE;
        Instant cut = newestFirst.get(before - 1).createTime();
        this.fromMiddlePage = wholeBin.toBuilder().to(cut).build();
        this.middlePage = newestFirst.stream().filter(r -> r.createTime().isBefore(cut)).limit(PAGE_SIZE)
                .map(SandboxRecording::id).toList();
        if (!middlePage.equals(all.subList(before, Math.min(before + PAGE_SIZE, all.size())))) {
            throw new IllegalStateException("page " + middlePageNumber() + " starts with a recording made in the "
                    + "same second as the one before it, so no range ends between them: list another number");
        }
    }

    /** How many pages the whole bin takes. */
    public int pages() {
        return pages;
    }

    /** The page in the middle of the listing, counted from 1 (the 51st of 100). */
    public int middlePageNumber() {
        return pages / 2 + 1;
    }

    /** Lists the whole bin, every page to the last. */
    public Outcome listAll() {
        return timed(wholeBin, false, all, pages);
    }

    /**
     * Lists the page in the middle alone ({@link #middlePageNumber()}), and closes the stream after its
     * recordings: the first page of a query whose range ends at the createTime of the last recording of the page
     * before, so the same recordings as that page of {@link #listAll()}, with no page before it. The sandbox does
     * for it what it does for that page reached by its {@code Link}: it filters the whole bin and sorts the
     * recordings from that page on.
     */
    public Outcome middlePage() {
        return timed(fromMiddlePage, true, middlePage, 1);
    }

    /** Lists the first page alone, and closes the stream after its recordings. */
    public Outcome firstPage() {
        return timed(wholeBin, true, all.subList(0, Math.min(PAGE_SIZE, all.size())), 1);
    }

    private Outcome timed(RecordingQuery query, boolean onePage, List<String> expected, int expectedPages) {
        sandbox.reset();
        List<String> listed = new ArrayList<>(expected.size());
        long start = System.nanoTime();
        try (Stream<ListedRecording> recordings = client.listRecordings(query)) {
            (onePage ? recordings.limit(PAGE_SIZE) : recordings).forEach(r -> listed.add(r.id()));
        }
        long wall = System.nanoTime() - start;
        return check(expected, expectedPages, wall, listed);
    }

    private Outcome check(List<String> expected, int expectedPages, long wall, List<String> listed) {
        List<RecordedRequest> requests = sandbox.requests();
        int other = (int) requests.stream().filter(r -> r.response().status() != 200).count();
        Set<String> distinct = new HashSet<>(listed);
        int missing = (int) expected.stream().filter(id -> !distinct.contains(id)).count();
        return new Outcome(expected.size(), expectedPages, wall, requests.size(), other, listed.size(), missing,
                listed.size() - distinct.size());
    }

    @Override
    public void close() {
        client.close();
        sandbox.close();
    }
}
