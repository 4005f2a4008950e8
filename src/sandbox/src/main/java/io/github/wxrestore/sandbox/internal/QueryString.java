package io.github.wxrestore.sandbox.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one parameter of a raw query string, percent-decoded as a server would ({@code +} is a space). */
final class QueryString {

    private QueryString() {
    }

    /**
     * Every value of {@code name}, decoded, in order; throws {@link IllegalArgumentException} on a malformed
     * percent-encoding.
     */
    static List<String> values(String rawQuery, String name) {
        List<String> values = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                values.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
