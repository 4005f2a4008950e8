package io.github.wxrestore.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Item 5: the client jar's runtime closure and the CLI jar's size. */
final class FootprintSection implements Section {

    @Override
    public void render(Results results, Markdown doc) {
        doc.heading(2, "5. Footprint");
        if (results.footprint().isEmpty()) {
            doc.paragraph("Not measured in this run.");
            return;
        }
        Footprint f = results.footprint().get();
        doc.paragraph("""
                The client jar and its runtime closure as a project that depends on it resolves them: compile and \
                runtime scope of the client module (the CLI, the sandbox and their libraries are artifacts of \
                their own), from `mvn dependency:list` in the same build. Largest first:""");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("`" + f.clientJar().name() + "` (this library)", "", Markdown.bytes(f.clientJar().bytes())));
        f.runtimeClosure().stream()
                .sorted(Comparator.comparingLong(Footprint.Artifact::bytes).reversed())
                .forEach(d -> rows.add(List.of("`" + d.groupId() + ":" + d.artifactId() + "`", d.version(),
                        Markdown.bytes(d.bytes()))));
        long total = f.clientJar().bytes() + f.closureBytes();
        rows.add(List.of("**total: " + (f.runtimeClosure().size() + 1) + " jars**", "",
                "**" + Markdown.bytes(total) + "**"));
        doc.table("llr", List.of("artifact", "version", "bytes"), rows);
        doc.paragraph("The dependencies alone: " + f.runtimeClosure().size() + " jars, "
                + Markdown.bytes(f.closureBytes()) + ".");

        Footprint.Jar cli = f.cliJar();
        String main = cli.mainClass() == null ? "no `Main-Class` in its manifest"
                : "`Main-Class: " + cli.mainClass() + "`" + (cli.mainClassPresent() ? ""
                : ", a class this build does not contain yet");
        doc.paragraph("The executable CLI jar `" + cli.name() + "` (everything above plus the CLI's own "
                + "dependencies, one file): " + Markdown.bytes(cli.bytes()) + ", " + cli.entries() + " entries; "
                + main + ".");
        doc.paragraph("""
                The build keeps this closure closed: the maven-enforcer `bannedDependencies` rule of the client \
                module lists the artifacts allowed in compile and runtime scope (exactly those above), so a new \
                one, or a test library such as Pact, Kotlin, Groovy or JUnit reaching either scope, fails \
                `mvn -B verify` at its first phase.""");
    }
}
