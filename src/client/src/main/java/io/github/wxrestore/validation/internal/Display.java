package io.github.wxrestore.validation.internal;

import java.util.Collection;
import java.util.Iterator;

/**
 * Renders untrusted values for people: cut after {@value #MAX_CHARS} characters, invisible characters escaped
 * (a line feed as backslash-n, a NUL as backslash-u0000), ID lists summarised as a count plus the first few.
 * An escape is up to nine characters long, so a rendering is also cut before it passes {@value #MAX_RENDERED}
 * characters: a value of invisible characters shows as short as any other. Never throws.
 */
final class Display {

    static final int MAX_CHARS = 40;
    static final int MAX_RENDERED = 60;
    private static final int SAMPLE_SIZE = 3;

    private Display() {
    }

    /** {@code 'abc'}, or {@code 'abcd...' (10240 characters)} when cut. */
    static String quoted(String text) {
        Rendering shown = render(text);
        return shown.cut() ? "'" + shown.text() + "...' (" + shown.length() + " characters)"
                : "'" + shown.text() + "'";
    }

    /** The same without quotes, for {@code Violation.invalidValue}. */
    static String plain(String text) {
        Rendering shown = render(text);
        return shown.cut() ? shown.text() + "... (" + shown.length() + " characters)" : shown.text();
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

    /** The shown start of a text, whether it was cut, and the text's length in characters. */
    private record Rendering(String text, boolean cut, int length) {
    }

    // at most MAX_CHARS characters, escaped, and at most MAX_RENDERED characters of rendering
    private static Rendering render(String text) {
        int length = text.codePointCount(0, text.length());
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length() && shown < MAX_CHARS; shown++) {
            int cp = text.codePointAt(i);
            String rendered = escaped(cp);
            if (out.length() + rendered.length() > MAX_RENDERED) {
                break;
            }
            out.append(rendered);
            i += Character.charCount(cp);
        }
        return new Rendering(out.toString(), shown < length, length);
    }

    private static String escaped(int cp) {
        return switch (cp) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> isInvisible(cp)
                    ? (cp > 0xFFFF ? String.format("\\u{%X}", cp) : String.format("\\u%04X", cp))
                    : new String(Character.toChars(cp));
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
