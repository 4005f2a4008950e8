package io.github.wxrestore.client;

import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.SocketFaultServer;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import static io.github.wxrestore.client.Fixtures.twoIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A proxy that refuses the CONNECT of an https tunnel with 407 (it wants credentials): the JDK hands back the proxy's status with no body at all, which the client reports as that status, an
 * {@link UnexpectedStatusException} naming it, not as a request that "could not be built". Against a raw socket
 * server playing the proxy; the https server behind it is never reached.
 */
class ProxyRefusedTunnelTest {

    @Test
    void aRefusedConnectIsTheProxysStatusNotABrokenRequest() {
        try (SocketFaultServer proxy = SocketFaultServer.start((socket, out, closing) -> {
            out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        })) {
            URI proxyUri = URI.create(proxy.baseUrl());
            WebexRecordingsClient client = TestClients.clientFor("https://127.0.0.1:9/v1", new FakeTime())
                    .httpClientBuilder(HttpClient.newBuilder().proxy(ProxySelector.of(
                            new InetSocketAddress(proxyUri.getHost(), proxyUri.getPort())))).build();

            UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class,
                    () -> client.restore(twoIds()));

            assertThat(e).isNotNull();
            assertThat(e.status()).isEqualTo(407);
            assertThat(e.getMessage()).contains("407").doesNotContain("could not be built");
            assertThat(proxy.requestCount()).as("one CONNECT, not retried").isEqualTo(1);
        }
    }
}
