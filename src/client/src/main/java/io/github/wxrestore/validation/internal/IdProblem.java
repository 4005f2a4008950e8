package io.github.wxrestore.validation.internal;

import io.github.wxrestore.model.constraints.SpecLimits;
import io.github.wxrestore.validation.Rules;

import java.util.Map;

/**
 * What is wrong with one recording ID, if anything: the message key of the broken rule and the message
 * parameters that describe it. Checks run in a fixed order and the first failure wins.
 */
record IdProblem(String key, Map<String, Object> parameters) {

    /** The problem of {@code id} at {@code index}, or null; records a valid ID in {@code firstIndex}. */
    static IdProblem of(String id, int index, FirstSeen firstIndex) {
        if (id == null) {
            return new IdProblem(Rules.ID_REQUIRED, Map.of());
        }
        if (!isPrintableAscii(id)) {
            IdProblem problem = characterProblem(id);
            if (problem != null) {
                return problem;
            }
        }
        // only printable ASCII is left, so String.length() counts characters as the spec's maxLength does
        if (id.length() > SpecLimits.recordingIdMaxLength()) {
            return new IdProblem(Rules.ID_TOO_LONG, Map.of("value", Display.quoted(id), "length", id.length(),
                    "max", SpecLimits.recordingIdMaxLength()));
        }
        int first = firstIndex.putIfAbsent(id, index);
        if (first >= 0) {
            return new IdProblem(Rules.ID_DUPLICATE, Map.of("value", Display.quoted(id), "first", first));
        }
        return null;
    }

    // '!' to '~' only, and not empty: no character rule can fail, so one plain pass spares nearly every ID the
    // code-point checks below (a bulk restore validates 100 IDs per request)
    private static boolean isPrintableAscii(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '!' || c > '~') {
                return false;
            }
        }
        return !id.isEmpty();
    }

    private static IdProblem characterProblem(String id) {
        if (id.codePoints().allMatch(IdProblem::isSpace)) {
            return new IdProblem(Rules.ID_BLANK, Map.of("value", Display.quoted(id)));
        }
        int position = 1;
        for (int at = 0; at < id.length(); at += Character.charCount(id.codePointAt(at)), position++) {
            int cp = id.codePointAt(at);
            if (isSpace(cp) || Character.isISOControl(cp)) {
                return atCharacter(Rules.ID_WHITESPACE_OR_CONTROL, id, cp, position);
            }
            if (cp > 0x7E) {
                return atCharacter(Rules.ID_NOT_ASCII, id, cp, position);
            }
        }
        return null;
    }

    private static IdProblem atCharacter(String rule, String id, int cp, int position) {
        return new IdProblem(rule, Map.of("value", Display.quoted(id), "character", Display.character(cp),
                "position", position));
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
