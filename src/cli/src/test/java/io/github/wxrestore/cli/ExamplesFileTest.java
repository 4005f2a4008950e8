package io.github.wxrestore.cli;

import io.github.wxrestore.testing.ProjectFiles;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** examples/sandbox-ids.txt, the README's main job, still names what the default sandbox seeds. */
class ExamplesFileTest {

    static final Path EXAMPLES = ProjectFiles.at("examples/sandbox-ids.txt");

    @Test
    void theExampleIdsAreTheFirstOnesSeededForAnnByTheDefaultSandbox() throws IOException {
        List<String> ids = Files.readAllLines(EXAMPLES).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> unique = List.copyOf(new LinkedHashSet<>(ids));

        try (WebexSandbox sandbox = WebexSandbox.start()) {
            assertThat(unique).containsExactlyElementsOf(sandbox.seededIds(SandboxAccounts.ANN, unique.size()));
        }
        assertThat(unique).hasSize(150);
        assertThat(ids).hasSize(153);
    }

    @Test
    void theMainJobRestoresThemAllAgainstTheEmbeddedSandbox() {
        CliRun.Result r = CliRun.noEnv().run("restore", "--sandbox", "--ids-file", EXAMPLES.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Restoring 150 recordings in 2 calls against http://127.0.0.1:")
                .contains("(embedded sandbox)")
                .contains("call 1/2: 100 restored (204")
                .contains("call 2/2: 50 restored (204")
                .contains("Restored 150 of 150 recordings (153 requested, 3 duplicates removed).")
                .contains("2 calls, 0 retries");
        assertThat(r.err()).isEmpty();
    }
}
