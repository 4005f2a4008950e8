package io.github.wxrestore.client;

import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One answer to "may Webex have applied this call?", on the exception, for the whole call: an attempt that got
 * no definite answer (a 5xx other than 503, no response) makes it true for every later failure of the call.
 */
@ExtendWith(LoopbackServerExtension.class)
class MayHaveBeenAppliedTest {

    private static final RetryPolicy RETRY_SERVER_ERRORS = RetryPolicy.builder().retryServerErrors(true)
            .jitter(RetryPolicy.Jitter.NONE).build();

    private LoopbackServer server;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
    }

    private WebexRecordingsClient client() {
        return TestClients.clientFor(server.baseUrl(), new FakeTime()).retryPolicy(RETRY_SERVER_ERRORS).build();
    }

    @Test
    void aNotFoundAfterABadGatewayMayMeanTheFirstAttemptRestoredThem() {
        server.enqueue(Reply.json(502, "{}", Map.of()), Reply.json(404, "{\"message\":\"not found\"}", Map.of()));

        ResourceStateException e = catchThrowableOfType(ResourceStateException.class, () -> client().restore(twoIds()));

        assertThat(e.attempts()).isEqualTo(2);
        assertThat(e.category()).isEqualTo(FailureCategory.NOT_FOUND);
        assertThat(e.mayHaveBeenApplied()).isTrue();
    }

    @Test
    void aNotFoundAfterThrottlingIsDefinite() {
        server.enqueue(Reply.json(429, "{}", Map.of("Retry-After", "1")), Reply.json(503, "{}", Map.of()),
                Reply.json(404, "{\"message\":\"not found\"}", Map.of()));

        ResourceStateException e = catchThrowableOfType(ResourceStateException.class, () -> client().restore(twoIds()));

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.mayHaveBeenApplied()).as("429 and 503 mean Webex did nothing").isFalse();
    }

    @Test
    void aServerErrorItselfMayHaveBeenApplied() {
        server.otherwise(Reply.json(500, "{}", Map.of()));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
                () -> TestClients.clientFor(server.baseUrl(), new FakeTime()).build().restore(twoIds()));

        assertThat(e.category()).isEqualTo(FailureCategory.SERVER_OR_NETWORK);
        assertThat(e.mayHaveBeenApplied()).isTrue();
    }
}
