package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxRecording;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page ended: the {@code createTime} and ID of its last recording. The next page holds the recordings
 * after it in the listings' order, so a page neither repeats nor skips one when recordings come and go between
 * pages. On the wire it is opaque: base64url, without padding, of {@code v1:<epoch second>:<id>}.
 *
 * @param createTime the createTime of the page's last recording
 * @param id         the ID of the page's last recording
 */
record PageCursor(Instant createTime, String id) {

    private static final String VERSION = "v1";
    private static final Pattern FORM = Pattern.compile(VERSION + ":(-?\\d{1,19}):([!-~]{1,256})");

    /** The cursor after this recording. */
    static PageCursor after(SandboxRecording last) {
        return new PageCursor(last.createTime(), last.id());
    }

    /** The cursor this text encodes, or empty if it is not one {@link #encode()} made. */
    static Optional<PageCursor> decode(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            Matcher matcher = FORM.matcher(decoded);
            if (text.contains("=") || !matcher.matches()) {
                return Optional.empty();
            }
            return Optional.of(new PageCursor(Instant.ofEpochSecond(Long.parseLong(matcher.group(1))),
                    matcher.group(2)));
        } catch (IllegalArgumentException | DateTimeException e) {
            // not base64url, a number out of range, or an instant out of range
            return Optional.empty();
        }
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (VERSION + ":" + createTime.getEpochSecond() + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** True if {@code recording} comes after this cursor in the listings' order. */
    boolean precedes(SandboxRecording recording) {
        int byTime = recording.createTime().compareTo(createTime);
        return byTime < 0 || byTime == 0 && recording.id().compareTo(id) > 0;
    }
}
