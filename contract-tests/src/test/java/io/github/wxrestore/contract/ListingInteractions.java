package io.github.wxrestore.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import io.github.wxrestore.listing.RecordingQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parts every listing interaction shares: the request line of a page, with the headers the client must send
 * (matched as in {@link Interactions}) and exactly the query parameters it must send, and the answer of a page.
 */
final class ListingInteractions {

    static final String USER_PATH = Interactions.BASE_PATH + "/recordings";
    static final String ADMIN_PATH = Interactions.BASE_PATH + "/admin/recordings";
    /**
     * The range the consumer's listings ask for: 30 days, which the admin listing covers in one call. The provider
     * verifies with the window its state answers instead ({@link ProviderStates#FROM}, {@link ProviderStates#TO}).
     */
    static final Instant FROM = Instant.parse("2026-10-09T00:00:00Z");
    static final Instant TO = Instant.parse("2026-11-08T00:00:00Z");

    private ListingInteractions() {
    }

    static String path(RecordingQuery.Listing listing) {
        return listing == RecordingQuery.Listing.ADMIN ? ADMIN_PATH : USER_PATH;
    }

    /**
     * {@code GET path} with the required headers and exactly the parameters of {@code query}, each value as the
     * client must send it (a mock server compares them decoded, so a {@code +} sent raw, read as a space, fails).
     * Those named in {@code fromProviderState} take, when the provider verifies, the value its state answers under
     * the parameter's name: the consumer's example is what the client sends, the provider's is what it can serve.
     */
    static PactDslRequestWithPath pageRequest(PactDslRequestWithoutPath request, String token, String path,
                                              Map<String, String> query, Set<String> fromProviderState) {
        Map<String, String> fixed = new LinkedHashMap<>(query);
        fixed.keySet().removeAll(fromProviderState);
        PactDslRequestWithPath get = request.method("GET").path(path)
                .matchHeader("Authorization", Interactions.BEARER, "Bearer " + token)
                .matchHeader("TrackingID", Interactions.CLIENT_TRACKING_ID, Interactions.CLIENT_TRACKING_ID_EXAMPLE)
                .matchHeader("Accept", Interactions.JSON_CONTENT_TYPE, "application/json")
                .encodedQuery(queryString(fixed));
        for (String name : query.keySet()) {
            if (fromProviderState.contains(name)) {
                get = get.queryParameterFromProviderState(name, "${" + name + "}", query.get(name));
            }
        }
        return get;
    }

    /** {@code 200} with the server's tracking ID and this page of recordings. */
    static PactDslResponse page(PactDslRequestWithPath request, DslPart body) {
        return request.willRespondWith().status(200)
                .matchHeader("TrackingID", Interactions.SERVER_TRACKING_ID, Interactions.SERVER_TRACKING_ID_EXAMPLE)
                // before body(): otherwise the DSL adds an exact Content-Type of its own
                .matchHeader("Content-Type", Interactions.JSON_CONTENT_TYPE, "application/json")
                .body(body);
    }

    /**
     * {@link #page} with a {@code Link} to the next page of {@code path}: {@code <URL>; rel="next"}, the URL
     * carrying a {@code cursor}, on the page's origin (absolute, or relative to the page: RFC 8288 allows both).
     * The example is relative, and must be: the mock server's origin is known only once it runs, after the pact
     * is built, and Pact's generators cannot put it in a header (MockServerURL writes a bare, percent-decoded URL
     * without the {@code <>} of a link; a provider-state value is filled in only when the provider verifies). A
     * relative link is on the page's origin by construction, as the client requires of every next link.
     */
    static PactDslResponse pageWithNext(PactDslRequestWithPath request, DslPart body, String path,
                                        String nextExample) {
        String link = "<(?:https?://[^/?#>\\s]+)?" + Pattern.quote(path)
                + "\\?(?:[^>\\s]*&)?cursor=[^&#>\\s]+(?:&[^>\\s]*)?>;\\s*rel=\"?next\"?";
        return request.willRespondWith().status(200)
                .matchHeader("TrackingID", Interactions.SERVER_TRACKING_ID, Interactions.SERVER_TRACKING_ID_EXAMPLE)
                .matchHeader("Link", link, "<" + nextExample + ">; rel=\"next\"")
                .matchHeader("Content-Type", Interactions.JSON_CONTENT_TYPE, "application/json")
                .body(body);
    }

    /** Query parameters in order, from names and values given in turn. */
    static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return query;
    }

    /** {@code name=value&...}, each encoded as a client writes it. */
    static String queryString(Map<String, String> query) {
        return query.entrySet().stream().map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** A query-string value as a client writes it (RFC 3986, so a {@code +} becomes {@code %2B}). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
