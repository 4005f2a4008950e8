package io.github.wxrestore.reliability.report;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the table of docs/RELIABILITY.md from the catalogue (docs/reliability-catalogue.tsv: what each row
 * claims and which tests prove it) and the Surefire and Failsafe reports of the last {@code mvn verify} (how many
 * cases ran, how many passed, how long they took; for properties, the tries and checks that
 * {@code io.github.wxrestore.testing.Property} prints as {@code property <Class>.<method>: tries = N, checked = M}).
 * Only the part of the document between the two GENERATED markers is replaced; the prose around it is kept.
 *
 * <p>Run from the project root, after {@code mvn -B clean verify} (clean, so that no report of a renamed or
 * deleted test is left behind):
 * <pre>java src/testing/src/main/java/io/github/wxrestore/reliability/report/ReliabilityTable.java</pre>
 * It uses the JDK only, so it runs as a single source file. It fails (exit status 1, nothing written) when a row
 * names a test with no result, or when a test of the reliability package is named by no row: the document
 * cannot quietly drift from the tests.
 */
public final class ReliabilityTable {

    /** The tests every class name in the catalogue is relative to. */
    static final String BASE_PACKAGE = "io.github.wxrestore.";
    /** Every test of this package must be named by some row. */
    static final String RELIABILITY_PACKAGE = BASE_PACKAGE + "reliability.";
    static final String BEGIN = "<!-- BEGIN GENERATED: java src/testing/src/main/java/io/github/wxrestore/reliability/report/"
            + "ReliabilityTable.java -->";
    static final String END = "<!-- END GENERATED -->";
    /** What the tests column holds for a row whose tests do not exist yet. */
    static final String PENDING = "pending";

    /** The line a property prints when it has run (io.github.wxrestore.testing.Property), alone on its line. */
    private static final Pattern PROPERTY_LINE = Pattern.compile(
            "^property (\\S+): tries = (\\d+), checked = (\\d+)\\r?$", Pattern.MULTILINE);

    /** One row of the catalogue: the claim, and the tests (Class or Class#method) that prove it. */
    record Row(String area, String subject, String check, List<String> tests, String pendingNote) {
        boolean pending() {
            return pendingNote != null;
        }
    }

    /** One test case of a report: its class, name, time, whether it passed, and a property's tries and checks. */
    record Case(String className, String name, double seconds, boolean passed, boolean skipped, int tries,
                int checks) {
        boolean property() {
            return tries > 0;
        }

        /** The method name: the name up to a parameter list. */
        String method() {
            return ReliabilityTable.method(name);
        }
    }

    private ReliabilityTable() {
    }

    // a test case's name up to a parameter list: its method
    private static String method(String name) {
        int paren = name.indexOf('(');
        return paren < 0 ? name : name.substring(0, paren);
    }

