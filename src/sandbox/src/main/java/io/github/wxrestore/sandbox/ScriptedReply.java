package io.github.wxrestore.sandbox;

import io.github.wxrestore.sandbox.internal.DocumentedStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reply the sandbox gives to one future request, whatever it holds: the way to produce any documented status
 * on demand (a Pact provider state, say). A scripted reply changes nothing in the recycle bins. By default an
 * error carries the Webex JSON body and {@code TrackingID}, 204 carries no body, and 200/201/202 carry {@code {}}
 * (on a listing, a 200 is an empty page, {@code {"items":[]}}; a listing declares no 201, 202 or 204, which are
 * sent as they are). Immutable and thread-safe.
 */
public final class ScriptedReply {

    /** Every status the documentation lists for the endpoint, in ascending order. */
    public static final List<Integer> DOCUMENTED_STATUSES =
            Arrays.stream(DocumentedStatus.values()).map(DocumentedStatus::code).toList();

    private final int status;
    private final String retryAfter;
    private final boolean body;
    private final boolean html;

    private ScriptedReply(int status, String retryAfter, boolean body, boolean html) {
        this.status = status;
        this.retryAfter = retryAfter;
        this.body = body;
        this.html = html;
    }

    /** A reply with this documented status (one of {@link #DOCUMENTED_STATUSES}) and its default body. */
    public static ScriptedReply status(int status) {
        DocumentedStatus documented = DocumentedStatus.require(status);
        return new ScriptedReply(status, null, documented.code() != 204, false);
    }

    /**
     * The same reply with {@code Retry-After: value}; only for 423, 429 and 503, where the spec declares the
     * header. Any one-line text is sent as is, so a malformed value can be scripted too.
     */
    public ScriptedReply retryAfter(String value) {
        Objects.requireNonNull(value, "value");
        if (!DocumentedStatus.require(status).declaresRetryAfter()) {
            throw new IllegalArgumentException("the spec declares Retry-After on 423, 429 and 503 only, not on "
                    + status);
        }
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= ' ' && c < 127)) {
            throw new IllegalArgumentException("a Retry-After value must be non-empty printable ASCII");
        }
        return new ScriptedReply(status, value, body, html);
    }

    /** The same reply with {@code Retry-After: seconds}. */
    public ScriptedReply retryAfterSeconds(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("Retry-After seconds must be >= 0, got " + seconds);
        }
        return retryAfter(String.valueOf(seconds));
    }

    /** The same reply without a body (Webex sends some errors, a 429 for instance, with none). */
    public ScriptedReply withoutBody() {
        return new ScriptedReply(status, retryAfter, false, false);
    }

    /** The same status as an HTML gateway page (off-contract: the spec declares JSON bodies); 5xx only. */
    public ScriptedReply asHtmlGatewayPage() {
        if (status < 500) {
            throw new IllegalArgumentException("an HTML gateway page is a 5xx, not " + status);
        }
        return new ScriptedReply(status, retryAfter, true, true);
    }

    public int statusCode() {
        return status;
    }

    /** The {@code Retry-After} value sent, if any. */
    public Optional<String> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True if the reply carries a body (JSON, or HTML for a gateway page). */
    public boolean hasBody() {
        return body;
    }

    /** True if the body is an HTML gateway page. */
    public boolean isHtmlGatewayPage() {
        return html;
    }

    @Override
    public String toString() {
        return "ScriptedReply[" + status + (retryAfter == null ? "" : " Retry-After " + retryAfter)
                + (body ? (html ? " html" : "") : " no body") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScriptedReply r && status == r.status && Objects.equals(retryAfter, r.retryAfter)
                && body == r.body && html == r.html;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, retryAfter, body, html);
    }
}
