package io.github.wxrestore.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.WebexSandbox;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** How many requests a sandbox answered with a success per recording ID: "restored exactly once" is all 1. */
final class RestoringRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestoringRequests() {
    }

    static Map<String, Integer> perId(WebexSandbox sandbox) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (RecordedRequest request : sandbox.requests()) {
            if (request.response().status() / 100 == 2) {
                for (JsonNode id : JSON.readTree(request.body()).path("recordingIds")) {
                    counts.merge(id.asText(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
