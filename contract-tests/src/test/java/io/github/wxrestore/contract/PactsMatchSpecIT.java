package io.github.wxrestore.contract;

import io.github.wxrestore.testing.ProjectFiles;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pacts against {@code api-spec/}: every interaction's request and response must be valid for the spec
 * (swagger-request-validator), and the statuses must match both ways, operation by operation: every status an
 * operation declares is exercised by some interaction that calls it, and no interaction uses a status its
 * operation does not declare (a listing declares no 204, a restore does).
 *
 * <p>Nothing is downgraded: the pacts keep the Webex error body on every error, 429 included, because the spec
 * declares that body. A 429 without a body happens in the wild (the spec says so in prose) and the validator rightly
 * reports it as undeclared; the client's own tests cover it, and the pacts pin the declared shape.
 */
class PactsMatchSpecIT {

    private static final String SPEC = ProjectFiles.spec().toString();

    private static OpenApiInteractionValidator validator;
    private static OpenAPI spec;
    private static List<Pact> pacts;

    @BeforeAll
    static void load() {
        String location = Path.of(SPEC).toUri().toString();
        validator = OpenApiInteractionValidator.createForSpecificationUrl(location).build();
        spec = new OpenAPIV3Parser().read(location);
        pacts = PactFiles.loadAll();
    }

    @TestFactory
    Stream<DynamicTest> everyInteractionIsValidForTheSpec() {
        return interactions().map(interaction -> DynamicTest.dynamicTest(interaction.getDescription(), () -> {
            SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
            assertThat(http).as("only HTTP interactions: %s", interaction.getDescription()).isNotNull();

            ValidationReport report = validator.validate(PactRequest.of(http.getRequest()),
                    PactResponse.of(http.getResponse()));

            assertThat(errors(report)).as("'%s' against %s", interaction.getDescription(), SPEC).isEmpty();
        }));
    }

    @Test
    void everyStatusEachOperationDeclaresIsExercised() {
        Map<String, Set<Integer>> exercised = pactStatuses();
        Map<String, Set<Integer>> missing = new TreeMap<>();
        declaredStatuses().forEach((operation, statuses) -> {
            Set<Integer> left = new TreeSet<>(statuses);
            left.removeAll(exercised.getOrDefault(operation, Set.of()));
            if (!left.isEmpty()) {
                missing.put(operation, left);
            }
        });

        assertThat(missing).as("statuses each operation of %s declares that no interaction in %s exercises", SPEC,
                PactFiles.directory()).isEmpty();
    }

    @Test
    void noInteractionUsesAStatusItsOperationDoesNotDeclare() {
        Map<String, Set<Integer>> declared = declaredStatuses();
        Map<String, Set<Integer>> undeclared = new TreeMap<>();
        pactStatuses().forEach((operation, statuses) -> {
            Set<Integer> extra = new TreeSet<>(statuses);
            extra.removeAll(declared.getOrDefault(operation, Set.of()));
            if (!extra.isEmpty()) {
                undeclared.put(operation, extra);
            }
        });

        assertThat(undeclared).as("statuses used by interactions in %s that their operation in %s does not declare",
                PactFiles.directory(), SPEC).isEmpty();
    }

    private static List<String> errors(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }

    private static Stream<Interaction> interactions() {
        return pacts.stream().flatMap(pact -> pact.getInteractions().stream());
    }

    /** The statuses the interactions answer, by the operationId of the spec operation each one calls. */
    private static Map<String, Set<Integer>> pactStatuses() {
        Map<String, Set<Integer>> statuses = new TreeMap<>();
        interactions().forEach(i -> {
            SynchronousRequestResponse http = i.asSynchronousRequestResponse();
            statuses.computeIfAbsent(operationOf(i.getDescription(), http.getRequest().getMethod(),
                    http.getRequest().getPath()), o -> new TreeSet<>()).add(http.getResponse().getStatus());
        });
        return statuses;
    }

    /** The numeric response codes of every operation in the spec ("default" is no status), by operationId. */
    private static Map<String, Set<Integer>> declaredStatuses() {
        Map<String, Set<Integer>> statuses = new TreeMap<>();
        spec.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                operation.getResponses().keySet().stream().filter(code -> code.matches("\\d{3}"))
                        .forEach(code -> statuses.computeIfAbsent(operation.getOperationId(), o -> new TreeSet<>())
                                .add(Integer.parseInt(code)))));
        assertThat(statuses).as("response statuses declared in %s", SPEC).isNotEmpty();
        return statuses;
    }

    /** The operationId of the spec operation at this method and path (the servers' base path, then the spec's). */
    private static String operationOf(String description, String method, String path) {
        String basePath = URI.create(spec.getServers().get(0).getUrl()).getPath();
        List<String> matches = new ArrayList<>();
        spec.getPaths().forEach((specPath, item) -> item.readOperationsMap().forEach((httpMethod, operation) -> {
            if (httpMethod.name().equalsIgnoreCase(method) && path.equals(basePath + specPath)) {
                matches.add(operation.getOperationId());
            }
        }));
        assertThat(matches).as("the operation in %s that '%s' calls (%s %s)", SPEC, description, method, path)
                .hasSize(1);
        return matches.get(0);
    }
}
