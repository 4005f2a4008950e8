package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.RecordingOwner;
import io.github.wxrestore.bulk.RestoreSelection;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.InvalidRestoreRequestException;
import io.github.wxrestore.validation.RestoreRequestValidation;
import io.github.wxrestore.validation.ValidationReport;
import io.github.wxrestore.validation.Violation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every call of a bulk run before the first one is sent, so that invalid input sends nothing at all.
 * Each ID is checked once, in calls of {@code perCall} in input order, and a problem with it is reported at its
 * position in the caller's input ({@code recordingIds[1234]}, message included): the validator is given the positions, so
 * nothing is renamed afterwards (in a grouped run these are not its calls, which are by owner: no rule of an ID
 * depends on the others once duplicates are gone). The run's siteUrl and hostEmail are checked once, with the
 * first call. Each other siteUrl and hostEmail the IDs' owners name is checked once too, and a problem with it is
 * reported at the position of the first ID given for it (the first ID of its first call), as a problem of that
 * ID: it is fixed where that ID is. Stateless.
 */
public final class UpfrontValidation {

    private UpfrontValidation() {
    }

    /**
     * Every call of {@code unique} split by {@code perCall}, with the sites and hosts of {@code owners}, and
     * {@code conflicts} (IDs given for two owners); throws naming every problem, or returns.
     */
    public static void requireValid(UniqueIds unique, Owners owners, List<Violation> conflicts, int perCall,
                                    String siteUrl, String hostEmail) {
        List<String> ids = unique.ids();
        Set<Violation> shared = new LinkedHashSet<>();
        List<Violation> perId = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += perCall) {
            int offset = start;
            List<String> chunk = new ArrayList<>(ids.subList(start, Math.min(ids.size(), start + perCall)));
            boolean firstCall = start == 0;
            ValidationReport report = RestoreRequestValidation.check(
                    new RestoreRecordingsRequest().recordingIds(chunk).siteUrl(firstCall ? siteUrl : null),
                    firstCall ? hostEmail : null, i -> unique.inputIndex(offset + i));
            for (Violation v : report.violations()) {
                (v.index().isPresent() ? perId : shared).add(v); // shared: the list's rules, site and host
            }
        }
        perId.addAll(ownersProblems(unique, owners, siteUrl, hostEmail));
        perId.addAll(conflicts);
        // in input order (a sort that keeps ties as they are): the calls follow the input, each report is ordered
        // by index, and an owner's problems follow its IDs'; a count of problems not named comes last
        perId.sort(Comparator.comparingInt(v -> v.index().orElse(Integer.MAX_VALUE)));
        List<Violation> all = new ArrayList<>(shared);
        all.addAll(perId);
        if (!all.isEmpty()) {
            throw new InvalidRestoreRequestException(new ValidationReport(all));
        }
    }

    // each siteUrl and hostEmail an owner names other than the run's, checked once, at the first ID given for it
    private static List<Violation> ownersProblems(UniqueIds unique, Owners owners, String siteUrl,
                                                  String hostEmail) {
        List<Violation> out = new ArrayList<>();
        if (!owners.grouped()) {
            return out;
        }
        Set<RecordingOwner> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // one object per owner
        Set<String> sites = new HashSet<>();
        Set<String> hosts = new HashSet<>();
        for (int u = 0; u < unique.size() && seen.size() < owners.distinct(); u++) {
            int position = unique.inputIndex(u);
            RecordingOwner owner = owners.sentFor(position);
            if (!seen.add(owner)) {
                continue;
            }
            String site = owner.siteUrl();
            if (site != null && !site.equals(siteUrl) && sites.add(site)) {
                atPosition(position, "site", RestoreRequestValidation.check(
                        new RestoreRecordingsRequest().restoreAll(true).siteUrl(site), null), out);
            }
            String host = owner.hostEmail();
            if (host != null && !host.equals(hostEmail) && hosts.add(host)) {
                atPosition(position, "host", RestoreRequestValidation.check(
                        new RestoreRecordingsRequest().restoreAll(true), host), out);
            }
        }
        return out;
    }

    private static void atPosition(int position, String what, ValidationReport report, List<Violation> into) {
        for (Violation v : report.violations()) {
            into.add(Violation.ofId(position, v.rule(), "the " + what + " of recordingIds[" + position + "], the "
                    + "first ID given for it: " + v.message(), v.invalidValue()));
        }
    }

    /** The restore-all call: its body and hostEmail. */
    public static void requireValidRestoreAll(String siteUrl, String hostEmail) {
        RestoreRequestValidation.requireValid(body(RestoreSelection.all(), siteUrl), hostEmail);
    }

    /** The body of the call that restores {@code selection} on {@code siteUrl}. */
    public static RestoreRecordingsRequest body(RestoreSelection selection, String siteUrl) {
        RestoreRecordingsRequest body = new RestoreRecordingsRequest().siteUrl(siteUrl);
        return selection instanceof RestoreSelection.All ? body.restoreAll(true)
                : body.recordingIds(new ArrayList<>(selection.recordingIds()));
    }
}
