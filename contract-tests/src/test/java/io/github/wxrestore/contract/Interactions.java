package io.github.wxrestore.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;

/**
 * The parts every restore interaction shares: the request line and the headers the client must send (each with
 * a matcher, since their values change per call), and the response headers and Webex error body (type matchers:
 * the provider's words and tracking IDs differ, their shape may not).
 */
final class Interactions {

    /** The client is given {@code mockServerUrl + BASE_PATH}, like {@code https://webexapis.com/v1}. */
    static final String BASE_PATH = "/v1";
    static final String PATH = BASE_PATH + "/recordings/restore";

    /** RFC 6750 b64token. */
    static final String BEARER = "Bearer [A-Za-z0-9\\-._~+/]+=*";
    /** java.net.http may add a charset; either way it is JSON. */
    static final String JSON_CONTENT_TYPE = "application/json(;\\s?charset=[\\w\\-]+)?";
    /** The client's default prefix and a random UUID. */
    static final String CLIENT_TRACKING_ID = "WXRESTORE_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String CLIENT_TRACKING_ID_EXAMPLE = "WXRESTORE_0f8e7f3c-3f3a-4c39-9d9e-1c5f0e2d7a11";
    /** Whatever Webex answers with: one visible token. */
    static final String SERVER_TRACKING_ID = "\\S+";
    static final String SERVER_TRACKING_ID_EXAMPLE = "ROUTER_5f0e2d7a-1c5f-4c39-9d9e-0f8e7f3c3f3a";
    static final String DELTA_SECONDS = "\\d+";
    /** Matches an email as received, so an unencoded '+' (read as a space) fails. */
    static final String EMAIL = "[^\\s@]+@[^\\s@]+";

    private Interactions() {
    }

    /** {@code POST /v1/recordings/restore} with the required headers, {@code hostEmail} if any, and this body. */
    static PactDslRequestWithPath restoreRequest(PactDslRequestWithoutPath request, String token, String hostEmail,
                                                 String json) {
        PactDslRequestWithPath post = request.method("POST").path(PATH)
                .matchHeader("Authorization", BEARER, "Bearer " + token)
                .matchHeader("TrackingID", CLIENT_TRACKING_ID, CLIENT_TRACKING_ID_EXAMPLE)
                // before body(): otherwise the DSL adds an exact Content-Type of its own
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json");
        if (hostEmail != null) {
            post = post.matchQuery("hostEmail", EMAIL, hostEmail);
        }
        return post.body(json);
    }

    /** The answer to {@code row}: status, tracking ID, Retry-After if any, and the body the status carries. */
    static PactDslResponse respond(PactDslRequestWithPath request, DocumentedResponse row) {
        PactDslResponse response = request.willRespondWith().status(row.status())
                .matchHeader("TrackingID", SERVER_TRACKING_ID, SERVER_TRACKING_ID_EXAMPLE);
        if (row.retryAfter().isPresent()) {
            response = response.matchHeader("Retry-After", DELTA_SECONDS, row.retryAfter().get());
        }
        if (row.status() == 204) {
            return response;
        }
        response = response.matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json");
        // 200, 201 and 202 carry a body whose content is not specified; {} is what a gateway sends
        return row.isSuccess() ? response.body("{}") : response.body(webexError(row.webexMessage()));
    }

    /** 204 No Content with the server's tracking ID: the documented success. */
    static PactDslResponse restored(PactDslRequestWithPath request) {
        return request.willRespondWith().status(204)
                .matchHeader("TrackingID", SERVER_TRACKING_ID, SERVER_TRACKING_ID_EXAMPLE);
    }

    /** {@code {"message", "errors": [{"description"}], "trackingId"}}, matched by type. */
    static DslPart webexError(String message) {
        return LambdaDsl.newJsonBody(body -> {
            body.stringType("message", message);
            body.stringType("trackingId", SERVER_TRACKING_ID_EXAMPLE);
            body.minArrayLike("errors", 1, error -> error.stringType("description", message));
        }).build();
    }
}
