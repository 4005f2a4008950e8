package io.github.wxrestore.sandbox.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code Link} header of a page that has a next one, {@code <URL>; rel="next"}: an absolute URL on the
 * sandbox's own origin and path, with the request's own parameters as sent (its {@code cursor} replaced), the
 * interval made explicit (so the next page covers the same one, however the clock moves) and the new cursor.
 */
final class NextPageLink {

    private static final Set<String> REPLACED = Set.of(ListingQueryReader.CURSOR, ListingQueryReader.FROM,
            ListingQueryReader.TO);

    private NextPageLink() {
    }

    /** The header's value; {@code interval} is null where the listing ignores it. */
    static String header(String origin, String path, String rawQuery, ListingInterval interval, PageCursor cursor) {
        List<String> pairs = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (!REPLACED.contains(name)) {
                    pairs.add(pair);
                }
            }
        }
        if (interval != null) {
            pairs.add(ListingQueryReader.FROM + "=" + encode(interval.from().toString()));
            pairs.add(ListingQueryReader.TO + "=" + encode(interval.to().toString()));
        }
        pairs.add(ListingQueryReader.CURSOR + "=" + cursor.encode());
        return "<" + origin + path + "?" + String.join("&", pairs) + ">; rel=\"next\"";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
