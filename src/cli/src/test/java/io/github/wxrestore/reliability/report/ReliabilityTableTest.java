package io.github.wxrestore.reliability.report;

import io.github.wxrestore.testing.ProjectFiles;
import io.github.wxrestore.reliability.report.ReliabilityTable.Case;
import io.github.wxrestore.reliability.report.ReliabilityTable.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator of the RELIABILITY.md table, on reports made for the purpose; and the committed catalogue. */
class ReliabilityTableTest {

    private static final Path ROOT = ProjectFiles.root();

    private static final String REPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="io.github.wxrestore.reliability.FooTest" tests="5">
              <testcase name="matrix(int)[1]" classname="io.github.wxrestore.reliability.FooTest" time="0.5"/>
              <testcase name="matrix(int)[2]" classname="io.github.wxrestore.reliability.FooTest" time="0.25"/>
              <testcase name="generated" classname="io.github.wxrestore.reliability.FooTest" time="2.0">
                <system-out><![CDATA[a line the test printed
            property FooTest.generated: tries = 300, checked = 120
            statistics FooTest.generated: verdict: "accepted" 40.0 % (120)
            property FooTest.generatedElsewhere: tries = 7, checked = 7
              property FooTest.generated: tries = 5, checked = 5
            ]]></system-out>
              </testcase>
              <testcase name="broken" classname="io.github.wxrestore.reliability.FooTest" time="0.1">
                <failure message="expected: 1 but was: 2"/>
              </testcase>
              <testcase name="elsewhere" classname="io.github.wxrestore.client.BarTest" time="0.1"/>
            </testsuite>
            """;

    @TempDir
    Path dir;

    private List<Case> cases() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("surefire-reports"));
        Files.writeString(reports.resolve("TEST-io.github.wxrestore.reliability.FooTest.xml"), REPORT);
        return ReliabilityTable.readReports(List.of(reports, dir.resolve("absent")));
    }

    private static Row row(String subject, String... tests) {
        return new Row("Area", subject, "what is checked", List.of(tests), null);
    }

    @Test
    void casesAreCountedTriesAreReadFailuresAndPendingRowsAreShown() throws Exception {
        List<String> problems = new ArrayList<>();

        String table = ReliabilityTable.table(List.of(
                row("a matrix", "reliability.FooTest#matrix"),
                row("a property", "reliability.FooTest#generated"),
                row("a broken one", "reliability.FooTest#broken"),
                new Row("Area", "later", "to come", List.of(), "CLI follow-up"),
                row("others", "client.BarTest")), cases(), problems);

        assertThat(problems).isEmpty();
        assertThat(table).contains("| Area | a matrix | what is checked | 2 | passed 2/2 in 0.8 s | "
                + "`reliability.FooTest#matrix` |");
        assertThat(table).contains("| a property | what is checked | 300 tries (120 checked) | passed 1/1 in 2.0 s |");
        assertThat(table).contains("| a broken one | what is checked | 1 | **FAILED**: 1 of 1 did not pass |");
        assertThat(table).contains("| later | to come | - | **pending**: CLI follow-up | - |");
        assertThat(table).contains("In all: 4 test cases and 1 properties (300 generated tries), 1 did not pass");
    }

    @Test
    void aPendingRowKeepsItsReason() throws Exception {
        Path catalogue = dir.resolve("catalogue.tsv");
        Files.writeString(catalogue, "# a comment\nCrash safety\tkill -9\tresumes\tpending: CLI follow-up\n"
                + "Area\tsubject\tcheck\treliability.FooTest#matrix  client.BarTest\n");

        List<Row> rows = ReliabilityTable.readCatalogue(catalogue);

        assertThat(rows).containsExactly(new Row("Crash safety", "kill -9", "resumes", List.of(), "CLI follow-up"),
                new Row("Area", "subject", "check", List.of("reliability.FooTest#matrix", "client.BarTest"), null));
    }

    @Test
    void aRowWithoutResultsAndAReliabilityTestWithoutARowAreRefused() throws Exception {
        List<String> problems = new ArrayList<>();

        ReliabilityTable.table(List.of(row("stale", "reliability.FooTest#renamed", "reliability.FooTest#matrix")),
                cases(), problems);

        assertThat(problems).containsExactlyInAnyOrder(
                "no test result for reliability.FooTest#renamed (row: stale)",
                "no row names reliability.FooTest#generated",
                "no row names reliability.FooTest#broken");
    }

    @Test
    void withoutReportsNothingIsWritten() {
        List<String> problems = new ArrayList<>();

        ReliabilityTable.table(List.of(row("any", "reliability.FooTest")), List.of(), problems);

        assertThat(problems).singleElement().asString().contains("run mvn -B verify");
    }

    @Test
    void onlyTheTextBetweenTheMarkersIsReplaced() {
        String document = "# Title\nprose before\n" + ReliabilityTable.BEGIN + "\nold table\n" + ReliabilityTable.END
                + "\nprose after\n";

        String updated = ReliabilityTable.replaceGenerated(document, "new table\n");

        assertThat(updated).isEqualTo("# Title\nprose before\n" + ReliabilityTable.BEGIN + "\nnew table\n"
                + ReliabilityTable.END + "\nprose after\n");
    }

    @Test
    void theCommittedDocumentCarriesTheGeneratorsMarkers() throws IOException {
        // else the command it names fails: the markers name the generator's path, which moves with the code
        assertThat(Files.readString(ROOT.resolve("docs/RELIABILITY.md")))
                .contains(ReliabilityTable.BEGIN, ReliabilityTable.END);
        assertThat(ReliabilityTable.BEGIN).contains("java " + "src/testing/src/main/java/"
                + ReliabilityTable.class.getName().replace('.', '/') + ".java");
        assertThat(ROOT.resolve("src/testing/src/main/java/"
                + ReliabilityTable.class.getName().replace('.', '/') + ".java")).isRegularFile();
    }

    @Test
    void theCommittedCatalogueNamesExistingTestsAndEveryReliabilityTest() throws Exception {
        List<Row> rows = ReliabilityTable.readCatalogue(ROOT.resolve("docs/reliability-catalogue.tsv"));
        List<String> named = rows.stream().flatMap(r -> r.tests().stream()).toList();

        try (URLClassLoader tests = everyModulesTestClasses()) {
            for (String selector : named) {
                int hash = selector.indexOf('#');
                Class<?> type = Class.forName(ReliabilityTable.BASE_PACKAGE + (hash < 0 ? selector
                        : selector.substring(0, hash)), false, tests);
                if (hash >= 0) {
                    String method = selector.substring(hash + 1);
                    assertThat(Arrays.stream(type.getDeclaredMethods()).filter(ReliabilityTableTest::isTest)
                            .map(Method::getName)).as(selector).contains(method);
                }
            }
            for (Class<?> type : reliabilityTestClasses(tests)) {
                String name = type.getName().substring(ReliabilityTable.BASE_PACKAGE.length());
                for (Method method : type.getDeclaredMethods()) {
                    if (isTest(method)) {
                        assertThat(named).as("a catalogue row naming " + name + "#" + method.getName())
                                .containsAnyOf(name, name + "#" + method.getName());
                    }
                }
            }
        }
        assertThat(rows).filteredOn(Row::pending).as("rows still pending").isEmpty();
    }

    private static boolean isTest(Method method) {
        return method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class);
    }

    // the compiled tests of every module under src/ (the reactor has built them before this module's tests)
    private static URLClassLoader everyModulesTestClasses() throws IOException {
        List<URL> dirs = new ArrayList<>();
        for (Path module : ReliabilityTable.modules(ROOT)) {
            Path classes = module.resolve("target/test-classes");
            if (Files.isDirectory(classes)) {
                dirs.add(classes.toUri().toURL());
            }
        }
        return new URLClassLoader(dirs.toArray(URL[]::new), ReliabilityTableTest.class.getClassLoader());
    }

    // every *Test and *IT class of the reliability package and its subpackages, from every module's sources
    private static List<Class<?>> reliabilityTestClasses(ClassLoader tests) throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        for (Path module : ReliabilityTable.modules(ROOT)) {
            Path sources = module.resolve("src/test/java");
            Path reliability = sources.resolve("io/github/wxrestore/reliability");
            if (!Files.isDirectory(reliability)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(reliability)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches(".*(Test|IT)\\.java"))
                        .toList()) {
                    String relative = sources.relativize(file).toString();
                    classes.add(Class.forName(relative.substring(0, relative.length() - ".java".length())
                            .replace(file.getFileSystem().getSeparator(), "."), false, tests));
                }
            }
        }
        assertThat(classes).hasSizeGreaterThan(10);
        return classes;
    }
}
