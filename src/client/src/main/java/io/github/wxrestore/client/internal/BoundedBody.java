package io.github.wxrestore.client.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The first bytes of a response body, at most a fixed limit; {@code truncated} when the server sent more.
 * Immutable (the array is never handed out).
 */
public final class BoundedBody {

    public static final BoundedBody EMPTY = new BoundedBody(new byte[0], false);

    private final byte[] bytes;
    private final boolean truncated;

    public BoundedBody(byte[] bytes, boolean truncated) {
        this.bytes = bytes.clone();
        this.truncated = truncated;
    }

    public int size() {
        return bytes.length;
    }

    public boolean truncated() {
        return truncated;
    }

    /**
     * The bytes as UTF-8 (the charset of JSON and of Webex), whatever the platform default; bytes that are not
     * UTF-8 (or a character cut by the limit) become U+FFFD.
     */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The body decoded from gzip, still at most {@code limit} bytes, for a server that compressed although it was
     * not asked to; this body unchanged when it is not valid gzip.
     */
    public BoundedBody gunzipped(int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean cut = truncated;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) > 0) {
                int room = limit - out.size();
                out.write(chunk, 0, Math.min(room, n));
                if (n > room) {
                    cut = true; // a small compressed body can inflate to anything: stop at the limit
                    break;
                }
            }
        } catch (IOException e) {
            // not gzip after all, or cut short by the size limit: keep what was decoded, else the raw bytes
            if (out.size() == 0) {
                return this;
            }
            cut = true;
        }
        return new BoundedBody(out.toByteArray(), cut);
    }
}
