package io.github.wxrestore.reliability;

import io.github.wxrestore.client.AuthorizationException;
import io.github.wxrestore.client.BadRequestException;
import io.github.wxrestore.client.ResourceStateException;
import io.github.wxrestore.client.ServerErrorException;
import io.github.wxrestore.client.ThrottledException;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.client.WebexStatus;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.testing.FakeTime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

/** What the reliability tests share: a token easy to search for, a valid body, and clients with small timeouts. */
final class Reliability {

    /** Long and distinctive, so a leak anywhere is found by a plain substring search. */
    static final String TOKEN = "RELIABILITY-TOKEN-7c1d0e55-do-not-leak-9f3a_4b2e";

    static final String ID = "4f914b1dfe3c4d11a61730f18c0f5387";

    private Reliability() {
    }

    static RestoreRecordingsRequest oneId() {
        return new RestoreRecordingsRequest().recordingIds(List.of(ID));
    }

    /** A client for a loopback server on fake time: no real waits; one-second connect, two-second attempts. */
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

    /** The exception type a documented status arrives as. */
    static Class<? extends WebexApiException> familyType(WebexStatus status) {
        return switch (status.family()) {
            case BAD_REQUEST -> BadRequestException.class;
            case AUTHORIZATION -> AuthorizationException.class;
            case RESOURCE_STATE -> ResourceStateException.class;
            case THROTTLED -> ThrottledException.class;
            case SERVER_ERROR -> ServerErrorException.class;
        };
    }

    /** A loopback URL where nothing listens (a port that was free a moment ago). */
    static String refusedUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Message, toString and every cause and suppressed exception, all the way down. */
    static String fullText(Throwable e) {
        StringBuilder text = new StringBuilder();
        appendAll(e, text, 0);
        return text.toString();
    }

    private static void appendAll(Throwable t, StringBuilder text, int depth) {
        if (t == null || depth > 20) {
            return;
        }
        text.append(t).append('\n');
        for (StackTraceElement frame : t.getStackTrace()) {
            text.append("  at ").append(frame).append('\n');
        }
        for (Throwable suppressed : t.getSuppressed()) {
            appendAll(suppressed, text, depth + 1);
        }
        appendAll(t.getCause(), text, depth + 1);
    }
}
