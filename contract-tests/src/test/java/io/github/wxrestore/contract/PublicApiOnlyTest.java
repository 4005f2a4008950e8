package io.github.wxrestore.contract;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract is pinned from the outside: the consumer side drives the client's public API and the provider
 * side the sandbox's, so a pact says what users get, never what an internal class does.
 */
class PublicApiOnlyTest {

    @Test
    void contractTestsUseNoInternalPackageAndNoGeneratedLowLevelClient() {
        JavaClasses tests = new ClassFileImporter().importPath(Path.of("target", "test-classes"));
        assertThat(tests.size()).isGreaterThan(5);

        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.wxrestore..internal..",
                        "io.github.wxrestore.generated.api..", "io.github.wxrestore.generated.invoker..")
                .check(tests);
    }
}
