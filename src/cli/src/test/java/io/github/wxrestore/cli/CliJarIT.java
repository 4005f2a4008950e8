package io.github.wxrestore.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The executable jar as a user runs it: the README's main job, a lean --help, and a SIGKILL mid-run. */
class CliJarIT {

    // the README's commands run from the project's root, with its paths
    private static final Path ROOT = ProjectFiles.root();
    private static final String README_JAR = "src/cli/target/webex-recordings-restore-cli.jar";
    private static final Path JAR = ROOT.resolve(README_JAR);
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PROXY_VARIABLES = List.of("https_proxy", "HTTPS_PROXY", "http_proxy",
            "HTTP_PROXY", "no_proxy", "NO_PROXY");

    @TempDir
    Path dir;

    private record Ran(int exitCode, String out, String err) {
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("WEBEX_ACCESS_TOKEN");
        PROXY_VARIABLES.forEach(builder.environment()::remove); // the machine's proxies never decide
        builder.environment().putAll(env);
        return builder.start();
    }

    private Ran run(Map<String, String> env, String... args) throws Exception {
        Process process = start(env, args);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ends").isTrue();
        return new Ran(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void theReadmeMainJobRestoresTheExampleIdsAgainstTheEmbeddedSandbox() throws Exception {
        Ran r = run(Map.of(), "-jar", README_JAR, "restore", "--sandbox", "--ids-file", "examples/sandbox-ids.txt");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Restored 150 of 150 recordings (153 requested, 3 duplicates removed).");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpAndVersionNeverBootstrapTheValidator() throws Exception {
        // the validator's early bootstrap (ValidatorWarmUp) is for commands that will validate, not for their help
        for (List<String> options : List.of(List.of("--help"), List.of("--version"), List.of("restore", "--help"),
                List.of("list", "-V"))) {
            List<String> args = new ArrayList<>(List.of("-Xlog:class+load=info", "-jar", JAR.toString()));
            args.addAll(options);
            Ran r = run(Map.of(), args.toArray(String[]::new));

            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("webex-restore ")
                    .doesNotContain("org.hibernate.validator").doesNotContain("jakarta.validation.Validation ")
                    .doesNotContain("SharedValidator");
        }
        assertThat(run(Map.of(), "-jar", JAR.toString(), "--version").out()).contains("0.1.0");
    }

    @Test
    void aProcessKilledMidRunResumesFromItsJournalWithNothingLostOrRestoredTwice() throws Exception {
        try (WebexSandbox sandbox = WebexSandbox.builder().recordingsPerHost(1_000)
                .faults(SandboxFaults.builder().latency(Duration.ofMillis(150)).build()).start()) {
            List<String> ids = sandbox.seededIds(SandboxAccounts.ANN, 1_000);
            Path idsFile = dir.resolve("ids.txt");
            Files.write(idsFile, ids);
            Path journal = dir.resolve("restore.journal");
            Map<String, String> env = Map.of("WEBEX_ACCESS_TOKEN", SandboxAccounts.ANN_TOKEN);
            String[] args = {"-jar", JAR.toString(), "restore", "--base-url", sandbox.baseUrl(), "--ids-file",
                idsFile.toString(), "--journal", journal.toString(), "--json"};

            Process first = start(env, args);
            awaitResults(journal, 3);
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            first.waitFor(10, TimeUnit.SECONDS);
            Set<String> restoredBeforeResume = new HashSet<>(sandbox.restoredIds());
            assertThat(restoredBeforeResume.size()).isBetween(300, 999);

            Ran resumed = run(env, args);

            JsonNode report = JSON.readTree(resumed.out());
            assertThat(sandbox.restoredIds()).containsExactlyInAnyOrderElementsOf(ids);
            // a call whose answer the kill swallowed is sent once more; every other ID exactly once
            List<String> sentTwice = ids.stream().filter(id -> sandbox.timesRequested(id) > 1).toList();
            assertThat(sentTwice).hasSizeLessThanOrEqualTo(100);
            assertThat(ids).allSatisfy(id -> assertThat(sandbox.timesRequested(id)).isBetween(1, 2));
            // ...and only IDs of the call the kill left without a result: none whose call had succeeded
            assertThat(unansweredInFirstRun(journal)).containsAll(sentTwice);
            // the repeat found them restored already (a 404): presumed restored by the killed run, not failed
            assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
            assertThat(report.get("failed")).isEmpty();
            Set<String> presumed = new HashSet<>();
            report.get("presumedRestoredIds").forEach(id -> presumed.add(id.asText()));
            assertThat(sentTwice).containsAll(presumed);
            assertThat(report.get("restored").asInt() + presumed.size()).isEqualTo(ids.size());
            assertThat(Files.readAllLines(journal, StandardCharsets.UTF_8))
                    .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        }
    }

    private static Set<String> unansweredInFirstRun(Path journal) throws IOException {
        Set<String> calls = new HashSet<>();
        Map<String, List<String>> idsByCall = new java.util.HashMap<>();
        for (String line : Files.readAllLines(journal)) {
            JsonNode node = JSON.readTree(line);
            if (node.path("run").asInt() != 1) {
                continue;
            }
            String call = node.path("call").asText();
            if (node.path("type").asText().equals("call")) {
                calls.add(call);
                List<String> list = new ArrayList<>();
                node.get("ids").forEach(id -> list.add(id.asText()));
                idsByCall.put(call, list);
            } else if (node.path("type").asText().equals("result")) {
                calls.remove(call);
            }
        }
        Set<String> ids = new HashSet<>();
        calls.forEach(call -> ids.addAll(idsByCall.get(call)));
        return ids;
    }

    private static void awaitResults(Path journal, int results) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(journal) && Files.readAllLines(journal).stream()
                    .filter(l -> l.contains("\"type\":\"result\"")).count() >= results) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the journal never held " + results + " results");
    }
}
