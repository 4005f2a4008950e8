package io.github.wxrestore.validation.internal;

import java.util.Collection;
import java.util.Iterator;

/**
 * Renders untrusted values for people: cut after {@value #MAX_CHARS} characters, invisible characters escaped
 * (a line feed as backslash-n, a NUL as backslash-u0000), ID lists summarised as a count plus the first few.
 * Never throws.
 */
final class Display {

    static final int MAX_CHARS = 40;
    private static final int SAMPLE_SIZE = 3;

    private Display() {
    }

    /** {@code 'abc'}, or {@code 'abcd...' (10240 characters)} when cut. */
    static String quoted(String text) {
        int length = text.codePointCount(0, text.length());
        String shown = "'" + escaped(text) + (length > MAX_CHARS ? "...'" : "'");
        return length > MAX_CHARS ? shown + " (" + length + " characters)" : shown;
    }

    /** The same without quotes, for {@code Violation.invalidValue}. */
    static String plain(String text) {
        int length = text.codePointCount(0, text.length());
        return length > MAX_CHARS ? escaped(text) + "... (" + length + " characters)" : escaped(text);
    }

    /** {@code 101 IDs: 'a', 'b', 'c' and 98 more}; never the whole list. */
    static String ids(Collection<?> ids) {
        StringBuilder out = new StringBuilder(count(ids)).append(": ");
        Iterator<?> it = ids.iterator();
        for (int i = 0; i < SAMPLE_SIZE && it.hasNext(); i++) {
            Object id = it.next();
            out.append(i == 0 ? "" : ", ").append(id == null ? "null" : quoted(id.toString()));
        }
        int rest = ids.size() - SAMPLE_SIZE;
        return rest > 0 ? out.append(" and ").append(rest).append(" more").toString() : out.toString();
    }

    /** {@code 1 ID}, {@code 101 IDs}. */
    static String count(Collection<?> ids) {
        return ids.size() + (ids.size() == 1 ? " ID" : " IDs");
    }

    /** {@code 'é' (U+00E9 LATIN SMALL LETTER E WITH ACUTE)}, or {@code U+000A LINE FEED (LF)} for an invisible one. */
    static String character(int codePoint) {
        String name = Character.getName(codePoint);
        String code = String.format("U+%04X", codePoint) + (name == null ? "" : " " + name);
        return isInvisible(codePoint) ? code : "'" + new String(Character.toChars(codePoint)) + "' (" + code + ")";
    }

    /** Any value as {@code Violation.invalidValue} shows it: strings cut, collections counted. */
    static String summary(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            return count(c);
        }
        return plain(String.valueOf(value));
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_CHARS).forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isInvisible(cp)) {
                        out.append(cp > 0xFFFF ? String.format("\\u{%X}", cp) : String.format("\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    // controls, format characters (zero-width space, BOM), lone surrogates and every space but ' ' would be
    // invisible or misleading in a message
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || (cp != ' ' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp)));
    }
}
