package io.github.wxrestore.benchmarks.report;

import io.github.wxrestore.benchmarks.ListingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Item 7 comes from its result file alone: the ideal from the middle page, the ratio from every listing. */
class ListingSectionTest {

    @TempDir
    Path results;

    @Test
    void theIdealIsThePagesTimesTheMiddlePageAndTheRatioIsPerListing() throws IOException {
        // the middle page's median is 5 ms: an ideal of 100 x 5 = 500 ms; the first page's median is 6 ms
        write(List.of(listing(600, 0), listing(500, 0), listing(700, 0)),
                List.of(page(4), page(5), page(7), page(5), page(6), page(5)),
                List.of(page(6), page(5.5), page(7), page(6), page(6.5), page(6)));

        String doc = BenchmarksDocument.render(Results.load(results));

        // ratios 600 / 500, 500 / 500 and 700 / 500
        assertThat(doc).contains("## 7. Listing the recycle bin")
                .contains("in 100 pages of 100")
                .contains("Each of 3 measured rounds, after 3 warm-up rounds on the same client, lists the whole "
                        + "bin once, then two pages alone 2 times each, alternating: page 51, the one in the middle, "
                        + "and page 1.")
                .contains("| the whole bin, 10,000 recordings | 3 | 600.0 | 500.0 – 700.0 | 100.0 |")
                .contains("| page 51 alone (the middle) | 6 | 5.000 | 4.000 – 7.000 | 1.000 |")
                .contains("| page 1 alone | 6 | 6.000 | 5.500 – 7.000 | 1.000 |")
                .contains("every run listed what it should, each recording once, in one request per page")
                .contains("100 × 5.000 ms (the median of page 51 alone) = 500.0 ms")
                .contains("10,000 for page 1 down to 100 for the last, and page 51 sorts 5,000")
                .contains("the last recording of page 50: the same 100 recordings")
                .contains("Page 1 alone took a median of 6.000 ms (+20.0 % over page 51).")
                .contains("the ideal also counts 100 times what a listing does once")
                .contains("median of the 3 listings: **1.200** (1.000 to 1.400). A ratio near 1 means paging adds "
                        + "nothing beyond the pages themselves")
                .doesNotContain("NaN").doesNotContain("not every run");
    }

    @Test
    void aRecordingListedTwiceIsSaid() throws IOException {
        write(List.of(listing(600, 0), listing(600, 1)), List.of(page(5), page(5)), List.of(page(6), page(6)));

        assertThat(BenchmarksDocument.render(Results.load(results)))
                .contains("0 recordings expected were not listed, 1 were listed more than once")
                .contains("**not every run listed every recording once, in one request per page**");
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        assertThat(BenchmarksDocument.render(Results.load(results)))
                .contains("## 7. Listing the recycle bin\n\nNot measured in this run.");
    }

    private void write(List<ListingRun.Outcome> listings, List<ListingRun.Outcome> middlePages,
                       List<ListingRun.Outcome> firstPages) throws IOException {
        JsonFiles.write(results.resolve(ListingMeasurement.FILE), new ListingMeasurement.Result(10_000, 100, 100, 51,
                3, listings, middlePages, firstPages));
    }

    private static ListingRun.Outcome listing(long millis, int repeated) {
        return new ListingRun.Outcome(10_000, 100, millis * 1_000_000, 100, 0, 10_000 + repeated, 0, repeated);
    }

    private static ListingRun.Outcome page(double millis) {
        return new ListingRun.Outcome(100, 1, Math.round(millis * 1_000_000), 1, 0, 100, 0, 0);
    }
}