    /** The project's modules whose tests may hold reliability rows: every folder under src/, and contract-tests/. */
    public static List<Path> modules(Path root) throws IOException {
        List<Path> modules = new ArrayList<>();
        try (var folders = Files.list(root.resolve("src"))) {
            folders.filter(Files::isDirectory).sorted().forEach(modules::add);
        }
        modules.add(root.resolve("contract-tests"));
        return modules;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path catalogue = root.resolve("docs/reliability-catalogue.tsv");
        Path document = root.resolve("docs/RELIABILITY.md");
        List<Path> reports = new ArrayList<>();
        for (Path module : modules(root)) {
            reports.add(module.resolve("target/surefire-reports"));
            reports.add(module.resolve("target/failsafe-reports"));
        }
        List<Case> cases = readReports(reports);
        List<String> problems = new ArrayList<>();
        String table = table(readCatalogue(catalogue), cases, problems);
        if (!problems.isEmpty()) {
            System.err.println("docs/RELIABILITY.md not written:");
            problems.forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
        Files.writeString(document, replaceGenerated(Files.readString(document), table));
        System.out.println("wrote the table of " + document);
    }

    /** The rows of a catalogue file: tab-separated area, subject, check, tests; '#' lines are comments. */
    static List<Row> readCatalogue(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException("a catalogue row has 4 tab-separated cells, not " + cells.length
                        + ": " + line);
            }
            String tests = cells[3].strip();
            if (tests.startsWith(PENDING)) {
                rows.add(new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), List.of(),
                        tests.substring(PENDING.length()).replaceFirst("^\\s*:", "").strip()));
            } else {
                rows.add(new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(),
                        List.of(tests.split("\\s+")), null));
            }
        }
        return rows;
    }

    /** Every test case of every TEST-*.xml report in these directories (a missing directory has none). */
    static List<Case> readReports(List<Path> directories) throws Exception {
        List<Case> cases = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            List<Path> reports;
            try (Stream<Path> files = Files.list(directory)) {
                reports = files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
            }
            for (Path report : reports) {
                Document xml = factory.newDocumentBuilder().parse(report.toFile());
                NodeList testcases = xml.getElementsByTagName("testcase");
                for (int i = 0; i < testcases.getLength(); i++) {
                    cases.add(toCase((Element) testcases.item(i)));
                }
            }
        }
        return cases;
    }

    private static Case toCase(Element testcase) {
        boolean failed = testcase.getElementsByTagName("failure").getLength() > 0
                || testcase.getElementsByTagName("error").getLength() > 0;
        boolean skipped = testcase.getElementsByTagName("skipped").getLength() > 0;
        String name = testcase.getAttribute("name");
        String className = testcase.getAttribute("classname");
        int tries = 0;
        int checks = 0;
        // the line of this property: "property SimpleClassName.method: tries = N, checked = M"
        String property = className.substring(className.lastIndexOf('.') + 1) + "." + method(name);
        NodeList outs = testcase.getElementsByTagName("system-out");
        for (int i = 0; i < outs.getLength(); i++) {
            Matcher line = PROPERTY_LINE.matcher(outs.item(i).getTextContent());
            while (line.find()) {
                if (line.group(1).equals(property)) {
                    tries += Integer.parseInt(line.group(2));
                    checks += Integer.parseInt(line.group(3));
                }
            }
        }
        double seconds = testcase.getAttribute("time").isEmpty() ? 0
                : Double.parseDouble(testcase.getAttribute("time").replace(",", ""));
        return new Case(className, name, seconds, !failed && !skipped, skipped, tries, checks);
    }

    /** The Markdown table; what is wrong with the catalogue or the reports goes to {@code problems}. */
    static String table(List<Row> rows, List<Case> cases, List<String> problems) {
        if (cases.isEmpty()) {
            problems.add("no test reports in any module's target/surefire-reports or target/failsafe-reports: run mvn -B verify");
            return "";
        }
        Set<Case> named = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        out.append("| Area | Fault or bad input | Check | Cases | Outcome | Tests |\n");
        out.append("|---|---|---|--:|---|---|\n");
        for (Row row : rows) {
            if (row.pending()) {
                out.append(cells(row.area(), row.subject(), row.check(), "-", "**pending**: " + row.pendingNote(),
                        "-"));
                continue;
            }
            List<Case> mine = new ArrayList<>();
            for (String selector : row.tests()) {
                List<Case> matched = select(selector, cases);
                if (matched.isEmpty()) {
                    problems.add("no test result for " + selector + " (row: " + row.subject() + ")");
                }
                mine.addAll(matched);
            }
            named.addAll(mine);
            int examples = (int) mine.stream().filter(c -> !c.property()).count();
            int tries = mine.stream().mapToInt(Case::tries).sum();
            int checks = mine.stream().mapToInt(Case::checks).sum();
            long passed = mine.stream().filter(Case::passed).count();
            double seconds = mine.stream().mapToDouble(Case::seconds).sum();
            out.append(cells(row.area(), row.subject(), row.check(), count(examples, tries, checks),
                    outcome(passed, mine.size(), seconds), row.tests().stream().map(t -> "`" + t + "`")
                            .collect(Collectors.joining("<br>"))));
        }
        for (Case c : cases) {
            if (c.className().startsWith(RELIABILITY_PACKAGE) && !c.className().contains(".report.")
                    && !named.contains(c)) {
                problems.add("no row names " + c.className().substring(BASE_PACKAGE.length()) + "#" + c.method());
            }
        }
        // totals over the cases named, each once even when two rows name it
        long examples = named.stream().filter(c -> !c.property()).count();
        long properties = named.size() - examples;
        int tries = named.stream().mapToInt(Case::tries).sum();
        long failed = named.stream().filter(c -> !c.passed()).count();
        double seconds = named.stream().mapToDouble(Case::seconds).sum();
        out.append(String.format(Locale.ROOT, "%nIn all: %d test cases and %d properties (%d generated tries), "
                + "%s, %.1f s of test time (per test case, as Surefire reports it: class set-up not included).%n",
                examples, properties, tries,
                failed == 0 ? "all passed" : failed + " did not pass", seconds));
        return out.toString();
    }

    // Class (every case of the class) or Class#method (every case of the method, parameterized or not)
    static List<Case> select(String selector, List<Case> cases) {
        int hash = selector.indexOf('#');
        String className = BASE_PACKAGE + (hash < 0 ? selector : selector.substring(0, hash));
        String method = hash < 0 ? null : selector.substring(hash + 1);
        return cases.stream()
                .filter(c -> c.className().equals(className) && (method == null || c.method().equals(method)))
                .toList();
    }

    private static String count(int examples, int tries, int checks) {
        if (tries == 0) {
            return String.valueOf(examples);
        }
        String generated = tries + " tries" + (checks < tries ? " (" + checks + " checked)" : "");
        return examples == 0 ? generated : examples + " + " + generated;
    }

    private static String outcome(long passed, int total, double seconds) {
        String time = String.format(Locale.ROOT, "%.1f s", seconds);
        return passed == total ? "passed " + passed + "/" + total + " in " + time
                : "**FAILED**: " + (total - passed) + " of " + total + " did not pass";
    }

    private static String cells(String... values) {
        return Stream.of(values).map(v -> v.replace("|", "\\|"))
                .collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /** The document with the text between the markers replaced by {@code table}. */
    static String replaceGenerated(String document, String table) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("docs/RELIABILITY.md lacks the markers " + BEGIN + " and " + END);
        }
        return document.substring(0, begin + BEGIN.length()) + "\n" + table + document.substring(end);
    }
}
