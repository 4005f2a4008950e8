package io.github.wxrestore.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw TCP server on loopback for faults an HTTP server library will not produce: it reads each request,
 * counts it, then misbehaves as told (never answers, trickles a response byte by byte, resets the connection).
 */
public final class SocketFaultServer implements AutoCloseable {

    /** What to do once a request has been read. */
    @FunctionalInterface
    public interface Behaviour {
        void serve(Socket socket, OutputStream out, CountDownLatch closing) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private SocketFaultServer(Behaviour behaviour) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.behaviour = behaviour;
        threads.execute(this::acceptLoop);
    }

    public static SocketFaultServer start(Behaviour behaviour) {
        try {
            return new SocketFaultServer(behaviour);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the request, then never answers (until the server closes). */
    public static Behaviour neverAnswers() {
        return (socket, out, closing) -> closing.await();
    }

    /** Sends the status line and headers at once, then the body one byte per {@code interval}. */
    public static Behaviour trickles(int status, String body, Duration interval) {
        return (socket, out, closing) -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 " + status + " Whatever\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                Thread.sleep(interval.toMillis());
            }
        };
    }

    /**
     * Announces a 1 GiB body and writes it as fast as the client reads, adding every byte the socket accepted
     * to {@code written} and counting down {@code ended} when the client drops the connection.
     */
    public static Behaviour endlessBody(int status, AtomicLong written, CountDownLatch ended) {
        return (socket, out, closing) -> {
            out.write(("HTTP/1.1 " + status + " Whatever\r\nContent-Type: text/plain\r\nContent-Length: "
                    + (1L << 30) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'z');
            try {
                for (long sent = 0; sent < 1L << 30; sent += chunk.length) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } finally {
                ended.countDown();
            }
        };
    }

    /** Sends the status line, headers announcing 1000 bytes and 10 of them, then resets the connection. */
    public static Behaviour resetsMidBody(int status) {
        return (socket, out, closing) -> {
            out.write(("HTTP/1.1 " + status + " Whatever\r\nContent-Type: application/json\r\nContent-Length: 1000"
                    + "\r\n\r\n{\"message\"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoLinger(true, 0);
            socket.close();
        };
    }

    /** Closes the connection with a TCP reset before any status line. */
    public static Behaviour resetsBeforeStatusLine() {
        return (socket, out, closing) -> {
            socket.setSoLinger(true, 0);
            socket.close();
        };
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    public int requestCount() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            readRequest(socket.getInputStream());
            requests.incrementAndGet();
            behaviour.serve(socket, socket.getOutputStream(), closing);
        } catch (IOException e) {
            // the client gave up and closed the connection: expected in these tests
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the end of the request head");
            }
            head.write(b);
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes(length);
    }

    @Override
    public void close() {
        closing.countDown();
        try {
            server.close();
            for (Socket socket : sockets) {
                socket.close();
            }
        } catch (IOException e) {
            // best effort in tests
        }
        threads.shutdownNow();
    }
}
