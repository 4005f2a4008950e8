package io.github.wxrestore.spec;

import io.github.wxrestore.testing.ProjectFiles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spec-evolution guard: api-spec/ may change the last released contract only compatibly, unless the
 * change is declared as a new major version.
 */
class SpecEvolutionGuardTest {

    private static final Path CURRENT = ProjectFiles.spec();
    private static final Path RELEASED_DIR = ProjectFiles.at("api-spec/released");

    @Test
    void currentSpecKeepsTheLastReleasedContract() throws IOException {
        Path released = lastReleased();
        SpecEvolutionGuard.Verdict verdict = SpecEvolutionGuard.judge(
                SpecEvolutionGuard.load(released), SpecEvolutionGuard.load(CURRENT));

        assertThat(verdict.allowed()).as(verdict.report()).isTrue();
    }

    @Test
    void aCompatibleChangeIsAccepted() {
        OpenAPI candidate = current();
        candidate.getPaths().get("/recordings/restore").getPost().setSummary("Restore recordings, reworded");
        candidate.getComponents().getSchemas().get("RestoreRecordingsRequest")
                .addProperty("comment", new StringSchema());

        SpecEvolutionGuard.Verdict verdict = SpecEvolutionGuard.judge(current(), candidate);

        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.incompatible()).isFalse();
    }

    @Test
    void aBreakingChangeIsRefusedWithAReport() {
        OpenAPI candidate = current();
        candidate.getPaths().get("/recordings/restore").getPost().getParameters().stream()
                .filter(p -> "hostEmail".equals(p.getName()))
                .forEach(p -> p.setRequired(true));

        SpecEvolutionGuard.Verdict verdict = SpecEvolutionGuard.judge(current(), candidate);

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.report()).contains("info.version to 2.0.0").contains("/recordings/restore");
    }

    @Test
    void aBreakingChangeDeclaredAsANewMajorVersionIsAccepted() {
        OpenAPI candidate = current();
        candidate.getPaths().get("/recordings/restore").getPost()
                .addParametersItem(new Parameter().in("query").name("mode").required(true).schema(new StringSchema()));
        candidate.getInfo().setVersion("2.0.0");

        SpecEvolutionGuard.Verdict verdict = SpecEvolutionGuard.judge(current(), candidate);

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.allowed()).isTrue();
    }

    @Test
    void aNewOperationNeedsARaisedMinorVersion() {
        OpenAPI released = current();
        OpenAPI candidate = current();
        candidate.getPaths().addPathItem("/recordings/{recordingId}", new PathItem().get(
                new Operation().operationId("getRecording").responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("OK")))));

        SpecEvolutionGuard.Verdict same = SpecEvolutionGuard.judge(released, candidate);
        candidate.getInfo().setVersion(SpecEvolutionGuard.major(released) + "."
                + (SpecEvolutionGuard.minor(released) + 1) + ".0");
        SpecEvolutionGuard.Verdict raised = SpecEvolutionGuard.judge(released, candidate);

        assertThat(same.allowed()).isFalse();
        assertThat(same.report()).contains("without raising the minor version").contains("info.version to "
                + SpecEvolutionGuard.major(released) + "." + (SpecEvolutionGuard.minor(released) + 1) + ".0");
        assertThat(raised.allowed()).as(raised.report()).isTrue();
    }

    @Test
    void theListingsAreAnAdditionToTheReleasedContractDeclaredAsMinorVersion1_1() throws IOException {
        OpenAPI released = SpecEvolutionGuard.load(lastReleased());

        assertThat(released.getPaths()).doesNotContainKey("/admin/recordings");
        assertThat(current().getPaths()).containsKeys("/recordings", "/admin/recordings");
        assertThat(current().getInfo().getVersion()).isEqualTo("1.1.0");
    }

    private static OpenAPI current() {
        return SpecEvolutionGuard.load(CURRENT);
    }

    /** The released copy with the highest version in its file name. */
    private static Path lastReleased() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED_DIR)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .max((a, b) -> compareVersions(version(a), version(b)))
                    .orElseThrow(() -> new IllegalStateException("no released spec in " + RELEASED_DIR));
        }
    }

    private static String version(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('-') + 1, name.length() - ".yaml".length());
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
