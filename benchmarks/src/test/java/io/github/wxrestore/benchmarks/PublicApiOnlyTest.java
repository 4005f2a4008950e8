package io.github.wxrestore.benchmarks;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks measure what users run, so they use the public API, with three named exceptions, each because
 * what it measures is not public by design:
 * <ul>
 *   <li>{@code FacadeStepsBenchmark} splits one facade call into its internal steps (request copy, TrackingID,
 *       exchange), to show where the per-call overhead goes;</li>
 *   <li>{@code ValidatorBootstrapBenchmark} times building the shared Validator, which users never call;</li>
 *   <li>{@code GeneratedClientCall} and {@code PerCallOverheadBenchmark} call the generated low-level client,
 *       the baseline that separates what generation costs from what the facade adds.</li>
 * </ul>
 * Any other class reaching an {@code internal} package or the generated low-level client fails this test.
 */
class PublicApiOnlyTest {

    private static final Path MAIN_CLASSES = Path.of("target", "classes");

    private static JavaClasses benchmarks() {
        JavaClasses classes = new ClassFileImporter().importPath(MAIN_CLASSES);
        assertThat(classes.size()).isGreaterThan(10);
        return classes;
    }

    @Test
    void onlyTheStepAndBootstrapBenchmarksReachInternals() {
        noClasses().that().doNotHaveSimpleName("FacadeStepsBenchmark")
                .and().doNotHaveSimpleName("ValidatorBootstrapBenchmark")
                .and().resideOutsideOfPackage("..jmh_generated..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.wxrestore..internal..")
                .check(benchmarks());
    }

    @Test
    void onlyTheBaselineCallsTheGeneratedLowLevelClient() {
        noClasses().that().doNotHaveSimpleName("GeneratedClientCall")
                .and().doNotHaveSimpleName("PerCallOverheadBenchmark")
                .and().resideOutsideOfPackage("..jmh_generated..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.github.wxrestore.generated.api..", "io.github.wxrestore.generated.invoker..")
                .check(benchmarks());
    }
}
