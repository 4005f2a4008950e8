package io.github.wxrestore.reliability;

import io.github.wxrestore.testing.SocketFaultServer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The ways a connection fails on loopback, each ending an attempt with a transport error: {@link #timesOut} when
 * only a time limit can end it. {@link #server()} is null for a refused connection (nothing listens).
 */
enum TransportFault {

    CONNECTION_REFUSED(false) {
        @Override
        SocketFaultServer server() {
            return null;
        }
    },
    // an https URL to a socket that accepts and then never says a word: the TLS handshake stalls
    TLS_HANDSHAKE_STALLS(true) {
        @Override
        SocketFaultServer server() {
            return SocketFaultServer.start(SocketFaultServer.neverAnswers());
        }

        @Override
        String baseUrl(SocketFaultServer server) {
            return server.baseUrl().replace("http://", "https://");
        }

        @Override
        boolean requestReachesServer() {
            return false; // no request head ever arrives, only a ClientHello
        }
    },
    RESET_BEFORE_STATUS_LINE(false) {
        @Override
        SocketFaultServer server() {
            return SocketFaultServer.start(SocketFaultServer.resetsBeforeStatusLine());
        }
    },
    RESET_MID_BODY(false) {
        @Override
        SocketFaultServer server() {
            return SocketFaultServer.start(SocketFaultServer.resetsMidBody(200));
        }
    },
    // what answers on a wrong port: not HTTP at all
    NOT_HTTP(false) {
        @Override
        SocketFaultServer server() {
            return SocketFaultServer.start((socket, out, closing) -> {
                out.write("SSH-2.0-OpenSSH_9.6\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            });
        }
    },
    // 2 MiB of headers: the JDK stops reading at 384 KiB
    OVERSIZED_HEADERS(false) {
        @Override
        SocketFaultServer server() {
            String big = "v".repeat(2 * 1024 * 1024);
            return SocketFaultServer.start((socket, out, closing) -> {
                out.write(("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nX-Padding: " + big
                        + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            });
        }
    },
    ACCEPTS_AND_NEVER_ANSWERS(true) {
        @Override
        SocketFaultServer server() {
            return SocketFaultServer.start(SocketFaultServer.neverAnswers());
        }
    },
    // 300 bytes at one per 20 ms: 6 s, far beyond any attempt timeout used here
    TRICKLES_BYTE_BY_BYTE(true) {
        @Override
        SocketFaultServer server() {
            return SocketFaultServer.start(SocketFaultServer.trickles(200, "{\"x\":\"" + "y".repeat(292) + "\"}",
                    Duration.ofMillis(20)));
        }
    };

    final boolean timesOut;

    TransportFault(boolean timesOut) {
        this.timesOut = timesOut;
    }

    /** A started server misbehaving this way, or null when the fault is that nothing listens. */
    abstract SocketFaultServer server();

    /** The base URL the client is given for {@code server}. */
    String baseUrl(SocketFaultServer server) {
        return server == null ? Reliability.refusedUrl() : server.baseUrl();
    }

    /** True when each attempt delivers a request head the server can count. */
    boolean requestReachesServer() {
        return this != CONNECTION_REFUSED;
    }
}
