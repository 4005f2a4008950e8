package io.github.wxrestore.testing;

import io.github.wxrestore.testing.LoopbackServer.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each test gets one running server, the same in its constructor, its set-up and the test itself, and not one an
 * earlier test had; after the test the server is closed. {@link RefusedAfterTheTest} checks that last part: it is
 * registered before the extension, and after-each callbacks run in the reverse order, so it runs once the
 * extension has closed the server.
 */
@ExtendWith(LoopbackServerExtensionTest.RefusedAfterTheTest.class)
@ExtendWith(LoopbackServerExtension.class)
class LoopbackServerExtensionTest {

    /** Every server a test of this class was given. */
    private static final Set<LoopbackServer> GIVEN = ConcurrentHashMap.newKeySet();

    private final LoopbackServer fromConstructor;
    private LoopbackServer fromSetUp;

    LoopbackServerExtensionTest(LoopbackServer server) {
        this.fromConstructor = server;
    }

    @BeforeEach
    void start(LoopbackServer server) {
        fromSetUp = server;
        assertThat(GIVEN.add(server)).as("a server no earlier test was given").isTrue();
    }

    @Test
    void theConstructorTheSetUpAndTheTestShareOneRunningServer(LoopbackServer server) throws Exception {
        assertThat(server).isSameAs(fromSetUp).isSameAs(fromConstructor);
        server.enqueue(Reply.status(201));

        assertThat(post(server)).isEqualTo(201);
        assertThat(server.requests()).singleElement().satisfies(r -> assertThat(r.method()).isEqualTo("POST"));
    }

    @Test
    void aServerOfItsOwnHasSeenNoRequestOfAnotherTest(LoopbackServer server) throws Exception {
        assertThat(server.requestCount()).isZero();

        assertThat(post(server)).isEqualTo(204);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    private static int post(LoopbackServer server) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ping"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Runs after the extension's own after-each callback: nothing listens on the test's port any more. */
    static final class RefusedAfterTheTest implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            LoopbackServer server = ((LoopbackServerExtensionTest) context.getRequiredTestInstance()).fromConstructor;
            int port = URI.create(server.baseUrl()).getPort();

            assertThatExceptionOfType(ConnectException.class).as("a connection to port %d after the test", port)
                    .isThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close());
        }
    }
}
