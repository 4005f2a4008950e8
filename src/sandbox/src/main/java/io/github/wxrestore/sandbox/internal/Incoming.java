package io.github.wxrestore.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as read off the wire: headers keyed without regard to case, the body capped at {@link #MAX_BODY},
 * and the origin it reached ({@code http://127.0.0.1:PORT}, where a listing's next page is).
 */
record Incoming(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
                boolean tooLarge, String origin) {

    /** The largest body read: 100 IDs of 256 characters fit many times over. */
    static final int MAX_BODY = 1 << 20;

    static Incoming read(HttpExchange exchange) throws IOException {
        byte[] body;
        boolean tooLarge;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
            tooLarge = body.length > MAX_BODY;
            in.transferTo(OutputStream.nullOutputStream());
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        InetSocketAddress local = exchange.getLocalAddress();
        return new Incoming(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), Collections.unmodifiableMap(headers),
                tooLarge ? new byte[0] : body, tooLarge,
                "http://" + local.getAddress().getHostAddress() + ":" + local.getPort());
    }

    /** The first value of a header, or null. */
    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
