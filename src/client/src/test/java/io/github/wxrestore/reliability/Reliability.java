package io.github.wxrestore.reliability;

import io.github.wxrestore.client.AuthorizationException;
import io.github.wxrestore.client.BadRequestException;
import io.github.wxrestore.client.ResourceStateException;
import io.github.wxrestore.client.ServerErrorException;
import io.github.wxrestore.client.ThrottledException;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexStatus;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * What the reliability tests share: a valid body, status families, a refused URL and an exception's full text
 * (the token and the client builder are {@link io.github.wxrestore.client.TestClients}').
 */
final class Reliability {

    static final String ID = "4f914b1dfe3c4d11a61730f18c0f5387";

    private Reliability() {
    }

    static RestoreRecordingsRequest oneId() {
        return new RestoreRecordingsRequest().recordingIds(List.of(ID));
    }

    /** The exception type a documented status arrives as. */
    static Class<? extends WebexApiException> familyType(WebexStatus status) {
        return switch (status.category()) {
            case REJECTED -> BadRequestException.class;
            case AUTHORIZATION -> AuthorizationException.class;
            case NOT_FOUND -> ResourceStateException.class;
            case THROTTLED -> ThrottledException.class;
            case SERVER_OR_NETWORK -> ServerErrorException.class;
            case CLIENT -> throw new IllegalArgumentException("a status is never a client-side failure");
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
