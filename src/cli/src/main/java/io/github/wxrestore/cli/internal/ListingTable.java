package io.github.wxrestore.cli.internal;

import io.github.wxrestore.client.HumanText;
import io.github.wxrestore.listing.ListedRecording;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The listing for people: a line of what is listed, a table (ID, created, size, host, site, topic) written as the
 * pages arrive, in fixed columns so nothing waits for the widest value, and a last line with the count and the
 * total size. Times in the local zone.
 */
public final class ListingTable implements ListingOutput {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final String ROW = "%-32s  %-16s  %10s  %-28s  %-24s  %s";
    private static final int TOPIC_CHARS = 60;

    private final PrintWriter out;
    private final ZoneId zone;
    private int count;
    private long totalBytes;

    public ListingTable(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    @Override
    public void begin(String scope) {
        out.println("Listing " + scope + ".");
        out.println(String.format(Locale.ROOT, ROW, "ID", "CREATED (" + zone.getId() + ")", "SIZE", "HOST", "SITE",
                "TOPIC").stripTrailing());
    }

    @Override
    public void recording(ListedRecording r) {
        count++;
        totalBytes += r.sizeBytes() == null ? 0 : r.sizeBytes();
        out.println(String.format(Locale.ROOT, ROW, r.id(),
                r.createTime() == null ? "-" : CREATED.format(r.createTime().atZone(zone)),
                r.sizeBytes() == null ? "-" : Sizes.of(r.sizeBytes()), orDash(r.hostEmail()), orDash(r.siteUrl()),
                r.topic() == null ? "-" : HumanText.oneLine(r.topic(), TOPIC_CHARS)).stripTrailing());
    }

    @Override
    public void end(boolean complete, int pages) {
        out.println(Ids.plural(count, "recording") + ", " + Sizes.of(totalBytes) + " in all ("
                + Ids.plural(pages, "page") + (complete ? ")." : "); stopped at --max-pages: there is more to look through."));
    }

    @Override
    public void failed(String problem, int pages) {
        out.println(Ids.plural(count, "recording") + " before the listing failed (" + Ids.plural(pages, "page")
                + "): the list above is not the whole bin.");
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
