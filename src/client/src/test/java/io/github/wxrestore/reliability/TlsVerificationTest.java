package io.github.wxrestore.reliability;

import io.github.wxrestore.testing.ProjectFiles;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.client.WebexTransportException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * TLS verification is never switched off: against a real HTTPS server on loopback, an untrusted certificate and
 * a certificate for another name both fail the handshake before any request (and token) is sent, while a
 * certificate the caller trusts through its own SSLContext works. The client's HttpClient uses the JDK's default
 * SSLContext, and no source file of the module overrides trust or host-name checks.
 */
class TlsVerificationTest {

    /** What a TLS shortcut looks like in Java source. */
    private static final Pattern SHORTCUT = Pattern.compile("TrustManager|HostnameVerifier|checkServerTrusted"
            + "|disableHostnameVerification|SSLContext\\.getInstance|setDefaultSSLSocketFactory|TrustAll"
            + "|InsecureTrustManager|ALLOW_ALL|setEndpointIdentificationAlgorithm");

    @TempDir
    static Path keyDir;
    /** A certificate for 127.0.0.1 and one for another name, made once for the class. */
    private static KeyStore forThisHost;
    private static KeyStore forAnotherHost;

    @BeforeAll
    static void makeCertificates() throws Exception {
        List<KeyStore> stores = TlsServer.selfSigned(keyDir, "ip:127.0.0.1", "dns:webexapis.example");
        forThisHost = stores.get(0);
        forAnotherHost = stores.get(1);
    }

    @Test
    void aSelfSignedCertificateIsRefusedBeforeAnythingIsSent() {
        try (TlsServer server = TlsServer.start(forThisHost)) {
            WebexRecordingsClient client = WebexRecordingsClient.builder().baseUrl(server.baseUrl())
                    .accessToken(TestClients.TOKEN).build();

            Throwable thrown = catchThrowable(() -> client.restore(Reliability.oneId()));

            assertThat(thrown).isExactlyInstanceOf(WebexTransportException.class);
            assertThat(((WebexTransportException) thrown).isTimeout()).isFalse();
            assertThat(causes(thrown)).hasAtLeastOneElementOfType(SSLHandshakeException.class);
            assertThat(thrown.getMessage()).contains("PKIX path building failed"); // the trust check
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostNameIsRefused() throws Exception {
        try (TlsServer server = TlsServer.start(forAnotherHost)) {
            WebexRecordingsClient client = WebexRecordingsClient.builder().baseUrl(server.baseUrl())
                    .accessToken(TestClients.TOKEN)
                    .httpClientBuilder(HttpClient.newBuilder().sslContext(server.trustingContext())).build();

            Throwable thrown = catchThrowable(() -> client.restore(Reliability.oneId()));

            assertThat(thrown).isExactlyInstanceOf(WebexTransportException.class);
            assertThat(causes(thrown)).hasAtLeastOneElementOfType(SSLHandshakeException.class);
            assertThat(Reliability.fullText(thrown)).contains("127.0.0.1"); // the name check, not the trust check
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aTrustedCertificateForThisHostWorksSoTheRefusalsAboveAreTheChecksAtWork() throws Exception {
        try (TlsServer server = TlsServer.start(forThisHost)) {
            WebexRecordingsClient client = WebexRecordingsClient.builder().baseUrl(server.baseUrl())
                    .accessToken(TestClients.TOKEN)
                    .httpClientBuilder(HttpClient.newBuilder().sslContext(server.trustingContext())).build();

            RestoreResult result = client.restore(Reliability.oneId());

            assertThat(result.status()).isEqualTo(204);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void theClientsHttpClientUsesTheDefaultSslContext() throws Exception {
        WebexRecordingsClient client = WebexRecordingsClient.builder().accessToken(TestClients.TOKEN).build();

        HttpClient http = null;
        for (Field field : WebexRecordingsClient.class.getDeclaredFields()) {
            if (field.getType() == HttpClient.class) {
                field.setAccessible(true);
                http = (HttpClient) field.get(client);
            }
        }

        assertThat(http).as("the client's HttpClient").isNotNull();
        assertThat(http.sslContext()).isSameAs(SSLContext.getDefault());
        assertThat(http.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
    }

    @Test
    void noSourceFileOfTheModuleOverridesTrustOrHostNameChecks() throws IOException {
        // every module's main sources: the client, the CLI, the sandbox and the rest
        List<Path> mains = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ProjectFiles.at("src"))) {
            modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).forEach(mains::add);
        }
        assertThat(mains).as("modules with main sources").hasSizeGreaterThanOrEqualTo(5);
        List<String> files = new ArrayList<>();
        List<String> shortcuts = new ArrayList<>();
        for (Path main : mains) {
            try (Stream<Path> sources = Files.walk(main)) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files.add(source.toString());
                    List<String> lines = Files.readAllLines(source);
                    for (int i = 0; i < lines.size(); i++) {
                        if (SHORTCUT.matcher(lines.get(i)).find()) {
                            shortcuts.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }

        assertThat(files).as("sources scanned").hasSizeGreaterThan(120);
        assertThat(shortcuts).isEmpty();
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && chain.size() < 20; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
