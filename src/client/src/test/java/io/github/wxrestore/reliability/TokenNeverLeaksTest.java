package io.github.wxrestore.reliability;

import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.TestClients;
import io.github.wxrestore.client.WebexApiException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.sandbox.FaultSchedule;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.SandboxScope;
import io.github.wxrestore.sandbox.SandboxUser;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.testing.FakeTime;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import io.github.wxrestore.testing.SocketFaultServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.github.wxrestore.client.TestClients.TOKEN;
import static io.github.wxrestore.reliability.Reliability.oneId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The access token never shows up anywhere but the Authorization header: with every logger of the process at its
 * most verbose (SLF4J at TRACE for the client and the sandbox, java.util.logging at ALL for the JDK's HTTP client
 * and server) and System.out/err captured, a run through success, retries, every error family, a server that
 * echoes the token, transport failures, redirects, async calls, a bad token supplier and the sandbox leaves no
 * trace of it in any log line, printed line, exception (message, causes, suppressed, stack) or toString().
 */
class TokenNeverLeaksTest {

    private final List<Object> outcomes = new ArrayList<>();

    @Test
    void theTokenAppearsInNoLogLineNoPrintedLineNoExceptionAndNoToString() throws Exception {
        try (EverythingCaptured captured = new EverythingCaptured()) {
            againstAScriptedServer();
            againstFailingConnections();
            againstTheSandbox();

            String logs = captured.everything();
            assertThat(captured.eventsFrom(WebexRecordingsClient.class.getName()))
                    .as("the client logged its attempts, so there was something to leak into").isGreaterThan(10);
            assertThat(logs).doesNotContain(TOKEN);
        }
        assertThat(outcomes).hasSizeGreaterThan(15);
        for (Object outcome : outcomes) {
            String text = outcome instanceof Throwable t ? Reliability.fullText(t) : String.valueOf(outcome);
            assertThat(text).as(outcome.getClass().getSimpleName()).doesNotContain(TOKEN);
        }
    }

