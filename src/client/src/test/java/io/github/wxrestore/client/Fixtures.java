package io.github.wxrestore.client;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.testing.FakeTime;

import java.time.Duration;
import java.util.List;

/** Shared test data: a recognisable token, valid bodies, and a client builder with small timeouts. */
final class Fixtures {

    /** Long and distinctive, so a leak anywhere is found by a plain substring search. */
    static final String TOKEN = "ZDI3TOKEN-SECRET-5b6c9a4e-never-log-me_PF84_1eb65fdf";

    static final String ID_1 = "4f914b1dfe3c4d11a61730f18c0f5387";
    static final String ID_2 = "9a1e3e5c8bd44f8a9a0c5d2b7e6f1a20";

    private Fixtures() {
    }

    static RestoreRecordingsRequest twoIds() {
        return new RestoreRecordingsRequest().recordingIds(List.of(ID_1, ID_2));
    }

    /** A builder for a loopback base URL: fake time (no real waits), one-second timeouts. */
    static WebexRecordingsClient.Builder clientFor(String baseUrl, FakeTime time) {
        return WebexRecordingsClient.builder()
                .baseUrl(baseUrl)
                .accessToken(TOKEN)
                .connectTimeout(Duration.ofSeconds(1))
                .attemptTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(30))
                .clock(time)
                .sleeper(time::sleep);
    }

    static String webexError(String message, String description, String trackingId) {
        return "{\"message\":\"" + message + "\",\"errors\":[{\"description\":\"" + description + "\"}],"
                + "\"trackingId\":\"" + trackingId + "\"}";
    }
}
