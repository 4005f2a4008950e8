package io.github.wxrestore.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.testing.LoopbackServer;
import io.github.wxrestore.testing.LoopbackServer.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged command line, as a separate process with {@code --verbose}, against a server that echoes the
 * token back in every way it can (headers, JSON bodies plain and behind JSON escapes, an HTML page, the
 * tracking ID): the token is in no byte of stdout (the {@code --json} report, the plain report), stderr (the
 * settings, the library's log lines) or the journal, over one run with the token from the environment and one
 * with it from {@code --token-file}. The server shows it was sent, in the Authorization header of every request.
 */
class CliTokenNeverShownIT {

    /** Distinctive; the slashes let a PHP-style JSON encoder hide it from a plain search of the raw body. */
    private static final String TOKEN = "token-IT/5e1f9c7a+never/shown=";
    private static final String SLASH_ESCAPED = TOKEN.replace("/", "\\/");
    private static final String UNICODE_ESCAPED = "\\u0074" + TOKEN.substring(1).replace("/", "\\u002f");
    private static final Duration PROCESS_LIMIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theTokenIsInNoOutputOfARealProcessNorInItsJournalWhateverTheServerEchoes() throws Exception {
        try (LoopbackServer server = LoopbackServer.start()) {
            Path idsFile = dir.resolve("ids.txt");
            Files.write(idsFile, IntStream.rangeClosed(1, 250).mapToObj(i -> String.format("%032x", i)).toList());
            Path journal = dir.resolve("restore.journal");
            Path tokenFile = dir.resolve("token");
            Files.writeString(tokenFile, TOKEN + "\n");
            server.enqueue(
                    echo(429, plainBody(), Map.of("Retry-After", "0", "X-Echo", "Bearer " + TOKEN)),
                    Reply.status(204),                                              // call 1 restored
                    echo(500, body(SLASH_ESCAPED), Map.of("X-Echo", "Bearer " + TOKEN)),
                    new Reply(502, Map.of("Content-Type", List.of("text/html")),   // call 2 failed, uncertain
                            ("<html><body>Bad gateway for Bearer " + TOKEN + "</body></html>")
                                    .getBytes(StandardCharsets.UTF_8)),
                    echo(409, body(UNICODE_ESCAPED), Map.of("TrackingID", TOKEN)),  // call 3 failed (a 404 would split it)
                    // the second run sends calls 2 and 3 again
                    echo(400, plainBody(), Map.of("X-Echo", "Bearer " + TOKEN)),
                    echo(401, body(SLASH_ESCAPED), Map.of("WWW-Authenticate", "Bearer error=\"" + TOKEN + "\"")));
            List<String> common = List.of("restore", "--base-url", server.baseUrl(), "--ids-file", idsFile.toString(),
                    "--journal", journal.toString(), "--max-retries", "1", "--max-wait", "100ms", "--verbose");

            CliProcess json = CliProcess.start(dir, "json", Map.of("WEBEX_ACCESS_TOKEN", TOKEN),
                    with(common, "--json"));
            int jsonExit = json.awaitExit(PROCESS_LIMIT);
            CliProcess plain = CliProcess.start(dir, "plain", Map.of(), with(common, "--token-file",
                    tokenFile.toString()));
            int plainExit = plain.awaitExit(PROCESS_LIMIT);

            assertThat(server.requests()).hasSize(7).allSatisfy(r ->
                    assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN));
            assertThat(jsonExit).as(json.toString()).isEqualTo(7);
            assertThat(plainExit).as(plain.toString()).isEqualTo(3);
            JsonNode report = JSON.readTree(json.out());
            assertThat(report.path("failed")).hasSize(2);
            assertThat(report.path("failed").get(1).path("message").asText())
                    .isEqualTo("Authorization: Bearer [REDACTED] refused");
            assertThat(report.path("failed").get(1).path("trackingId").asText()).isEqualTo("[REDACTED]");
            assertThat(plain.out()).contains("400: Authorization: Bearer [REDACTED] refused");
            String journalText = Files.readString(journal, StandardCharsets.UTF_8);
            assertThat(journalText).contains("[REDACTED]");
            assertThat(json.err()).contains("token from WEBEX_ACCESS_TOKEN (not shown)")
                    .contains("Webex restore attempt");
            assertThat(plain.err()).contains("token from --token-file " + tokenFile + " (not shown)")
                    .contains("Webex restore attempt");
            for (String text : List.of(json.out(), json.err(), plain.out(), plain.err(), journalText)) {
                assertThat(text).doesNotContain(TOKEN).doesNotContain(SLASH_ESCAPED)
                        .doesNotContain(UNICODE_ESCAPED);
            }
        }
    }

    // a Webex error body that names the token in its message, a description and its tracking ID
    private static String body(String token) {
        return "{\"message\":\"Authorization: Bearer " + token + " refused\",\"errors\":[{\"description\":"
                + "\"token " + token + " is not valid here\"}],\"trackingId\":\"" + token + "\"}";
    }

    private static String plainBody() {
        return body(TOKEN);
    }

    private static Reply echo(int status, String body, Map<String, String> headers) {
        return Reply.json(status, body, headers);
    }

    private static List<String> with(List<String> common, String... more) {
        List<String> args = new ArrayList<>(common);
        args.addAll(List.of(more));
        return args;
    }
}
