package io.github.wxrestore.benchmarks;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The request bodies the benchmarks send or validate; each call returns a fresh, mutable body. */
public final class Requests {

    /** A site host, as a bulk restore names it. */
    public static final String SITE = "example.webex.com";
    /** A token of a realistic length; the loopback server never checks it. */
    public static final String TOKEN = "BENCHMARK-TOKEN-0123456789abcdef0123456789abcdef0123456789abcdef_PF84_1eb65fdf";
    /** The ID that {@link #hundredIdsOneMalformed()} breaks: a space pasted in the middle. */
    public static final String MALFORMED_ID = "4f914b1dfe3c4d11 a61730f18c0f5387";

    private Requests() {
    }

    /** 100 distinct 32-character hex IDs (the spec's maximum per request, the size a bulk restore sends). */
    public static List<String> hundredIdList() {
        Random random = new Random(8); // fixed: every run and every variant sends the same bytes
        List<String> ids = new ArrayList<>(100);
        for (int i = 0; i < 100; i++) {
            ids.add(String.format("%016x%016x", random.nextLong(), random.nextLong()));
        }
        return ids;
    }

    /** A valid request naming 100 IDs of one site. */
    public static RestoreRecordingsRequest hundredIds() {
        return new RestoreRecordingsRequest().recordingIds(hundredIdList()).siteUrl(SITE);
    }

    /** A valid request restoring the whole recycle bin of one site. */
    public static RestoreRecordingsRequest restoreAll() {
        return new RestoreRecordingsRequest().restoreAll(true).siteUrl(SITE);
    }

    /** {@link #hundredIds()} with the 50th ID replaced by {@link #MALFORMED_ID}: exactly one violation. */
    public static RestoreRecordingsRequest hundredIdsOneMalformed() {
        List<String> ids = hundredIdList();
        ids.set(49, MALFORMED_ID);
        return new RestoreRecordingsRequest().recordingIds(ids).siteUrl(SITE);
    }
}
