package io.github.wxrestore.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Item 7: a 10,000-recording recycle bin listed in 100 pages, against the ideal of 100 times one page alone. */
final class ListingSection implements Section {

    @Override
    public void render(Results results, Markdown doc) {
        doc.heading(2, "7. Listing the recycle bin");
        if (results.file(ListingMeasurement.FILE).isEmpty()) {
            doc.paragraph("Not measured in this run.");
            return;
        }
        JsonNode file = results.file(ListingMeasurement.FILE).get();
        List<JsonNode> listings = list(file.path("listings"));
        List<JsonNode> middle = list(file.path("middlePages"));
        List<JsonNode> first = list(file.path("firstPages"));
        int recordings = file.path("recordings").asInt();
        int pageSize = file.path("pageSize").asInt();
        int pages = file.path("pages").asInt();
        int middlePage = file.path("middlePage").asInt();
        doc.paragraph(String.format(Locale.ROOT, """
                `listRecordings` listing a recycle bin of %,d deleted recordings (one host with one site, so the \
                user listing covers that bin alone) in %d pages of %d, against the sandbox on loopback, in the \
                benchmark's JVM, with one client on the default settings. Each of %d measured rounds, after %d \
                warm-up rounds on the same client, lists the whole bin once, then two pages alone %d times each, \
                alternating: page %d, the one in the middle, and page 1. Wall time from `listRecordings(..)` until \
                the stream is closed, after its last recording (for a page alone, after its %d).""",
                recordings, pages, pageSize, listings.size(), file.path("warmupRounds").asInt(),
                middle.size() / Math.max(1, listings.size()), middlePage, pageSize));
        doc.table("lrrrr", List.of("listing", "runs", "median ms", "min – max ms", "requests"), List.of(
                row(String.format(Locale.ROOT, "the whole bin, %,d recordings", recordings), listings),
                row("page " + middlePage + " alone (the middle)", middle),
                row("page 1 alone", first)));
        List<JsonNode> all = new ArrayList<>(listings);
        all.addAll(middle);
        all.addAll(first);
        long missing = all.stream().mapToLong(r -> r.path("missing").asLong()).sum();
        long repeated = all.stream().mapToLong(r -> r.path("repeated").asLong()).sum();
        long other = all.stream().mapToLong(r -> r.path("otherAnswers").asLong()).sum();
        boolean exact = all.stream().allMatch(r -> r.path("listed").asInt() == r.path("expected").asInt()
                && r.path("requests").asInt() == r.path("expectedPages").asInt());
        doc.paragraph(String.format(Locale.ROOT, """
                Every recording exactly once: over the %d runs, %d recordings expected were not listed, %d were \
                listed more than once, and %d pages got an answer other than 200 (checked against what the sandbox \
                holds and received: %s).""",
                all.size(), missing, repeated, other, exact && missing == 0 && repeated == 0 && other == 0
                        ? "every run listed what it should, each recording once, in one request per page"
                        : "**not every run listed every recording once, in one request per page**"));
        if (listings.isEmpty() || middle.isEmpty()) {
            return;
        }
        double perPage = Samples.median(values(middle));
        double ideal = pages * perPage;
        List<Double> ratios = values(listings).stream().map(wall -> wall / ideal).toList();
        double ratio = Samples.median(ratios);
        double firstPage = Samples.median(values(first));
        doc.paragraph(String.format(Locale.ROOT, """
                The ideal of a listing is its pages times the time of one page alone: %d × %s ms (the median of \
                page %d alone) = %s ms. Page %d, because what a page costs the sandbox changes along the listing: \
                every page filters the whole bin, then sorts the recordings from that page on, %,d for page 1 down \
                to %,d for the last, and page %d sorts %,d, what a page sorts on average. Alone, it is the first \
                page of a query whose range ends at the createTime of the last recording of page %d: the same %d \
                recordings, with no page before it.%s A page alone is a listing of its own, so the ideal also \
                counts %d times what a listing does once (checking the query, opening the stream).""",
                pages, Markdown.number(perPage), middlePage, Markdown.number(ideal), middlePage, recordings,
                recordings - (pages - 1) * pageSize, middlePage, recordings - (middlePage - 1) * pageSize,
                middlePage - 1, pageSize, first.isEmpty() ? "" : String.format(Locale.ROOT,
                        " Page 1 alone took a median of %s ms (%s over page %d).", Markdown.number(firstPage),
                        Markdown.percent(firstPage / perPage - 1), middlePage), pages));
        doc.paragraph(String.format(Locale.ROOT, """
                Wall time over ideal, median of the %d listings: **%s** (%s to %s). A ratio near 1 means paging \
                adds nothing beyond the pages themselves: following each `Link` to the next page costs no more \
                than asking for that page on its own.""",
                ratios.size(), Markdown.ratio(ratio), Markdown.ratio(Samples.min(ratios)),
                Markdown.ratio(Samples.max(ratios))));
    }

    private static List<String> row(String listing, List<JsonNode> runs) {
        if (runs.isEmpty()) {
            return List.of(listing, "0", "not in this run", "", "");
        }
        List<Double> walls = values(runs);
        return List.of(listing, String.valueOf(runs.size()), Markdown.number(Samples.median(walls)),
                Markdown.number(Samples.min(walls)) + " – " + Markdown.number(Samples.max(walls)),
                Markdown.number(Samples.median(runs.stream().map(r -> r.path("requests").asDouble()).toList())));
    }

    // wall times in milliseconds
    private static List<Double> values(List<JsonNode> runs) {
        return runs.stream().map(r -> r.path("wallNanos").asLong() / 1e6).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
