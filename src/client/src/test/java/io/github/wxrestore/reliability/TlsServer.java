package io.github.wxrestore.reliability;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTPS server on 127.0.0.1 with a fresh self-signed certificate made by the JDK's keytool, counting the
 * requests that get through the handshake. {@link #trustingContext()} is what a caller with a private CA would
 * pass to the client: an SSLContext that trusts this one certificate, verification otherwise untouched.
 */
final class TlsServer implements AutoCloseable {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final HttpsServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final KeyStore keys;
    private final AtomicInteger requests = new AtomicInteger();

    private TlsServer(KeyStore keys) throws IOException, GeneralSecurityException {
        this.keys = keys;
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                requests.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server presenting the key and certificate under the alias {@code server} in {@code keys}. */
    static TlsServer start(KeyStore keys) {
        try {
            return new TlsServer(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One key store per subject alternative name (keytool syntax, such as {@code ip:127.0.0.1} or
     * {@code dns:localhost}), each with a fresh self-signed EC certificate; keytool runs once per name, in
     * parallel, in {@code dir}.
     */
    static List<KeyStore> selfSigned(Path dir, String... subjectAltNames) throws IOException, InterruptedException,
            GeneralSecurityException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<Process> processes = new ArrayList<>();
        List<Path> stores = new ArrayList<>();
        for (String name : subjectAltNames) {
            Path store = dir.resolve("server-" + name.replaceAll("\\W", "_") + ".p12");
            stores.add(store);
            processes.add(new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "server",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=reliability-test",
                    "-ext", "SAN=" + name, "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                    .redirectErrorStream(true).start());
        }
        List<KeyStore> keyStores = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            Process process = processes.get(i);
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(stores.get(i))) {
                keys.load(in, PASSWORD);
            }
            keyStores.add(keys);
        }
        return keyStores;
    }

    /** {@code https://127.0.0.1:PORT/v1}. */
    String baseUrl() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Requests that completed a handshake and reached the handler. */
    int requestCount() {
        return requests.get();
    }

    /** Trusts exactly this server's certificate, with the JDK's normal verification of everything else. */
    SSLContext trustingContext() throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", keys.getCertificate("server"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
