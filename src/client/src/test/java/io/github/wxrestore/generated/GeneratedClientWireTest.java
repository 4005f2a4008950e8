package io.github.wxrestore.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.generated.api.RecordingsApi;
import io.github.wxrestore.generated.invoker.ApiClient;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins what the code generated from api-spec/ puts on the wire: method, path, query and JSON body for each
 * selection the spec allows. A generator option or spec change that alters the wire format fails here.
 */
@ExtendWith(LoopbackServerExtension.class)
class GeneratedClientWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoopbackServer server;
    private RecordingsApi api;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUrl());
        api = new RecordingsApi(client);
    }

    @Test
    void someIdsGoAsAListWithRestoreAllFalse() throws Exception {
        api.bulkRestoreRecordings(new RestoreRecordingsRequest()
                .recordingIds(List.of("4f914b1dfe3c4d11a61730f18c0f5387", "9a1e3e5c8bd44f8a9a0c5d2b7e6f1a20")),
                null, null);

        LoopbackServer.Recorded sent = only();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri().getPath()).isEqualTo("/v1/recordings/restore");
        assertThat(sent.rawQuery()).isNull();
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(json(sent)).isEqualTo(JSON.readTree(
                "{\"restoreAll\":false,\"recordingIds\":[\"4f914b1dfe3c4d11a61730f18c0f5387\","
                        + "\"9a1e3e5c8bd44f8a9a0c5d2b7e6f1a20\"]}"));
    }

    @Test
    void restoreAllCarriesNoRecordingIdsArray() throws Exception {
        api.bulkRestoreRecordings(new RestoreRecordingsRequest().restoreAll(true), null, null);

        LoopbackServer.Recorded sent = only();
        assertThat(sent.bodyText()).isEqualTo("{\"restoreAll\":true}");
    }

    @Test
    void siteUrlIsSentInTheBody() throws Exception {
        api.bulkRestoreRecordings(new RestoreRecordingsRequest()
                .recordingIds(List.of("4f914b1dfe3c4d11a61730f18c0f5387")).siteUrl("example.webex.com"), null, null);

        assertThat(json(only())).isEqualTo(JSON.readTree(
                "{\"restoreAll\":false,\"recordingIds\":[\"4f914b1dfe3c4d11a61730f18c0f5387\"],"
                        + "\"siteUrl\":\"example.webex.com\"}"));
    }

    @Test
    void hostEmailIsPercentEncodedInTheQuery() throws Exception {
        api.bulkRestoreRecordings(new RestoreRecordingsRequest().restoreAll(true), "ann+ops&x@example.com", null);

        LoopbackServer.Recorded sent = only();
        assertThat(sent.uri().getPath()).isEqualTo("/v1/recordings/restore");
        assertThat(sent.rawQuery()).isEqualTo("hostEmail=ann%2Bops%26x%40example.com");
        assertThat(URI.create("http://h/?" + sent.rawQuery()).getQuery()).isEqualTo("hostEmail=ann+ops&x@example.com");
        assertThat(sent.bodyText()).isEqualTo("{\"restoreAll\":true}");
    }

    @Test
    void trackingIdParameterBecomesTheTrackingIdHeader() throws Exception {
        api.bulkRestoreRecordings(new RestoreRecordingsRequest().restoreAll(true), null, "WXRESTORE_abc");

        assertThat(only().header("TrackingID")).isEqualTo("WXRESTORE_abc");
    }

    private LoopbackServer.Recorded only() {
        assertThat(server.requests()).hasSize(1);
        return server.requests().get(0);
    }

    private static JsonNode json(LoopbackServer.Recorded sent) throws Exception {
        return JSON.readTree(sent.body());
    }
}
