package io.github.wxrestore.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for driving a sandbox over the wire in tests. */
final class SandboxHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final WebexSandbox sandbox;

    SandboxHttp(WebexSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** A POST to the endpoint with a JSON content type and no token yet. */
    Call post() {
        return new Call("POST").contentType("application/json");
    }

    /** A request with any method to the endpoint. */
    Call request(String method) {
        return new Call(method);
    }

    /** A GET of the user listing, {@code /v1/recordings}, with no token yet. */
    Call listing() {
        return new Call("GET").path("/v1/recordings");
    }

    /** A GET of the admin listing, {@code /v1/admin/recordings}, with no token yet. */
    Call adminListing() {
        return new Call("GET").path("/v1/admin/recordings");
    }

    /** A GET of this absolute URL exactly as given (a Link header's), with no token yet. */
    Call follow(String url) {
        return new Call("GET").url(url);
    }

    /** The JSON body naming these IDs. */
    static String idsBody(List<String> ids) {
        try {
            return JSON.writeValueAsString(Map.of("recordingIds", ids));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request being put together. */
    final class Call {
        private final String method;
        private String path = "/v1/recordings/restore";
        private String query;
        private String url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body = "";

        private Call(String method) {
            this.method = method;
        }

        Call path(String path) {
            this.path = path;
            return this;
        }

        Call url(String url) {
            this.url = url;
            return this;
        }

        Call token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        Call as(String email) {
            return token(sandbox.user(email).token());
        }

        Call hostEmail(String email) {
            return rawQuery("hostEmail=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        }

        Call rawQuery(String query) {
            this.query = query;
            return this;
        }

        /** The query of these names and values, in order, each percent-encoded. */
        Call query(String... namesAndValues) {
            StringBuilder query = new StringBuilder();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                query.append(i == 0 ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
            }
            return rawQuery(query.toString());
        }

        Call contentType(String contentType) {
            return header("Content-Type", contentType);
        }

        Call noContentType() {
            headers.remove("Content-Type");
            return this;
        }

        Call trackingId(String trackingId) {
            return header("TrackingID", trackingId);
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call body(String body) {
            this.body = body;
            return this;
        }

        Call ids(List<String> ids) {
            return body(idsBody(ids));
        }

        Call ids(String... ids) {
            return ids(List.of(ids));
        }

        Answer send() {
            URI uri = URI.create(url != null ? url
                    : "http://127.0.0.1:" + sandbox.port() + path + (query == null ? "" : "?" + query));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.headers().map(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"next\"");

    /** What came back. */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String message() {
            return json().path("message").asText(null);
        }

        List<String> descriptions() {
            List<String> descriptions = new ArrayList<>();
            json().path("errors").forEach(e -> descriptions.add(e.path("description").asText()));
            return descriptions;
        }

        String trackingId() {
            return json().path("trackingId").asText(null);
        }

        /** The IDs of a listing page's items, in order. */
        List<String> itemIds() {
            List<String> ids = new ArrayList<>();
            json().path("items").forEach(item -> ids.add(item.path("id").asText()));
            return ids;
        }

        /** The URL of the {@code Link} header's {@code rel="next"}, or null if there is none. */
        String nextUrl() {
            String link = header("Link");
            if (link == null) {
                return null;
            }
            Matcher next = NEXT.matcher(link);
            return next.find() ? next.group(1) : null;
        }
    }
}
