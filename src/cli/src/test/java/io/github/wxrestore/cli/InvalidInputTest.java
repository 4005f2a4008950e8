package io.github.wxrestore.cli;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.validation.RestoreRequestValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid input of every kind the validation rules name: exit 2, one line per problem on stderr saying where
 * to fix it, and not a single request sent.
 */
class InvalidInputTest {

    private static final String LONG_ID = "a".repeat(10_000);

    @TempDir
    Path dir;

    private WebexSandbox sandbox;
    private String good;

    @BeforeEach
    void start() {
        sandbox = WebexSandbox.builder().recordingsPerHost(5).start();
        good = sandbox.seededIds(SandboxAccounts.ANN, 1).get(0);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRun.Result restore(String... args) {
        List<String> all = new ArrayList<>(List.of("restore", "--base-url", sandbox.baseUrl()));
        all.addAll(List.of(args));
        return CliRun.withToken(SandboxAccounts.ANN_TOKEN).run(all.toArray(String[]::new));
    }

    private void assertRefused(CliRun.Result r, String... lines) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).as(r.toString())
                .allSatisfy(l -> assertThat(l).matches(t -> t.startsWith("error: ") || t.startsWith("Try '")));
        for (String line : lines) {
            assertThat(r.errLines()).as(r.toString()).anySatisfy(l -> assertThat(l).startsWith(line));
        }
        assertThat(r.out()).isEmpty();
        assertThat(sandbox.requests()).as("requests sent").isEmpty();
    }

    @Test
    void aBlankIdIsNamedByItsPosition() {
        CliRun.Result r = restore("--ids", good + ", ");

        assertRefused(r, "error: invalid input, nothing was sent (1 problem):",
                "error: recording ID at --ids value 2: ");
        assertThat(r.errLines()).hasSize(2);
    }

    @Test
    void aTenKilobyteIdIsNamedByItsFileAndLine() throws IOException {
        Path file = dir.resolve("ids.txt");
        Files.write(file, List.of("# two IDs", good, LONG_ID));

        CliRun.Result r = restore("--ids-file", file.toString());

        assertRefused(r, "error: recording ID at " + file + " line 3: ");
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.err()).doesNotContain(LONG_ID); // never a 10 KB line on the screen
    }

    @Test
    void aBrokenHostEmailIsNamedByItsOption() {
        assertRefused(restore("--ids", good, "--host-email", "a@@b.com"), "error: --host-email: ");
    }

    @Test
    void aSiteUrlLongerThanTheSpecAllowsIsNamedByItsOption() {
        assertRefused(restore("--ids", good, "--site-url", "s".repeat(254) + ".webex.com"), "error: --site-url: ");
    }

    @Test
    void everyProblemAtOnceGetsOneLineEach() throws IOException {
        Path file = dir.resolve("ids.txt");
        Files.write(file, List.of(good, LONG_ID, good, LONG_ID + "b"));

        CliRun.Result r = restore("--ids", " ", "--ids-file", file.toString(), "--host-email", "a@@b.com",
                "--site-url", "s".repeat(300));

        assertRefused(r, "error: invalid input, nothing was sent (5 problems):", "error: --host-email: ",
                "error: --site-url: ", "error: recording ID at --ids value 1: ",
                "error: recording ID at " + file + " line 2: ", "error: recording ID at " + file + " line 4: ");
        assertThat(r.errLines()).hasSize(6);
    }

    @Test
    void badIdsPastTheFirstCallAreNamedByTheirFileLines() throws IOException {
        Path file = dir.resolve("ids.txt");
        List<String> lines = new ArrayList<>(List.of("# 200 IDs, a duplicate, a blank line and two bad IDs"));
        for (int i = 0; i < 200; i++) {
            lines.add(String.format("%032x", i));
        }
        lines.add(lines.get(1));
        lines.add("");
        lines.add("bad id");
        lines.add("recordingIds[0]" + "x".repeat(300));
        Files.write(file, lines);

        CliRun.Result r = restore("--ids-file", file.toString());

        assertRefused(r, "error: invalid input, nothing was sent (2 problems):",
                "error: recording ID at " + file + " line 204: recordingIds[201] must not contain whitespace",
                "error: recording ID at " + file + " line 205: recordingIds[202] must be at most ");
        assertThat(r.errLines()).hasSize(3);
        assertThat(r.errLines().get(2)).contains("got 'recordingIds[0]xxx");
    }

    @Test
    void noIdsAtAllIsAUsageError() {
        assertRefused(restore(), "error: no recordings named: give --ids ID[,ID...], --ids-file FILE, --all, or "
                + "filters that find them (--from, --to, --topic, --all-hosts)");
    }

    @Test
    void aFileWithOnlyCommentsAndBlankLinesIsAUsageError() throws IOException {
        Path file = dir.resolve("ids.txt");
        Files.write(file, List.of("# nothing here", "", "   "));

        assertRefused(restore("--ids-file", file.toString()), "error: no recording IDs in " + file);
    }

    @Test
    void restoreAllWithAnIdIsAUsageError() {
        assertRefused(restore("--all", "--ids", good), "error: --all restores everything");
    }

    @Test
    void aMissingOrNonUtf8IdsFileIsAUsageError() throws IOException {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, (good + "\nr\u00e9c\n").getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(restore("--ids-file", dir.resolve("missing.txt").toString()), "error: --ids-file ");
        assertRefused(restore("--ids-file", latin1.toString()), "error: " + latin1 + " line 2 is not UTF-8 text");
    }

    @Test
    void badNumbersAndDurationsAreUsageErrorsNamingTheOption() {
        assertRefused(restore("--ids", good, "--concurrency", "0"), "error: --concurrency must be between 1 and 64");
        assertRefused(restore("--ids", good, "--concurrency", "many"), "error: Invalid value for option '--concurrency'");
        assertRefused(restore("--ids", good, "--max-retries", "100"), "error: --max-retries must be between 0 and 99");
        assertRefused(restore("--ids", good, "--timeout", "5x"), "error: Invalid value for option '--timeout': '5x' is"
                + " not a duration: write a whole number and a unit, such as 500ms, 30s, 2m or 1h");
        assertRefused(restore("--ids", good, "--timeout", "0s"), "error: --timeout must be positive");
        assertRefused(restore("--ids", good, "--max-wait", "soon"), "error: Invalid value for option '--max-wait'");
    }

    @Test
    void sandboxAndBaseUrlTogetherAreAUsageError() {
        assertRefused(restore("--ids", good, "--sandbox"), "error: --sandbox and --base-url exclude each other");
    }

    @Test
    void aPlainHttpBaseUrlToAnotherHostIsRefused() {
        CliRun.Result r = CliRun.withToken(SandboxAccounts.ANN_TOKEN).run("restore", "--base-url",
                "http://webexapis.example.com/v1", "--ids", good);

        assertRefused(r, "error: --base-url must use https");
    }

    @Test
    void aDryRunRefusesTheBaseUrlsTheRealRunRefuses() {
        for (String url : new String[] {"http://webexapis.example.com/v1", "ftp://webexapis.com/v1"}) {
            CliRun.Result r = CliRun.noEnv().run("restore", "--base-url", url, "--ids", good, "--dry-run");

            assertRefused(r, "error: --base-url");
        }
    }

    @Test
    void aMissingTokenIsAUsageErrorThatSaysHowToGiveOne() {
        CliRun.Result r = CliRun.noEnv().run("restore", "--base-url", sandbox.baseUrl(), "--ids", good);

        assertRefused(r, "error: no access token: set WEBEX_ACCESS_TOKEN, or put it in a file and give --token-file");
    }

    /** The bad input the validation rules list, as a person would type it. */
    static Stream<Arguments> inputsTheValidationRulesName() {
        return Stream.of(
                Arguments.of("whitespace inside an ID", "ab cd", null, null),
                Arguments.of("newline inside an ID", "ab\ncd", null, null),
                Arguments.of("NUL inside an ID", "ab\u0000cd", null, null),
                Arguments.of("non-ASCII ID", "r\u00e9cording", null, null),
                Arguments.of("10 KB ID", LONG_ID, null, null),
                Arguments.of("site with a scheme", null, "https://example.webex.com", null),
                Arguments.of("site with a path", null, "example.webex.com/path", null),
                Arguments.of("site with credentials", null, "user@example.webex.com", null),
                Arguments.of("site with a port", null, "example.webex.com:443", null),
                Arguments.of("empty site", null, "", null),
                Arguments.of("host email a@b", null, null, "a@b"),
                Arguments.of("host email with two @", null, null, "a@@b.com"),
                Arguments.of("quoted host email", null, null, "\"quoted\"@example.com"));
    }

    /**
     * The command line adds no rule of its own and drops none: whatever the validation layer rejects in a call
     * is refused with exit 2, one line per problem and nothing sent; what it accepts is sent.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("inputsTheValidationRulesName")
    void theValidationLayerDecidesAndEachProblemGetsOneLine(String name, String id, String siteUrl,
                                                            String hostEmail) {
        String recordingId = id == null ? good : id;
        int problems = RestoreRequestValidation.check(new RestoreRecordingsRequest()
                .recordingIds(new ArrayList<>(List.of(recordingId))).siteUrl(siteUrl), hostEmail).violations().size();
        List<String> args = new ArrayList<>(List.of("--ids", recordingId, "--max-retries", "0"));
        if (siteUrl != null) {
            args.addAll(List.of("--site-url", siteUrl));
        }
        if (hostEmail != null) {
            args.addAll(List.of("--host-email", hostEmail));
        }

        CliRun.Result r = restore(args.toArray(String[]::new));

        if (problems > 0) {
            assertRefused(r, "error: invalid input, nothing was sent (" + problems + " problem");
            assertThat(r.errLines()).hasSize(problems + 1);
        } else {
            assertThat(r.exitCode()).as(r.toString()).isNotEqualTo(2);
            assertThat(sandbox.requests()).isNotEmpty();
        }
    }
}
