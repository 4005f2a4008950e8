package io.github.wxrestore.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.WebexSandbox;

import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One restore call as the sandbox received it: the {@code hostEmail} of its query, the {@code siteUrl} of its
 * body and its IDs, each null when it was not sent.
 */
record SentCall(String hostEmail, String siteUrl, List<String> ids) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every call the sandbox received, in the order received. */
    static List<SentCall> of(WebexSandbox sandbox) {
        return sandbox.requests().stream().map(SentCall::of).toList();
    }

    static SentCall of(RecordedRequest request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        List<String> ids = new ArrayList<>();
        body.path("recordingIds").forEach(id -> ids.add(id.asText()));
        return new SentCall(hostEmail(request.query()), body.hasNonNull("siteUrl") ? body.get("siteUrl").asText()
                : null, List.copyOf(ids));
    }

    /** The owner the call sent, as a planned call holds it. */
    RecordingOwner owner() {
        return new RecordingOwner(siteUrl, hostEmail);
    }

    private static String hostEmail(String query) {
        if (query == null) {
            return null;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("hostEmail=")) {
                return URLDecoder.decode(parameter.substring("hostEmail=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
