package io.github.wxrestore.validation.internal;

import java.util.Collection;
import java.util.Iterator;
import java.util.PrimitiveIterator;

/**
 * Renders untrusted values for people: at most {@value #MAX_CHARS} characters shown, invisible characters escaped
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
        Shown shown = shown(text);
        return shown.cut() ? "'" + shown.text() + "...' (" + length(text) + " characters)" : "'" + shown.text() + "'";
    }

    /** The same without quotes, for {@code Violation.invalidValue}. */
    static String plain(String text) {
        Shown shown = shown(text);
        return shown.cut() ? shown.text() + "... (" + length(text) + " characters)" : shown.text();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
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

    /** At most {@value #MAX_CHARS} characters of the text as shown, and whether that left some of it out. */
    private record Shown(String text, boolean cut) {
    }

    // counts what is shown, not what was given: forty NULs, each shown as six characters, would be 240
    private static Shown shown(String text) {
        StringBuilder out = new StringBuilder();
        PrimitiveIterator.OfInt codePoints = text.codePoints().iterator();
        while (codePoints.hasNext()) {
            String piece = escaped(codePoints.nextInt());
            if (out.length() + piece.length() > MAX_CHARS) {
                return new Shown(out.toString(), true);
            }
            out.append(piece);
        }
        return new Shown(out.toString(), false);
    }

    private static String escaped(int cp) {
        return switch (cp) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> !isInvisible(cp) ? new String(Character.toChars(cp))
                    : cp > 0xFFFF ? String.format("\\u{%X}", cp) : String.format("\\u%04X", cp);
        };
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
