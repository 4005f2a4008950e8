package io.github.wxrestore.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox is the provider side of the same spec and shares no code with the client: it reads the model module
 * (the generated models and the spec's limits) and nothing of validation, the facade or bulk, so a bug in the
 * client cannot hide in the provider.
 */
class SandboxIndependenceTest {

    // this module's own classes only: the class path also holds the modules it depends on
    private static final Path MAIN_CLASSES = Path.of("target", "classes");

    @Test
    void theSandboxUsesTheModelModuleTheJdkAndJacksonOnly() {
        JavaClasses sandbox = new ClassFileImporter().importPath(MAIN_CLASSES);
        assertThat(sandbox.size()).as("sandbox classes found").isGreaterThan(20);

        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.github.wxrestore.sandbox..", "io.github.wxrestore.generated.model..",
                        "io.github.wxrestore.model.constraints..",
                        "java..", "javax.net..", "com.sun.net.httpserver..", "com.fasterxml.jackson..",
                        "jakarta.validation.constraints..")
                .check(sandbox);
    }
}
