package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.RecordingOwner;
import io.github.wxrestore.bulk.RestoreSelection;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The owner of every ID of a run, resolved against the run's defaults (the builder's siteUrl and hostEmail):
 * what the calls of each ID send. Owners that differ only in case are one owner, as Webex reads sites and emails
 * without regard to case: sent as the run's spelling when they are the run's, else as first given. A run is
 * grouped when some ID's owner is not the run's own; one that is not plans and journals exactly as runs did
 * before owners. Immutable.
 */
public final class Owners {

    private static final String PAIRS_PREFIX = "owned128:";

    /**
     * One owner as a call sends it, the key that tells it from the others, and its salt in the fingerprint of
     * the (ID, owner) pairs.
     */
    record Owner(RecordingOwner sent, String key, UniqueIds.Salt salt) {
    }

    private final Owner runs;
    private final List<RecordingOwner> given; // per input position; empty when the run is not grouped
    private final Map<RecordingOwner, Owner> resolved; // by identity: a selection shares equal owners
    private final int distinct;

    private Owners(Owner runs, List<RecordingOwner> given, Map<RecordingOwner, Owner> resolved, int distinct) {
        this.runs = runs;
        this.given = given;
        this.resolved = resolved;
        this.distinct = distinct;
    }

    /** The owners of {@code selection}'s IDs in a run of this site and host (restore-all: the run's alone). */
    public static Owners of(RestoreSelection selection, String siteUrl, String hostEmail) {
        Owner runs = owner(new RecordingOwner(siteUrl, hostEmail));
        if (!(selection instanceof RestoreSelection.Ids ids) || !ids.namesOwners()) {
            return new Owners(runs, List.of(), Map.of(), 1);
        }
        Map<String, Owner> byKey = new LinkedHashMap<>();
        Map<RecordingOwner, Owner> resolved = new IdentityHashMap<>();
        for (RecordingOwner owner : ids.distinctOwners()) {
            RecordingOwner sent = owner.resolvedAgainst(siteUrl, hostEmail);
            String key = key(sent);
            Owner known = byKey.computeIfAbsent(key, k -> k.equals(runs.key()) ? runs : owner(sent));
            resolved.put(owner, known);
        }
        boolean grouped = byKey.size() > 1 || !byKey.containsKey(runs.key());
        return grouped ? new Owners(runs, ids.owners(), resolved, byKey.size())
                : new Owners(runs, List.of(), Map.of(), 1);
    }

    /** True when some ID's owner is not the run's own. */
    public boolean grouped() {
        return !given.isEmpty();
    }

    /** Distinct owners of the IDs (1 when the run is not grouped). */
    public int distinct() {
        return distinct;
    }

    /** The run's own owner: its siteUrl and hostEmail. */
    public RecordingOwner runs() {
        return runs.sent();
    }

    /** The owner of the ID at input position {@code position}, as its call sends it. */
    public RecordingOwner sentFor(int position) {
        return at(position).sent();
    }

    /** True when the IDs at these input positions have the same owner. */
    boolean sameOwner(int position, int other) {
        return at(position) == at(other); // one Owner per key
    }

    /**
     * A fingerprint of the (ID, owner) pairs of {@code unique} ({@code owned128:}, then as
     * {@link UniqueIds#fingerprint()}, each ID's hashes salted with its owner's key): another owner for one ID
     * changes it. Only for a grouped run; one that is not keeps the fingerprint of its IDs alone.
     */
    public String fingerprint(UniqueIds unique) {
        return unique.fingerprint(PAIRS_PREFIX, u -> at(unique.inputIndex(u)).salt());
    }

    private Owner at(int position) {
        return given.isEmpty() ? runs : resolved.get(given.get(position));
    }

    private static Owner owner(RecordingOwner sent) {
        String key = key(sent);
        return new Owner(sent, key, UniqueIds.saltOf(key));
    }

    // what tells owners apart: site and host without regard to case; a part sent as none is not an empty one
    private static String key(RecordingOwner sent) {
        return part(sent.siteUrl()) + '\n' + part(sent.hostEmail());
    }

    private static String part(String value) {
        return value == null ? "\u0000" : value.toLowerCase(Locale.ROOT);
    }
}
