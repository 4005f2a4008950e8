package io.github.wxrestore.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data flows one way inside the client: generated model and low-level client, then the listing's values (a
 * query, a recording found), then validation, then the facade, then bulk. No stage reaches a later one, an {@code internal} package is its own stage's alone, and the
 * generated low-level client is reached only by the facade's internals.
 */
class LayeringTest {

    // this module's own classes only: the class path also holds the modules it depends on
    private static final Path MAIN_CLASSES = Path.of("target", "classes");

    private static final String ROOT = "io.github.wxrestore";

    private static JavaClasses main;

    @BeforeAll
    static void importTheClientsMainClasses() {
        main = new ClassFileImporter().importPath(MAIN_CLASSES);
        // the rules below would pass on nothing: make sure every stage was found
        assertThat(main.stream().map(c -> c.getPackageName()).distinct())
                .contains(ROOT + ".generated.api", ROOT + ".generated.invoker", ROOT + ".listing",
                        ROOT + ".validation", ROOT + ".client", ROOT + ".bulk", ROOT + ".client.internal");
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }

    @Test
    void generatedCodeKnowsNothingHandWritten() {
        check(noClasses().that().resideInAPackage(ROOT + ".generated..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".listing..", ROOT + ".validation..", ROOT + ".client..", ROOT + ".bulk.."));
    }

    @Test
    void theListingsValuesKnowNothingButTheJdk() {
        check(noClasses().that().resideInAPackage(ROOT + ".listing..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".generated..", ROOT + ".model..",
                        ROOT + ".validation..", ROOT + ".client..", ROOT + ".bulk.."));
    }

    @Test
    void validationKnowsNeitherTheFacadeNorBulk() {
        check(noClasses().that().resideInAPackage(ROOT + ".validation..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".client..", ROOT + ".bulk.."));
    }

    @Test
    void theFacadeKnowsNothingOfBulk() {
        check(noClasses().that().resideInAPackage(ROOT + ".client..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".bulk.."));
    }

    @Test
    void anInternalPackageServesItsOwnStageOnly() {
        for (String stage : new String[] {"validation", "client", "bulk"}) {
            check(noClasses().that().resideOutsideOfPackage(ROOT + "." + stage + "..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + stage + ".internal..")
                    .as("nothing outside " + stage + " uses " + stage + ".internal"));
        }
    }

    @Test
    void onlyTheFacadesInternalsCallTheGeneratedLowLevelClient() {
        check(noClasses().that().resideOutsideOfPackages(ROOT + ".generated..", ROOT + ".client.internal..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".generated.api..", ROOT + ".generated.invoker.."));
    }

    @Test
    void theClientKnowsNoOtherProduct() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage(
                ROOT + ".sandbox..", ROOT + ".cli..", "picocli..", "ch.qos.logback..", "me.tongfei.."));
    }
}
