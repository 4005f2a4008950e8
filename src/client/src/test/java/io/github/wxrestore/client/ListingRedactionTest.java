package io.github.wxrestore.client;

import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.github.wxrestore.client.ListingFixtures.ids;
import static io.github.wxrestore.client.ListingFixtures.next;
import static io.github.wxrestore.client.ListingFixtures.page;
import static io.github.wxrestore.client.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A listing never shows the access token: not in its log lines, its failures, its results or toString(). */
@ExtendWith(LoopbackServerExtension.class)
class ListingRedactionTest {

    private LoopbackServer server;
    private LoopbackServer other;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        other = LoopbackServer.start();
    }

    @AfterEach
    void stop() {
        other.close();
    }

    @Test
    void noLogLineFailureResultOrToStringOfAListingCarriesTheToken() {
        String echo = "Bearer " + TOKEN;
        server.enqueue(
                // a page that echoes the token in a header, a 429 that echoes it in its body, then a 401
                page(ids("a1"), next(server.baseUrl() + "/recordings?c=2"), "<" + server.baseUrl() + "/"
                        + TOKEN + ">; rel=self"),
                Reply.json(429, "{\"message\":\"slow down " + echo + "\"}", Map.of("Retry-After", "1")),
                page(ids("b1"), next(other.baseUrl() + "/recordings?c=3")),
                Reply.json(401, "{\"message\":\"bad token " + echo + "\"}", Map.of("X-Echo", echo)),
                Reply.json(200, "{\"items\":[{\"id\":\"x\",\"createTime\":\"" + TOKEN + "\"}]}", Map.of()));
        List<PageResult> pages = Collections.synchronizedList(new ArrayList<>());
        WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), new FakeTime())
                .attemptListener(new AttemptListener() {
                    @Override
                    public void pageFetched(AttemptAnswer answer, PageResult page) {
                        pages.add(page);
                    }
                }).build();
        List<Throwable> failures = new ArrayList<>();

        try (LogCapture logs = new LogCapture()) {
            failures.add(catchThrowable(() -> client.listRecordings(RecordingQuery.builder().build()).toList()));
            failures.add(catchThrowable(() -> client.listRecordings(RecordingQuery.builder().build()).toList()));
            failures.add(catchThrowable(() -> client.listRecordings(RecordingQuery.builder().build()).toList()));

            assertThat(logs.events()).isNotEmpty().allSatisfy(event -> {
                assertThat(event.getFormattedMessage()).doesNotContain(TOKEN);
                assertThat(String.valueOf(event.getArgumentArray() == null ? ""
                        : List.of(event.getArgumentArray()))).doesNotContain(TOKEN);
            });
        }
        assertThat(failures).hasSize(3).doesNotContainNull().allSatisfy(e -> {
            assertThat(e).isInstanceOf(WebexClientException.class);
            assertThat(RedactionTest.fullText(e)).doesNotContain(TOKEN);
        });
        assertThat(failures).extracting(e -> e.getClass().getSimpleName()).containsExactly("PagingException",
                "AuthorizationException", "PagingException");
        assertThat(((WebexApiException) failures.get(1)).headers().firstValue("X-Echo")).contains("Bearer [REDACTED]");
        assertThat(pages).hasSize(2).allSatisfy(p -> {
            assertThat(p.toString()).doesNotContain(TOKEN);
            assertThat(p.headers().map().toString()).doesNotContain(TOKEN);
        });
        assertThat(client.toString()).doesNotContain(TOKEN);
        assertThat(other.requestCount()).isZero();
        // and the token did go where it belongs
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(echo));
    }
}
