package io.github.wxrestore.reliability;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An HTTPS server on 127.0.0.1 that answers every restore with 204, with a self-signed certificate for 127.0.0.1
 * made by the JDK's keytool at test time. {@link #trustOptions()} are the JVM options that make a child process
 * trust exactly that certificate (its key store as trust store): how an admin with a private CA runs the CLI. The
 * client module's TLS tests have their own server; this one also records the headers of each request.
 */
final class TlsRestoreServer implements AutoCloseable {

    private static final String PASSWORD = "changeit";

    private final HttpsServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Path keyStore;
    private final List<Headers> requests = new CopyOnWriteArrayList<>();

    private TlsRestoreServer(Path keyStore) throws Exception {
        this.keyStore = keyStore;
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                Headers copy = new Headers();
                copy.putAll(exchange.getRequestHeaders());
                requests.add(copy);
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    /** Makes a key and certificate for {@code ip:127.0.0.1} in {@code dir} and starts serving with them. */
    static TlsRestoreServer start(Path dir) throws Exception {
        Path store = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=proxy-test", "-ext", "SAN=ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        return new TlsRestoreServer(store);
    }

    /** {@code https://127.0.0.1:PORT/v1}. */
    String baseUrl() {
        return "https://127.0.0.1:" + port() + "/v1";
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** JVM options that trust this server's certificate, and no other. */
    List<String> trustOptions() {
        return List.of("-Djavax.net.ssl.trustStore=" + keyStore, "-Djavax.net.ssl.trustStorePassword=" + PASSWORD,
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    /** The headers of every request that got through the handshake, in order. */
    List<Headers> requests() {
        return new ArrayList<>(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
