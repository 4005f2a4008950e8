package io.github.wxrestore.bulk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The first line of a journal: which input it belongs to. A journal is used again only for the same set of IDs
 * (by fingerprint), the same site and host, and the same kind of run; for a grouped run (IDs of several owners),
 * for the same set of (ID, owner) pairs. Immutable.
 *
 * @param restoreAll     true for a restore-all run
 * @param siteUrl        null for the preferred site
 * @param hostEmail      null for the caller's own recordings
 * @param uniqueIds      distinct IDs
 * @param fingerprint    {@link UniqueIds#fingerprint()}, or for a grouped run {@link Owners#fingerprint}
 * @param owners         distinct owners of a grouped run's IDs; 0 for a run that is not grouped
 * @param idsFingerprint for a grouped run, {@link UniqueIds#fingerprint()} (to tell other IDs from other owners
 *                       of the same IDs); null for a run that is not grouped
 * @param ids            the IDs of this run, to check a fingerprint an older version wrote; null for a header read
 *                       from a journal
 */
public record JournalHeader(boolean restoreAll, String siteUrl, String hostEmail, int uniqueIds,
                            String fingerprint, int owners, String idsFingerprint, UniqueIds ids) {

    /** Checks that the fingerprint is there. */
    public JournalHeader {
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The header of a run of {@code ids}, every one the run's own. */
    public static JournalHeader of(boolean restoreAll, String siteUrl, String hostEmail, UniqueIds ids) {
        return new JournalHeader(restoreAll, siteUrl, hostEmail, ids.size(), ids.fingerprint(), 0, null, ids);
    }

    /** The header of a run of {@code ids} owned by {@code owners}: as before owners unless the run is grouped. */
    public static JournalHeader of(boolean restoreAll, String siteUrl, String hostEmail, UniqueIds ids,
                                   Owners owners) {
        return owners.grouped()
                ? new JournalHeader(restoreAll, siteUrl, hostEmail, ids.size(), owners.fingerprint(ids),
                        owners.distinct(), ids.fingerprint(), ids)
                : of(restoreAll, siteUrl, hostEmail, ids);
    }

    /** A header as a journal holds it. */
    static JournalHeader read(boolean restoreAll, String siteUrl, String hostEmail, int uniqueIds,
                              String fingerprint, int owners, String idsFingerprint) {
        return new JournalHeader(restoreAll, siteUrl, hostEmail, uniqueIds, fingerprint, owners, idsFingerprint,
                null);
    }

    /** True for a grouped run: its calls' lines name their owner. */
    public boolean grouped() {
        return idsFingerprint != null;
    }

    /** What differs between the input a journal was written for and this one, for a person; empty when none. */
    List<String> differencesFrom(JournalHeader journal) {
        List<String> out = new ArrayList<>();
        if (restoreAll != journal.restoreAll) {
            out.add("it was written for " + (journal.restoreAll ? "a restore-all run" : "a list of IDs")
                    + ", this run is " + (restoreAll ? "a restore-all run" : "a list of IDs"));
        } else if (!sameInput(journal.fingerprint)) {
            out.add(sameIds(journal.grouped() ? journal.idsFingerprint : journal.fingerprint)
                    ? otherOwners(journal) : "it was written for other recording IDs (" + journal.uniqueIds
                    + " distinct, fingerprint " + shortly(journal.fingerprint) + "), this input has " + uniqueIds
                    + " (fingerprint " + shortly(fingerprint) + ")");
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

    // the same IDs, another grouping: a recording's host or site changed since the journal began
    private String otherOwners(JournalHeader journal) {
        String was = journal.grouped() ? journal.owners + " owners (hosts and sites; fingerprint "
                + shortly(journal.fingerprint) + ")" : "every one the run's own site and host";
        String is = grouped() ? owners + " owners (fingerprint " + shortly(fingerprint) + ")"
                : "every one the run's own site and host";
        return "it was written for these " + uniqueIds + " recording IDs with other owners: " + was + "; this "
                + "input gives them " + is + ". The owner of an ID in the input changed since the journal began";
    }

    // the journal's fingerprint is this input's: of its (ID, owner) pairs when grouped, else of its IDs
    private boolean sameInput(String written) {
        return grouped() ? fingerprint.equals(written) : sameIds(written);
    }

    private boolean sameIds(String written) {
        if (written == null) {
            return false;
        }
        String ofIds = grouped() ? idsFingerprint : fingerprint;
        return ids == null ? ofIds.equals(written) : ids.hasFingerprint(written);
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
