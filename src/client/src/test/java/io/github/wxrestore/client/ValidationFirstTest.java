package io.github.wxrestore.client;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServerExtension;
import io.github.wxrestore.validation.InvalidRestoreRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.stream.IntStream;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A call that breaks a documented rule fails before any I/O: the server never sees a request. */
@ExtendWith(LoopbackServerExtension.class)
class ValidationFirstTest {

    private LoopbackServer server;
    private WebexRecordingsClient client;

    @BeforeEach
    void start(LoopbackServer server) {
        this.server = server;
        client = TestClients.clientFor(server.baseUrl(), new FakeTime()).build();
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private static RestoreRecordingsRequest tooManyIds() {
        return new RestoreRecordingsRequest().recordingIds(IntStream.rangeClosed(1, 101)
                .mapToObj(i -> String.format("%032x", i)).toList());
    }

    @Test
    void tooManyIdsAreRefusedAndNothingIsSent() {
        InvalidRestoreRequestException e = catchThrowableOfType(InvalidRestoreRequestException.class,
                () -> client.restore(tooManyIds()));

        assertThat(e.violations()).anySatisfy(v -> assertThat(v.property()).isEqualTo("recordingIds"));
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aBadHostEmailIsRefusedAndNothingIsSent() {
        InvalidRestoreRequestException e = catchThrowableOfType(InvalidRestoreRequestException.class,
                () -> client.restore(twoIds(), "not an email"));

        assertThat(e.violations()).anySatisfy(v -> assertThat(v.property()).isEqualTo("hostEmail"));
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aNullBodyIsAViolationNotANullPointerException() {
        catchThrowableOfType(InvalidRestoreRequestException.class, () -> client.restore(null));

        assertThat(server.requestCount()).isZero();
    }

    @Test
    void anEmptyIdIsRefusedAndNothingIsSent() {
        catchThrowableOfType(InvalidRestoreRequestException.class,
                () -> client.restore(new RestoreRecordingsRequest().recordingIds(List.of(""))));

        assertThat(server.requestCount()).isZero();
    }

    @Test
    void asyncValidationThrowsAtOnceOnTheCallingThreadAndNothingIsSent() {
        catchThrowableOfType(InvalidRestoreRequestException.class, () -> client.restoreAsync(tooManyIds()));
        catchThrowableOfType(InvalidRestoreRequestException.class, () -> client.restoreAsync(twoIds(), "nope"));

        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aValidCallAfterInvalidOnesIsSentOnce() {
        catchThrowableOfType(InvalidRestoreRequestException.class, () -> client.restore(tooManyIds()));

        client.restore(twoIds());

        assertThat(server.requestCount()).isEqualTo(1);
    }
}
