package io.github.wxrestore.client;

import io.github.wxrestore.testing.LoopbackServer.Recorded;
import io.github.wxrestore.testing.LoopbackServer.Reply;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Pages of the two listings as Webex writes them, and what a test reads back from a recorded request. */
final class ListingFixtures {

    private ListingFixtures() {
    }

    /** A 200 page of the user listing holding recordings with these IDs, and these Link header fields. */
    static Reply page(List<String> ids, String... linkFields) {
        return reply(items(ids, null), linkFields);
    }

    /** A 200 page of the admin listing: each recording names its host, {@code host-<id>@example.com}. */
    static Reply adminPage(List<String> ids, String... linkFields) {
        return reply(items(ids, "example.com"), linkFields);
    }

    /** {@code <url>; rel="next"}. */
    static String next(String url) {
        return "<" + url + ">; rel=\"next\"";
    }

    static Reply reply(String json, String... linkFields) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        if (linkFields.length > 0) {
            headers.put("Link", List.of(linkFields));
        }
        return new Reply(200, headers, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String items(List<String> ids, String hostDomain) {
        return ids.stream().map(id -> "{\"id\":\"" + id + "\",\"topic\":\"Topic " + id + "\","
                        + "\"createTime\":\"2026-11-03T17:43:24Z\",\"timeRecorded\":\"2026-11-03T16:40:20Z\","
                        + (hostDomain == null ? "" : "\"hostEmail\":\"host-" + id + "@" + hostDomain + "\","
                        + "\"hostDisplayName\":\"Host " + id + "\",")
                        + "\"siteUrl\":\"example.webex.com\",\"format\":\"MP4\",\"serviceType\":\"MeetingCenter\","
                        + "\"durationSeconds\":4472,\"sizeBytes\":248023188,\"status\":\"deleted\","
                        + "\"integrationTags\":[\"crm\"]}")
                .collect(Collectors.joining(",", "{\"items\":[", "]}"));
    }

    /** {@code "a", "b"} as a list, for short calls. */
    static List<String> ids(String... ids) {
        return Arrays.asList(ids);
    }

    /** The request target as it arrived: path and raw query, percent-encoding intact. */
    static String target(Recorded request) {
        return request.uri().toString();
    }

    /** The decoded query parameters of a request, in order. */
    static Map<String, String> query(Recorded request) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = request.rawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
