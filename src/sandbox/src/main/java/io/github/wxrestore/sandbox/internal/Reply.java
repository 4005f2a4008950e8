package io.github.wxrestore.sandbox.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An answer decided by the sandbox, before the tracking ID is known: status, body kind, the Webex message and
 * error descriptions, or the JSON of a listing's page, and extra headers (Allow, Retry-After, Link).
 */
public record Reply(int status, Body body, String message, List<String> descriptions, Map<String, String> headers,
                    String json) {

    /** What goes in the body. */
    public enum Body { NONE, WEBEX_ERROR, EMPTY_OBJECT, JSON, HTML_GATEWAY_PAGE }

    public Reply {
        descriptions = List.copyOf(descriptions);
        headers = Map.copyOf(headers);
        if (body == Body.JSON) {
            Objects.requireNonNull(json, "json");
        }
    }

    /** An error with the Webex body; without descriptions, the message is the one description. */
    public static Reply error(int status, String message, List<String> descriptions) {
        return new Reply(status, Body.WEBEX_ERROR, message, descriptions.isEmpty() ? List.of(message) : descriptions,
                Map.of(), null);
    }

    /** An error with this status's default message. */
    public static Reply error(DocumentedStatus status) {
        return error(status.code(), status.message(), List.of());
    }

    /** A success: 204 without a body, 200/201/202 with {@code {}}. */
    public static Reply success(int status) {
        return new Reply(status, status == 204 ? Body.NONE : Body.EMPTY_OBJECT, null, List.of(), Map.of(), null);
    }

    /** A 200 whose body is this JSON (a listing's page). */
    public static Reply json(String json) {
        return new Reply(200, Body.JSON, null, List.of(), Map.of(), json);
    }

    /** An HTML page from a gateway, not from Webex. */
    public static Reply htmlGatewayPage(int status) {
        return new Reply(status, Body.HTML_GATEWAY_PAGE, null, List.of(), Map.of(), null);
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, body, message, descriptions, more, json);
    }

    public Reply withoutBody() {
        return new Reply(status, Body.NONE, message, descriptions, headers, null);
    }
}
