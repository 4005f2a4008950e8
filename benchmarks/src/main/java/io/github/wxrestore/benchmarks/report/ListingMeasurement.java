package io.github.wxrestore.benchmarks.report;

import io.github.wxrestore.benchmarks.ListingRun;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Item 7: {@value #RECORDINGS} deleted recordings of one recycle bin listed with {@code listRecordings} against
 * the sandbox, in pages of 100 ({@link ListingRun}), with the per-page time of its ideal measured in the same
 * rounds: each round lists the whole bin once, then the page in the middle alone and the first page alone,
 * {@value #PAGE_SAMPLES} times each, alternating; {@value #ROUNDS} rounds after {@value #WARMUP_ROUNDS} warm-up
 * rounds, all on one client. Every run is checked (every recording exactly once, in exactly the pages expected),
 * and the run fails if one was not. Stores every measured run in {@value #FILE}.
 */
final class ListingMeasurement implements Measurement {

    static final String FILE = "listing.json";
    static final int RECORDINGS = 10_000;
    static final int WARMUP_ROUNDS = 3;
    static final int ROUNDS = 5;
    static final int PAGE_SAMPLES = 10;

    /** What the file holds: the settings and every measured run, the single pages apart. */
    record Result(int recordings, int pageSize, int pages, int middlePage, int warmupRounds,
                  List<ListingRun.Outcome> listings, List<ListingRun.Outcome> middlePages,
                  List<ListingRun.Outcome> firstPages) {
    }

    @Override
    public String name() {
        return "listing";
    }

    @Override
    public void run(RunSettings settings) throws IOException {
        List<ListingRun.Outcome> listings = new ArrayList<>();
        List<ListingRun.Outcome> middlePages = new ArrayList<>();
        List<ListingRun.Outcome> firstPages = new ArrayList<>();
        Result result;
        try (ListingRun listing = new ListingRun(RECORDINGS)) {
            for (int round = 0; round < WARMUP_ROUNDS; round++) {
                round(listing, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            }
            for (int round = 0; round < ROUNDS; round++) {
                round(listing, listings, middlePages, firstPages);
            }
            result = new Result(RECORDINGS, ListingRun.PAGE_SIZE, listing.pages(), listing.middlePageNumber(),
                    WARMUP_ROUNDS, listings, middlePages, firstPages);
        }
        JsonFiles.write(settings.results().resolve(FILE), result);
        listings.forEach(r -> System.out.printf("Listing: %d recordings, %.1f ms, %d requests%n", r.listed(),
                r.wallNanos() / 1e6, r.requests()));
        System.out.printf("Listing: one page of %d, median %.3f ms (page %d), %.3f ms (the first)%n",
                ListingRun.PAGE_SIZE, Samples.median(millis(middlePages)), result.middlePage(),
                Samples.median(millis(firstPages)));
    }

    private static void round(ListingRun listing, List<ListingRun.Outcome> listings,
                              List<ListingRun.Outcome> middlePages, List<ListingRun.Outcome> firstPages) {
        listings.add(checked(listing.listAll()));
        for (int i = 0; i < PAGE_SAMPLES; i++) {
            middlePages.add(checked(listing.middlePage()));
            firstPages.add(checked(listing.firstPage()));
        }
    }

    private static ListingRun.Outcome checked(ListingRun.Outcome outcome) {
        if (!outcome.asExpected()) {
            throw new IllegalStateException("a listing lost or repeated recordings, or took other pages: " + outcome);
        }
        return outcome;
    }

    private static List<Double> millis(List<ListingRun.Outcome> runs) {
        return runs.stream().map(r -> r.wallNanos() / 1e6).toList();
    }
}
