package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.model.constraints.SpecLimits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The documented rules of a restore request, checked by the sandbox on its own (not by the client's validation,
 * so that a bug there cannot hide here). Each broken rule is one 400 description.
 */
final class SelectionRules {

    private SelectionRules() {
    }

    /** Every broken rule of this body and {@code hostEmail} (null if absent), in a stable order. */
    static List<String> check(RestoreRecordingsRequest body, String hostEmail) {
        List<String> problems = new ArrayList<>();
        boolean restoreAll = Boolean.TRUE.equals(body.getRestoreAll());
        List<String> ids = body.getRecordingIds() == null ? List.of() : body.getRecordingIds();
        if (restoreAll && !ids.isEmpty()) {
            problems.add("recordingIds should be empty when restoreAll is true.");
        }
        if (!restoreAll && ids.isEmpty()) {
            problems.add("recordingIds should not be empty when restoreAll is false.");
        }
        if (ids.size() > SpecLimits.maxRecordingIds()) {
            problems.add("recordingIds has " + ids.size() + " items; its maximum size is "
                    + SpecLimits.maxRecordingIds() + ".");
        }
        for (int i = 0; i < ids.size(); i++) {
            int length = ids.get(i).length();
            if (length < SpecLimits.recordingIdMinLength() || length > SpecLimits.recordingIdMaxLength()) {
                problems.add("recordingIds[" + i + "] must be " + SpecLimits.recordingIdMinLength() + " to "
                        + SpecLimits.recordingIdMaxLength() + " characters long, not " + length + ".");
            }
        }
        for (String duplicate : duplicates(ids)) {
            problems.add("recordingIds names " + WireSyntax.quote(duplicate) + " more than once.");
        }
        String siteUrl = body.getSiteUrl();
        if (siteUrl != null && !WireSyntax.isSiteHost(siteUrl)) {
            problems.add(notASiteHost(siteUrl));
        }
        if (hostEmail != null && !WireSyntax.isEmail(hostEmail)) {
            problems.add(notAnEmail(hostEmail));
        }
        return problems;
    }

    /** The rule a {@code siteUrl} that is not a site host breaks (the listings' parameter has the same rule). */
    static String notASiteHost(String siteUrl) {
        return "siteUrl must be a site host name such as example.webex.com (no scheme, port or path), not "
                + WireSyntax.quote(siteUrl) + ".";
    }

    /** The rule a {@code hostEmail} that is not an email address breaks. */
    static String notAnEmail(String hostEmail) {
        return "hostEmail must be an email address, not " + WireSyntax.quote(hostEmail) + ".";
    }

    private static Set<String> duplicates(List<String> ids) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        ids.forEach(id -> {
            if (!seen.add(id)) {
                twice.add(id);
            }
        });
        return twice;
    }
}
