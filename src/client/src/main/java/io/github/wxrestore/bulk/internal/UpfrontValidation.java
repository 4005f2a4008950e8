package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.InvalidRestoreRequestException;
import io.github.wxrestore.validation.RestoreRequestValidation;
import io.github.wxrestore.validation.ValidationReport;
import io.github.wxrestore.validation.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every call of a bulk run before the first one is sent, so that invalid input sends nothing at all.
 * A problem with one ID is reported at its position in the caller's input ({@code recordingIds[1234]}), a
 * problem with siteUrl or hostEmail once, however many calls share it. Stateless.
 */
public final class UpfrontValidation {

    private static final Pattern INDEXED = Pattern.compile("^recordingIds\\[(\\d+)]");

    private UpfrontValidation() {
    }

    /** Every call of {@code unique} split by {@code perCall}; throws naming every problem, or returns. */
    public static void requireValid(UniqueIds unique, int perCall, String siteUrl, String hostEmail) {
        List<String> ids = unique.ids();
        Set<Violation> shared = new LinkedHashSet<>();
        List<Violation> perId = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += perCall) {
            List<String> chunk = new ArrayList<>(ids.subList(start, Math.min(ids.size(), start + perCall)));
            ValidationReport report = RestoreRequestValidation.check(
                    new RestoreRecordingsRequest().recordingIds(chunk).siteUrl(siteUrl), hostEmail);
            for (Violation v : report.violations()) {
                Matcher m = INDEXED.matcher(v.property());
                if (m.lookingAt()) {
                    String inChunk = m.group();
                    String inInput = "recordingIds[" + unique.inputIndex(start + Integer.parseInt(m.group(1))) + "]";
                    // the message may name the position too: the caller knows the input, not our calls
                    perId.add(new Violation(inInput + v.property().substring(m.end()), v.rule(),
                            v.message().replace(inChunk, inInput), v.invalidValue()));
                } else {
                    shared.add(v); // the same siteUrl or hostEmail problem in every call: once is enough
                }
            }
        }
        perId.sort(Comparator.comparingInt(UpfrontValidation::inputIndex));
        List<Violation> all = new ArrayList<>(shared);
        all.addAll(perId);
        if (!all.isEmpty()) {
            throw new InvalidRestoreRequestException(new ValidationReport(all));
        }
    }

    /** The restore-all call: its body and hostEmail. */
    public static void requireValidRestoreAll(String siteUrl, String hostEmail) {
        RestoreRequestValidation.requireValid(restoreAllBody(siteUrl), hostEmail);
    }

    /** The body of a restore-all call. */
    public static RestoreRecordingsRequest restoreAllBody(String siteUrl) {
        return new RestoreRecordingsRequest().restoreAll(true).siteUrl(siteUrl);
    }

    /** The input position a per-ID violation names, or -1 for any other violation. */
    public static int inputIndex(Violation v) {
        Matcher m = INDEXED.matcher(v.property());
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }
}
