package io.github.wxrestore.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request the sandbox received, with the answer it gave. The {@code Authorization} header is recorded as
 * {@code Bearer <redacted>}; {@link #caller()} says whose token it was. Header names are matched without regard
 * to case. Immutable and thread-safe.
 *
 * @param receivedAt when it arrived, by the sandbox's clock
 * @param method     the HTTP method
 * @param path       the path, such as {@code /v1/recordings/restore}
 * @param query      the raw query string (percent-encoding intact), or {@code null} if none
 * @param headers    request headers, names in any case, Authorization redacted
 * @param body       the body as UTF-8 text ({@code ""} if none)
 * @param caller     email of the user whose token was sent, or {@code null} if no known token
 * @param response   what the sandbox answered
 */
public record RecordedRequest(Instant receivedAt, String method, String path, String query,
                              Map<String, List<String>> headers, String body, String caller,
                              RecordedResponse response) {

    /** Checks that nothing required is missing. */
    public RecordedRequest {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(response, "response");
    }

    /** The first value of a request header (any case), or {@code null}. */
    public String header(String name) {
        return RecordedResponse.first(headers, name);
    }

    /**
     * What the sandbox answered to one request. Immutable and thread-safe.
     *
     * @param status  the HTTP status
     * @param headers response headers, names in any case
     * @param body    the body as UTF-8 text ({@code ""} if none)
     */
    public record RecordedResponse(int status, Map<String, List<String>> headers, String body) {

        /** Checks that nothing is missing. */
        public RecordedResponse {
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(body, "body");
        }

        /** The first value of a response header (any case), or {@code null}. */
        public String header(String name) {
            return first(headers, name);
        }

        static String first(Map<String, List<String>> headers, String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }
}
