package io.github.wxrestore.bulk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The first line of a journal: which input it belongs to. A journal is used again only for the same set of IDs
 * (by fingerprint), the same site and host, and the same kind of run. Immutable.
 *
 * @param restoreAll  true for a restore-all run
 * @param siteUrl     null for the preferred site
 * @param hostEmail   null for the caller's own recordings
 * @param uniqueIds   distinct IDs
 * @param fingerprint {@link UniqueIds#fingerprint()}
 * @param ids         the IDs of this run, to check a fingerprint an older version wrote; null for a header read
 *                    from a journal
 */
public record JournalHeader(boolean restoreAll, String siteUrl, String hostEmail, int uniqueIds,
                            String fingerprint, UniqueIds ids) {

    /** Checks that the fingerprint is there. */
    public JournalHeader {
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The header of a run of {@code ids}. */
    public static JournalHeader of(boolean restoreAll, String siteUrl, String hostEmail, UniqueIds ids) {
        return new JournalHeader(restoreAll, siteUrl, hostEmail, ids.size(), ids.fingerprint(), ids);
    }

    /** A header as a journal holds it. */
    static JournalHeader read(boolean restoreAll, String siteUrl, String hostEmail, int uniqueIds,
                              String fingerprint) {
        return new JournalHeader(restoreAll, siteUrl, hostEmail, uniqueIds, fingerprint, null);
    }

    /** What differs between the input a journal was written for and this one, for a person; empty when none. */
    List<String> differencesFrom(JournalHeader journal) {
        List<String> out = new ArrayList<>();
        if (restoreAll != journal.restoreAll) {
            out.add("it was written for " + (journal.restoreAll ? "a restore-all run" : "a list of IDs")
                    + ", this run is " + (restoreAll ? "a restore-all run" : "a list of IDs"));
        } else if (!sameIds(journal.fingerprint)) {
            out.add("it was written for other recording IDs (" + journal.uniqueIds + " distinct, fingerprint "
                    + shortly(journal.fingerprint) + "), this input has " + uniqueIds + " (fingerprint "
                    + shortly(fingerprint) + ")");
        }
        if (!sameIgnoringCase(siteUrl, journal.siteUrl)) {
            out.add("it was written for site " + shown(journal.siteUrl, "the preferred site") + ", this run is for "
                    + shown(siteUrl, "the preferred site"));
        }
        if (!sameIgnoringCase(hostEmail, journal.hostEmail)) {
            out.add("it was written for host " + shown(journal.hostEmail, "the caller") + ", this run is for "
                    + shown(hostEmail, "the caller"));
        }
        return out;
    }

    private boolean sameIds(String written) {
        return ids == null ? fingerprint.equals(written) : ids.hasFingerprint(written);
    }

    private static boolean sameIgnoringCase(String a, String b) {
        return a == null ? b == null : b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static String shown(String value, String absent) {
        return value == null ? absent : value;
    }

    private static String shortly(String fingerprint) {
        return fingerprint.length() > 19 ? fingerprint.substring(0, 19) + "..." : fingerprint;
    }
}
