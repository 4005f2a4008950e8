package io.github.wxrestore.reliability;

import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.internal.RestoreExchange;
import io.github.wxrestore.testing.LoopbackServer.Reply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ways a response can be malformed, each with the reply that produces it and what the caller must see in
 * the typed error it gets. Used by {@link ResponseMatrixTest} for every documented status.
 */
enum ResponseShape {

    EMPTY_BODY {
        @Override
        Reply reply(int status) {
            return new Reply(status, Map.of("Content-Type", List.of("application/json")), new byte[0]);
        }

        @Override
        void check(WebexApiException e) {
            assertThat(e.rawBody()).isEmpty();
            assertThat(e.isRawBodyTruncated()).isFalse();
            assertThat(e.webexMessage()).isEmpty();
            assertThat(e.errorDescriptions()).isEmpty();
            assertThat(e.getMessage()).contains("no response body");
        }
    },

    HTML_PAGE {
        @Override
        Reply reply(int status) {
            return new Reply(status, Map.of("Content-Type", List.of("text/html; charset=utf-8")), utf8(HTML));
        }

        @Override
        void check(WebexApiException e) {
            assertThat(e.rawBody()).isEqualTo(HTML);
            assertThat(e.webexMessage()).isEmpty();
            assertThat(e.getMessage()).contains("no Webex error message; the body starts with \"<html>");
        }
    },

    TRUNCATED_JSON {
        @Override
        Reply reply(int status) {
            return new Reply(status, Map.of("Content-Type", List.of("application/json")), utf8(TRUNCATED));
        }

        @Override
        void check(WebexApiException e) {
            assertThat(e.rawBody()).isEqualTo(TRUNCATED);
            assertThat(e.webexMessage()).isEmpty(); // half a document is not trusted in part
            assertThat(e.errorDescriptions()).isEmpty();
        }
    },

    WRONG_SHAPE_JSON {
        @Override
        Reply reply(int status) {
            return new Reply(status, Map.of("Content-Type", List.of("application/json")), utf8(WRONG_SHAPE));
        }

        @Override
        void check(WebexApiException e) {
            assertThat(e.rawBody()).isEqualTo(WRONG_SHAPE);
            assertThat(e.webexMessage()).isEmpty();
            assertThat(e.errorDescriptions()).isEmpty();
            assertThat(e.serverTrackingId()).isEmpty();
        }
    },

    TEN_MEGABYTE_BODY {
        @Override
        Reply reply(int status) {
            return new Reply(status, Map.of("Content-Type", List.of("text/plain")), TEN_MEGABYTES);
        }

        @Override
        void check(WebexApiException e) {
            assertThat(e.rawBody()).hasSize(RestoreExchange.MAX_BODY_BYTES);
            assertThat(e.isRawBodyTruncated()).isTrue();
        }
    },

    NO_CONTENT_TYPE {
        @Override
        Reply reply(int status) {
            return new Reply(status, Map.of(), utf8(WEBEX_ERROR));
        }

        @Override
        void check(WebexApiException e) {
            checkWebexErrorRead(e);
        }
    },

    WRONG_CONTENT_TYPE {
        @Override
        Reply reply(int status) {
            // UTF-8 bytes announced as Latin-1 text: JSON is UTF-8 whatever the header says
            return new Reply(status, Map.of("Content-Type", List.of("text/plain; charset=ISO-8859-1")),
                    utf8(WEBEX_ERROR));
        }

        @Override
        void check(WebexApiException e) {
            checkWebexErrorRead(e);
        }
    },

    GZIP_BOMB {
        @Override
        Reply reply(int status) {
            // a few KiB on the wire that inflate to 10 MiB: the limit applies to what is decoded, too
            return new Reply(status, Map.of("Content-Type", List.of("text/plain"),
                    "Content-Encoding", List.of("gzip")), GZIPPED_TEN_MEGABYTES);
        }

        @Override
        void check(WebexApiException e) {
            assertThat(e.rawBody()).hasSize(RestoreExchange.MAX_BODY_BYTES).matches("x+");
            assertThat(e.isRawBodyTruncated()).isTrue();
        }
    },

    FALSE_GZIP {
        @Override
        Reply reply(int status) {
            return new Reply(status, Map.of("Content-Type", List.of("application/json"),
                    "Content-Encoding", List.of("gzip")), utf8(WEBEX_ERROR));
        }

        @Override
        void check(WebexApiException e) {
            checkWebexErrorRead(e); // not gzip after all: read as it came
        }
    },

    JSON_WITH_BYTE_ORDER_MARK {
        @Override
        Reply reply(int status) {
            return new Reply(status, Map.of("Content-Type", List.of("application/json")),
                    utf8("\ufeff" + WEBEX_ERROR));
        }

        @Override
        void check(WebexApiException e) {
            checkWebexErrorRead(e);
        }
    },

    DUPLICATE_HEADERS {
        @Override
        Reply reply(int status) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            headers.put("Content-Type", List.of("application/json", "text/html"));
            headers.put("TrackingID", List.of("ROUTER_first", "ROUTER_second"));
            headers.put("Retry-After", List.of("7", "120"));
            return new Reply(status, headers, utf8("{\"message\":\"Twice told.\"}"));
        }

        @Override
        void check(WebexApiException e) {
            assertThat(e.webexMessage()).contains("Twice told.");
            assertThat(e.serverTrackingId()).contains("ROUTER_first");
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
            assertThat(e.headers().allValues("TrackingID")).containsExactly("ROUTER_first", "ROUTER_second");
            assertThat(e.headers().allValues("Retry-After")).containsExactly("7", "120");
        }
    };

    static final String HTML = "<html>\r\n<head><title>Gateway</title></head>\r\n<body><h1>upstream trouble</h1>"
            + "</body>\r\n</html>\r\n";
    static final String TRUNCATED = "{\"message\":\"Recording locked\",\"errors\":[{\"descr";
    static final String WRONG_SHAPE = "{\"error\":{\"message\":\"nested\"},\"errors\":\"not a list\","
            + "\"trackingId\":[\"in\",\"a\",\"list\"],\"message\":null}";
    static final String WEBEX_ERROR = "{\"message\":\"Réunion verrouillée – 会议\",\"errors\":[{\"description\":"
            + "\"Détail.\"}],\"trackingId\":\"ROUTER_shape\"}";
    private static final byte[] TEN_MEGABYTES = filled(10 * 1024 * 1024);
    private static final byte[] GZIPPED_TEN_MEGABYTES = gzip(TEN_MEGABYTES);

    /** The reply with this status and this malformation. */
    abstract Reply reply(int status);

    /** What the caller sees in the error, beyond what holds for every shape. */
    abstract void check(WebexApiException e);

    private static void checkWebexErrorRead(WebexApiException e) {
        assertThat(e.webexMessage()).contains("Réunion verrouillée – 会议");
        assertThat(e.errorDescriptions()).containsExactly("Détail.");
        assertThat(e.serverTrackingId()).contains("ROUTER_shape");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipped.toByteArray();
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }
}
