package io.github.wxrestore.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line is the last stage: it uses the client's and the sandbox's public API, never their insides. */
class CliUsesPublicApiTest {

    // this module's own classes only: the class path also holds the modules it depends on
    private static final Path MAIN_CLASSES = Path.of("target", "classes");

    @Test
    void theCliReachesNoOtherModulesInternalsAndNoGeneratedLowLevelClient() {
        JavaClasses cli = new ClassFileImporter().importPath(MAIN_CLASSES);
        assertThat(cli.size()).as("cli classes found").isGreaterThan(20);

        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.github.wxrestore.client.internal..", "io.github.wxrestore.validation.internal..",
                        "io.github.wxrestore.bulk.internal..", "io.github.wxrestore.sandbox.internal..",
                        "io.github.wxrestore.generated.api..", "io.github.wxrestore.generated.invoker..")
                .check(cli);
    }
}
