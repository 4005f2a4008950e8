package io.github.wxrestore.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The floor (a): the shortest honest restore call by hand, java.net.http plus Jackson. It serializes the body,
 * POSTs it with the token, reads the response and checks the status; no validation, no TrackingID, no
 * timeout, no retry. Thread-safe.
 */
public final class HandWrittenCall {

    private final HttpClient http = LoopbackTransport.builder().build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final URI uri;
    private final String authorization;

    public HandWrittenCall(String baseUrl, String token) {
        this.uri = URI.create(baseUrl + "/recordings/restore");
        this.authorization = "Bearer " + token;
    }

    /** Sends {@code body}; returns the 2xx status or throws. */
    public int restore(RestoreRecordingsRequest body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("restore failed with status " + response.statusCode());
        }
        return response.statusCode();
    }
}