    private void againstAScriptedServer() {
        try (LoopbackServer server = LoopbackServer.start(); LoopbackServer elsewhere = LoopbackServer.start()) {
            String echo = "{\"message\":\"Authorization: Bearer " + TOKEN + " refused\",\"errors\":[{\"description\":"
                    + "\"token " + TOKEN + "\"}],\"trackingId\":\"" + TOKEN + "\"}";
            server.enqueue(
                    Reply.status(204),
                    Reply.json(429, "{\"message\":\"slow down\"}", Map.of("Retry-After", "1")), Reply.status(204),
                    Reply.json(400, echo, Map.of("X-Echo", "Bearer " + TOKEN)),
                    Reply.json(401, echo, Map.of("WWW-Authenticate", "Bearer error=\"" + TOKEN + "\"")),
                    Reply.json(404, echo, Map.of("TrackingID", TOKEN)),
                    Reply.json(423, echo, Map.of("Retry-After", TOKEN)),
                    new Reply(500, Map.of("Content-Type", List.of("text/html")), ("<html>" + TOKEN + "</html>")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    new Reply(302, Map.of("Location", List.of(elsewhere.baseUrl() + "/?access_token=" + TOKEN)),
                            new byte[0]),
                    Reply.json(418, echo, Map.of()),
                    Reply.json(403, echo, Map.of()));
            FakeTime time = new FakeTime();
            WebexRecordingsClient.Builder builder = TestClients.clientFor(server.baseUrl(), time);
            WebexRecordingsClient client = builder.build();
            outcomes.add(builder);
            outcomes.add(client);
            for (int call = 0; call < 9; call++) {
                record(() -> client.restore(oneId()));
            }
            record(() -> client.restoreAsync(oneId()).orTimeout(10, TimeUnit.SECONDS).join());
            record(() -> client.restore(oneId(), "not an address"));
            WebexRecordingsClient supplied = TestClients.clientFor(server.baseUrl(), time)
                    .accessToken(() -> TOKEN + "\r\nX-Injected: 1").build();
            outcomes.add(supplied);
            record(() -> supplied.restore(oneId()));
            WebexRecordingsClient throwing = TestClients.clientFor(server.baseUrl(), time).accessToken(() -> {
                throw new IllegalStateException("vault sealed");
            }).build();
            record(() -> throwing.restore(oneId()));
            record(() -> WebexRecordingsClient.builder().accessToken("Bearer " + TOKEN).build());
            record(() -> WebexRecordingsClient.builder().accessToken(TOKEN + "\n").build());
            record(() -> WebexRecordingsClient.builder().accessToken(TOKEN).baseUrl("http://webexapis.com/v1")
                    .build());
            assertThat(elsewhere.requestCount()).isZero();
            client.close();
        }
    }

    private void againstFailingConnections() {
        WebexRecordingsClient.Builder quick = WebexRecordingsClient.builder().accessToken(TOKEN)
                .attemptTimeout(Duration.ofMillis(300)).connectTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(10))
                        .maxBackoff(Duration.ofMillis(10)).retryServerErrors(true).build());
        record(() -> quick.baseUrl(Reliability.refusedUrl()).build().restore(oneId()));
        try (SocketFaultServer silent = SocketFaultServer.start(SocketFaultServer.neverAnswers());
             SocketFaultServer reset = SocketFaultServer.start(SocketFaultServer.resetsMidBody(500))) {
            record(() -> quick.baseUrl(silent.baseUrl()).build().restore(oneId()));
            record(() -> quick.baseUrl(reset.baseUrl()).build().restore(oneId()));
        }
    }

    private void againstTheSandbox() {
        SandboxAccounts accounts = SandboxAccounts.of(
                SandboxUser.of(SandboxAccounts.ANN, TOKEN, SandboxScope.USER, SandboxAccounts.SITE),
                SandboxUser.of(SandboxAccounts.BOB, "sandbox-token-bob", SandboxScope.USER, SandboxAccounts.EU_SITE));
        try (WebexSandbox sandbox = WebexSandbox.builder().accounts(accounts).recordingsPerHost(5)
                .faults(SandboxFaults.builder().htmlGateway(502, FaultSchedule.next(1)).build()).start();
             WebexRecordingsClient client = TestClients.clientFor(sandbox.baseUrl(), new FakeTime()).build()) {
            List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 5);
            RestoreRecordingsRequest body = new RestoreRecordingsRequest().recordingIds(List.of(ids.get(0)));
            record(() -> client.restore(body));                                     // 502 page
            record(() -> client.restore(body));                                     // 204
            record(() -> client.restore(body));                                     // 404: restored already
            record(() -> client.restore(body, SandboxAccounts.BOB));                // 403: not an admin
            sandbox.respondNext(429, "2");
            record(() -> client.restore(new RestoreRecordingsRequest().recordingIds(List.of(ids.get(1)))));
            outcomes.add(sandbox.requests());
            outcomes.add(sandbox);
            assertThat(sandbox.requests()).isNotEmpty();
        }
    }

    // keeps the result or the failure, unwrapping an async call's CompletionException
    private void record(Supplier<?> call) {
        Throwable thrown = catchThrowable(() -> outcomes.add(call.get()));
        if (thrown != null) {
            outcomes.add(thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause()
                    : thrown);
        }
    }

    @Test
    void aTokenTheServerEchoesWithJsonEscapesIsMaskedInWhatTheClientDecodes() {
        // a gateway that writes JSON the PHP way sends "/" as "\/": the raw text never holds the token as such
        String token = "RELIABILITY/TOKEN+7c1d0e55/do-not-leak=";
        String slashEscaped = token.replace("/", "\\/");
        String unicodeEscaped = "\\u0052" + token.substring(1).replace("/", "\\u002f");
        String echo = "{\"message\":\"Authorization: Bearer " + slashEscaped + " refused\",\"errors\":[{"
                + "\"description\":\"token " + unicodeEscaped + "\"},{\"description\":\"" + slashEscaped + "\"}],"
                + "\"trackingId\":\"" + unicodeEscaped + "\"}";
        try (LoopbackServer server = LoopbackServer.start()) {
            server.enqueue(Reply.json(400, echo, Map.of()), Reply.json(500, echo, Map.of()));
            WebexRecordingsClient client = TestClients.clientFor(server.baseUrl(), new FakeTime()).accessToken(token)
                    .build();

            for (int call = 0; call < 2; call++) {
                WebexApiException e = catchThrowableOfType(WebexApiException.class, () -> client.restore(oneId()));

                assertThat(Reliability.fullText(e)).doesNotContain(token);
                assertThat(e.webexMessage()).hasValue("Authorization: Bearer [REDACTED] refused");
                assertThat(e.errorDescriptions()).containsExactly("token [REDACTED]", "[REDACTED]");
                assertThat(e.serverTrackingId()).hasValue("[REDACTED]");
            }
            assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer " + token);
        }
    }

    @Test
    void theTokenTravelsInTheAuthorizationHeaderOnly() {
        try (LoopbackServer server = LoopbackServer.start()) {
            RestoreResult result = TestClients.clientFor(server.baseUrl(), new FakeTime()).build().restore(oneId());

            LoopbackServer.Recorded sent = server.requests().get(0);
            assertThat(sent.header("Authorization")).isEqualTo("Bearer " + TOKEN);
            sent.headers().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Authorization")) {
                    assertThat(values).as(name).noneMatch(v -> v.contains(TOKEN));
                }
            });
            assertThat(sent.uri().toString()).doesNotContain(TOKEN);
            assertThat(sent.bodyText()).doesNotContain(TOKEN);
            assertThat(result.toString()).doesNotContain(TOKEN);
        }
    }
}
