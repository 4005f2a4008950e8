package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.RestoreSelection;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.InvalidRestoreRequestException;
import io.github.wxrestore.validation.RestoreRequestValidation;
import io.github.wxrestore.validation.ValidationReport;
import io.github.wxrestore.validation.Violation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every call of a bulk run before the first one is sent, so that invalid input sends nothing at all.
 * Each ID is checked once, in calls of {@code perCall} in input order, and a problem with it is reported at its
 * position in the caller's input ({@code recordingIds[1234]}, message included): the validator is given the positions, so
 * nothing is renamed afterwards. siteUrl and hostEmail, the same in every call, are checked once, with the
 * first call. Stateless.
 */
public final class UpfrontValidation {

    private UpfrontValidation() {
    }

    /** Every call of {@code unique} split by {@code perCall}; throws naming every problem, or returns. */
    public static void requireValid(UniqueIds unique, int perCall, String siteUrl, String hostEmail) {
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
        List<Violation> all = new ArrayList<>(shared);
        all.addAll(perId); // in input order: the calls follow the input, and each report is ordered by index
        if (!all.isEmpty()) {
            throw new InvalidRestoreRequestException(new ValidationReport(all));
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
