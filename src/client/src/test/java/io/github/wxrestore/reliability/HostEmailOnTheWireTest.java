package io.github.wxrestore.reliability;

import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxScope;
import io.github.wxrestore.sandbox.SandboxUser;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator restores the recordings of hosts whose addresses hold the characters that mean something in a
 * query string ({@code + & # % =}) or are not ASCII, against the sandbox: the sandbox decodes the query as any
 * server does ({@code +} is a space there), so the restore only succeeds when the address arrived intact, and
 * the raw query shows it was percent-encoded.
 */
class HostEmailOnTheWireTest {

    static final List<String> HOSTS = List.of(
            "ann+ops@example.com",
            "a&b=c@example.com",
            "x#y@example.com",
            "p%q@example.com",
            "p%25q@example.com", // a literal "%25": decoded once, never twice
            "o'brien@example.com",
            "a+b&c=d#e%f@example.com",
            "jürgen.müller@example.com",
            "李雷@example.com",
            "zoë+ops@bücher.example");

    private static final String ADMIN_TOKEN = "reliability-admin-token";

    private static WebexSandbox sandbox;
    private static WebexRecordingsClient admin;

    @BeforeAll
    static void start() {
        List<SandboxUser> users = new ArrayList<>();
        users.add(SandboxUser.of("admin@example.com", ADMIN_TOKEN, SandboxScope.ADMIN, SandboxAccounts.SITE));
        for (int i = 0; i < HOSTS.size(); i++) {
            users.add(SandboxUser.of(HOSTS.get(i), "host-token-" + i, SandboxScope.USER, SandboxAccounts.SITE));
        }
        sandbox = WebexSandbox.builder().accounts(SandboxAccounts.of(users)).recordingsPerHost(2).start();
        admin = WebexRecordingsClient.builder().baseUrl(sandbox.baseUrl()).accessToken(ADMIN_TOKEN).build();
    }

    @AfterAll
    static void stop() {
        admin.close();
        sandbox.close();
    }

    static Stream<String> hosts() {
        return HOSTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hosts")
    void anAdministratorRestoresTheRecordingsOfAHostWhoseAddressNeedsEncoding(String host) {
        String id = sandbox.seededIds(host, 1).get(0);

        RestoreResult result = admin.restore(new RestoreRecordingsRequest().recordingIds(List.of(id)), host);

        assertThat(result.status()).isEqualTo(204);
        assertThat(sandbox.restoredIds()).contains(id);
        RecordedRequest sent = sandbox.requests().stream()
                .filter(r -> result.trackingId().equals(r.header("TrackingID"))).findFirst().orElseThrow();
        String encoded = sent.query().substring("hostEmail=".length());
        assertThat(sent.query()).startsWith("hostEmail=");
        assertThat(encoded).matches("[A-Za-z0-9._*~%-]+"); // nothing raw that a query string reads as syntax
        assertThat(SpecCheck.decode(encoded)).isEqualTo(host);
    }
}
