package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.BulkRestore;
import io.github.wxrestore.bulk.RecordingOwner;
import io.github.wxrestore.client.HumanText;
import io.github.wxrestore.validation.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the IDs given for two owners while duplicates are removed: a recording has one host and one site, so one
 * of the two is wrong, and which call it belongs in cannot be guessed. Each is a problem at the later position,
 * naming the earlier one and both owners; at most {@value #MAX_REPORTED} are named, the rest counted. Not
 * thread-safe: one per plan.
 */
public final class OwnerConflicts implements UniqueIds.DuplicateListener {

    static final int MAX_REPORTED = 100;
    private static final int MAX_SHOWN_CHARS = 64;

    private final List<String> input;
    private final Owners owners;
    private final List<Violation> found = new ArrayList<>();
    private int unreported;

    public OwnerConflicts(List<String> input, Owners owners) {
        this.input = input;
        this.owners = owners;
    }

    @Override
    public void repeated(int firstPosition, int position) {
        String id = input.get(position);
        if (id == null || owners.sameOwner(firstPosition, position)) {
            return; // a null ID is reported as missing; a repeat for the same owner is a plain duplicate
        }
        if (found.size() == MAX_REPORTED) {
            unreported++;
            return;
        }
        String shown = HumanText.oneLine(id, MAX_SHOWN_CHARS);
        found.add(Violation.ofId(position, BulkRestore.ID_WITH_TWO_OWNERS, "recordingIds[" + position + "] is "
                + "given for " + shown(owners.sentFor(position)) + ", and recordingIds[" + firstPosition + "], the "
                + "same ID, for " + shown(owners.sentFor(firstPosition)) + ": a recording has one host and one "
                + "site; give it once, with its owner; got '" + shown + "'", shown));
    }

    /** The problems found, in input order of their later position, and a count of those not named. */
    public List<Violation> violations() {
        List<Violation> all = new ArrayList<>(found);
        if (unreported > 0) {
            all.add(Violation.of(Violation.Field.RECORDING_IDS, BulkRestore.ID_WITH_TWO_OWNERS, unreported
                    + " more IDs are given for two owners than the " + MAX_REPORTED + " named", null));
        }
        return all;
    }

    // the values are not checked yet: on one line, so that none can forge a line of its own
    private static String shown(RecordingOwner owner) {
        return HumanText.oneLine(owner.toString(), 2 * MAX_SHOWN_CHARS);
    }
}
