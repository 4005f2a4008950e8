package io.github.wxrestore.client;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;

import java.util.List;

/** Shared test data: valid bodies and Webex error bodies. The token and the client builder are {@link TestClients}. */
final class Fixtures {

    static final String ID_1 = "4f914b1dfe3c4d11a61730f18c0f5387";
    static final String ID_2 = "9a1e3e5c8bd44f8a9a0c5d2b7e6f1a20";

    private Fixtures() {
    }

    static RestoreRecordingsRequest twoIds() {
        return new RestoreRecordingsRequest().recordingIds(List.of(ID_1, ID_2));
    }

    static String webexError(String message, String description, String trackingId) {
        return "{\"message\":\"" + message + "\",\"errors\":[{\"description\":\"" + description + "\"}],"
                + "\"trackingId\":\"" + trackingId + "\"}";
    }
}
