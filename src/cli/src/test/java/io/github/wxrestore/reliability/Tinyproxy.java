package io.github.wxrestore.reliability;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real HTTP proxy, Debian's {@code tinyproxy}, run in the foreground on a free loopback port with a config of
 * its own in a test's directory: it accepts only 127.0.0.1, lets CONNECT through to the one port given, may demand
 * Basic credentials, and logs every request line to {@link #log()}. {@link #assumeInstalled()} skips a test, with
 * the reason printed, on a machine without it ({@code .ci/run} installs it). Not thread-safe.
 */
final class Tinyproxy implements AutoCloseable {

    private static final List<Path> PLACES = List.of(Path.of("/usr/bin/tinyproxy"), Path.of("/usr/sbin/tinyproxy"),
            Path.of("/usr/local/bin/tinyproxy"), Path.of("/opt/homebrew/bin/tinyproxy"));

    private final Process process;
    private final int port;
    private final Path log;
    private final Path output;

    private Tinyproxy(Process process, int port, Path log, Path output) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.output = output;
    }

    /** The tinyproxy program, or a skipped test that says why. */
    static Path assumeInstalled() {
        Optional<Path> found = Stream.concat(PLACES.stream(), pathEntries()).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            String reason = "skipped: tinyproxy is not installed (apt-get install tinyproxy; .ci/run installs it), "
                    + "so the CLI cannot be run through a real proxy here";
            System.out.println(reason);
            Assumptions.assumeTrue(false, reason);
        }
        return found.get();
    }

    /**
     * Starts a proxy that lets CONNECT through to {@code connectPort} only and, with {@code user} not null, demands
     * {@code user:password} in Basic (tinyproxy's {@code BasicAuth}). Fails when it is not listening within 10 s.
     */
    static Tinyproxy start(Path dir, int connectPort, String user, String password) throws Exception {
        Path program = assumeInstalled();
        Files.createDirectories(dir);
        int port = freePort();
        Path log = dir.resolve("tinyproxy.log");
        Path conf = dir.resolve("tinyproxy.conf");
        Files.writeString(conf, String.join("\n",
                "Port " + port,
                "Listen 127.0.0.1",
                "Timeout 30",
                "LogLevel Connect",   // the request line of every request, CONNECT included
                "LogFile \"" + log + "\"",
                "MaxClients 20",
                "Allow 127.0.0.1",
                "ConnectPort " + connectPort,
                user == null ? "" : "BasicAuth " + user + " " + password, ""), StandardCharsets.UTF_8);
        Path output = dir.resolve("tinyproxy.out");
        Process process = new ProcessBuilder(program.toString(), "-d", "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        Tinyproxy proxy = new Tinyproxy(process, port, log, output);
        proxy.awaitListening();
        return proxy;
    }

    int port() {
        return port;
    }

    /** {@code http://[user:password@]127.0.0.1:PORT}. */
    String url(String userInfo) {
        return "http://" + (userInfo == null ? "" : userInfo + "@") + "127.0.0.1:" + port;
    }

    /** The request lines tinyproxy logged: {@code POST http://127.0.0.1:PORT/v1/...}, {@code CONNECT 127.0.0.1:PORT}. */
    List<String> requests() {
        return read(log).lines().filter(line -> line.contains("Request (file descriptor"))
                .map(line -> line.substring(line.indexOf("): ") + 3)).toList();
    }

    String log() {
        return read(log) + read(output);
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("tinyproxy ended with " + process.exitValue() + ":\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IllegalStateException("tinyproxy is not listening on " + port + " after 10 s:\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Stream<Path> pathEntries() {
        String path = System.getenv("PATH");
        return path == null ? Stream.empty()
                : Stream.of(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, "tinyproxy"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
