package io.github.wxrestore.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting, describing, seeding and stopping a sandbox. */
class WebexSandboxLifecycleTest {

    @Test
    void itListensOnLoopbackAtTheBaseUrlItAnnounces() {
        try (WebexSandbox sandbox = WebexSandbox.start()) {
            assertThat(sandbox.port()).isPositive();
            assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/v1");
            assertThat(sandbox.restoreUri()).hasToString(sandbox.baseUrl() + "/recordings/restore");
            assertThat(sandbox.recordingsUri()).hasToString(sandbox.baseUrl() + "/recordings");
            assertThat(sandbox.adminRecordingsUri()).hasToString(sandbox.baseUrl() + "/admin/recordings");
            assertThat(sandbox.recycleBin(SITE, ANN)).hasSize(WebexSandbox.DEFAULT_RECORDINGS_PER_HOST);
        }
    }

    @Test
    void theSameSeedSeedsTheSameIdsAndAnotherSeedOthers() {
        try (WebexSandbox one = WebexSandbox.builder().seed(7).recordingsPerHost(50).start();
             WebexSandbox same = WebexSandbox.builder().seed(7).recordingsPerHost(60).start();
             WebexSandbox other = WebexSandbox.builder().seed(8).recordingsPerHost(50).start()) {
            List<String> ids = one.seededIds(ANN, 50);

            assertThat(same.seededIds(ANN, 50)).isEqualTo(ids);
            assertThat(other.seededIds(ANN, 50)).doesNotContainAnyElementsOf(ids);
            assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{32}")).doesNotHaveDuplicates();
            assertThat(one.seededIds(EU_SITE, ANN, 50)).doesNotContainAnyElementsOf(ids);
        }
    }

    @Test
    void aHostCanHoldThousandsOfRecordings() {
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(2_000).start()) {
            List<String> ids = sandbox.seededIds(ANN, 1_050);

            assertThat(new HashSet<>(ids)).hasSize(1_050);
            assertThat(sandbox.recycleBin(SITE, ANN)).hasSize(2_000).startsWith(ids.toArray(String[]::new));
            assertThatThrownBy(() -> sandbox.seededIds(ANN, 2_001))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recordingsPerHost(2001)");
        }
    }

    @Test
    void unknownHostsAndBinsAreNamedInTheError() {
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(1).start()) {
            assertThatThrownBy(() -> sandbox.seededIds("nobody@example.com", 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody@example.com");
            assertThatThrownBy(() -> sandbox.recycleBin(SITE, SandboxAccounts.BOB))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bob@example.com on "
                            + "example.webex.com");
            assertThatThrownBy(() -> sandbox.addToRecycleBin(EU_SITE, SandboxAccounts.BOB,
                    sandbox.seededIds(ANN, 1).get(0))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already in the recycle bin of ann@example.com on example.webex.com");
        }
    }

    @Test
    void theDescriptionSaysWhereAndWhoWithTokensIdsAndACurlLine() {
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(4).start()) {
            String description = sandbox.describe();

            assertThat(description).contains(sandbox.baseUrl(), SITE, EU_SITE, SandboxAccounts.ANN_TOKEN,
                    SandboxAccounts.BOB_TOKEN, SandboxAccounts.ADMIN_TOKEN, "meeting:admin_recordings_write",
                    sandbox.seededIds(ANN, 1).get(0), "curl -i -X POST " + sandbox.baseUrl() + "/recordings/restore",
                    "faults    none", "GET  " + sandbox.recordingsUri() + " ",
                    "GET  " + sandbox.adminRecordingsUri() + " ",
                    "curl -i '" + sandbox.recordingsUri() + "?status=deleted&max=100&from=");
            assertThat(sandbox.toString()).contains(sandbox.baseUrl()).doesNotContain(SandboxAccounts.ANN_TOKEN);
        }
    }

    @Test
    void closeStopsListeningReleasesAwaitCloseAndCanBeRepeated() throws Exception {
        WebexSandbox sandbox = WebexSandbox.start();
        CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> {
            try {
                sandbox.awaitClose();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        sandbox.close();
        sandbox.close();

        waiter.get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", sandbox.port()), 1_000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    @Test
    void aTakenPortFailsToStartWithThePortInTheMessage() {
        try (WebexSandbox first = WebexSandbox.start()) {
            assertThatThrownBy(() -> WebexSandbox.builder().port(first.port()).start())
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("127.0.0.1:" + first.port())
                    .hasCauseInstanceOf(IOException.class);
        }
    }

    @Test
    void theRequestLogKeepsTheMostRecentRequests() {
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(0).maxRecordedRequests(2).start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            for (String id : List.of("a", "b", "c")) {
                http.post().as(ANN).ids(id).send();
            }

            assertThat(sandbox.requests()).extracting(RecordedRequest::body)
                    .containsExactly("{\"recordingIds\":[\"b\"]}", "{\"recordingIds\":[\"c\"]}");
        }
    }

    @Test
    void theBuilderRefusesNonsense() {
        assertThatThrownBy(() -> WebexSandbox.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
        assertThatThrownBy(() -> WebexSandbox.builder().recordingsPerHost(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recordingsPerHost");
        assertThatThrownBy(() -> WebexSandbox.builder().maxRecordedRequests(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRecordedRequests");
    }

    @Test
    // the property only: the JDK reads it once per JVM, so its effect is measured by the bulk benchmark
    void startingSetsTheJdkHttpServersNoDelayPropertyUnlessTheJvmChoseOtherwise() {
        String before = System.getProperty(WebexSandbox.Builder.NO_DELAY);
        try {
            System.clearProperty(WebexSandbox.Builder.NO_DELAY);
            try (WebexSandbox sandbox = WebexSandbox.start()) {
                assertThat(sandbox.port()).isPositive();
                assertThat(System.getProperty(WebexSandbox.Builder.NO_DELAY)).isEqualTo("true");
            }
            System.setProperty(WebexSandbox.Builder.NO_DELAY, "false");
            try (WebexSandbox sandbox = WebexSandbox.start()) {
                assertThat(sandbox.port()).isPositive();
                assertThat(System.getProperty(WebexSandbox.Builder.NO_DELAY)).as("the JVM's own choice stays")
                        .isEqualTo("false");
            }
        } finally {
            if (before == null) {
                System.clearProperty(WebexSandbox.Builder.NO_DELAY);
            } else {
                System.setProperty(WebexSandbox.Builder.NO_DELAY, before);
            }
        }
    }
}
