package io.github.wxrestore.cli;

import io.github.wxrestore.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The distribution as an admin installs it: the archive {@code mvn package} builds, unpacked with {@code tar} into
 * a directory of its own, its launcher linked into {@code ~/bin} and run through {@code PATH} from another
 * directory, on the JDK of this build (real processes, a real file system, the embedded sandbox on loopback).
 */
class DistributionIT {

    private static final Path ROOT = ProjectFiles.root();
    private static final Path TARGET = ROOT.resolve("src/cli/target");
    private static final String JAVA_HOME = System.getProperty("java.home");

    @TempDir
    Path dir;

    private Path install;
    private Path home;
    private Path work;

    private record Ran(int exitCode, String out, String err) {
    }

    @BeforeEach
    void unpackAndLink() throws Exception {
        Path archive = onlyArchive(".tar.gz");
        install = Files.createDirectories(dir.resolve("opt"));
        Ran untar = exec(List.of("tar", "-xzf", archive.toString(), "-C", install.toString()), Map.of(), dir);
        assertThat(untar.exitCode()).as(untar.err()).isZero();
        home = Files.createDirectories(dir.resolve("home"));
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("webex-restore"), distribution().resolve("bin/webex-restore"));
        work = Files.createDirectories(dir.resolve("work"));
    }

    @Test
    void theArchiveHoldsTheLaunchersTheJarTheDocsAndTheLicence() throws Exception {
        Path d = distribution();
        assertThat(d.resolve("bin/webex-restore")).isExecutable();
        assertThat(d.resolve("bin/webex-restore.cmd")).exists();
        assertThat(d.resolve("lib/webex-recordings-restore-cli.jar")).isRegularFile();
        assertThat(Files.readString(d.resolve("lib/webex-recordings-restore-cli.jar.sha256")).trim()).hasSize(64);
        assertThat(d.resolve("LICENSE")).isRegularFile();
        assertThat(Files.readString(d.resolve("README.txt"))).contains("completion/webex-restore.bash")
                .doesNotContain("${project.version}");
        assertThat(d.resolve("completion/webex-restore.bash")).isRegularFile();
        for (String page : List.of("webex-restore", "webex-restore-restore", "webex-restore-list",
                "webex-restore-sandbox")) {
            assertThat(Files.readString(d.resolve("man/man1/" + page + ".1"))).as(page)
                    .contains(".TH \"" + page.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-") + "\"")
                    .doesNotContain("development build");
        }
        assertThat(Files.readString(d.resolve("man/man1/webex-restore-restore.1"))).contains("ids\\-file");
    }

    @Test
    void theZipHoldsTheSameFilesAsTheTarball() throws Exception {
        TreeSet<String> inTar = new TreeSet<>();
        try (Stream<Path> files = Files.walk(install)) {
            files.filter(Files::isRegularFile).forEach(f -> inTar.add(install.relativize(f).toString()));
        }
        TreeSet<String> inZip = new TreeSet<>();
        try (ZipFile zip = new ZipFile(onlyArchive(".zip").toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    inZip.add(entry.getName());
                }
            }
        }
        assertThat(inZip).isEqualTo(inTar);
    }

    @Test
    void theLinkedLauncherOnPathShowsTheVersionAndRunsTheReadmeJob() throws Exception {
        Ran version = webexRestore(Map.of(), "--version");
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("webex-restore ").doesNotContain("development build")
                .contains("Java " + Runtime.version().feature());
        assertThat(version.err()).isEmpty();

        Ran restore = webexRestore(Map.of(), "restore", "--sandbox", "--ids-file",
                ROOT.resolve("examples/sandbox-ids.txt").toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored 150 of 150 recordings (153 requested, 3 duplicates removed).");
        assertThat(restore.err()).isEmpty();
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("nothing written where it ran").isEmpty();
        }
    }

    @Test
    void theFirstRunMakesAnArchiveThatLaterRunsLoadTheToolsClassesFrom() throws Exception {
        assertThat(webexRestore(Map.of(), "--version").exitCode()).isZero();
        Path archive = onlyArchiveIn(cache());

        Path loads = dir.resolve("class-load.txt");
        Ran again = webexRestore(Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + loads), "restore",
                "--dry-run", "--json", "--ids", "9ed08880b10308314a9e4cc9aa5cb63b");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("\"status\" : \"dry-run\"");
        assertThat(Files.readAllLines(loads)).as("classes loaded from " + archive)
                .anyMatch(line -> line.contains("io.github.wxrestore.cli.RestoreCommand source: shared objects file"))
                .anyMatch(line -> line.contains("com.fasterxml.jackson.databind.ObjectMapper source: shared objects file"));
        assertThat(onlyArchiveIn(cache())).isEqualTo(archive);
    }

    @Test
    void aCorruptOrForeignArchiveIsIgnoredWithoutAWord() throws Exception {
        Ran first = webexRestore(Map.of(), "--version");
        Path archive = onlyArchiveIn(cache());
        Files.writeString(archive, "not an archive ".repeat(1000));

        Ran corrupt = webexRestore(Map.of(), "--version");
        assertThat(corrupt).isEqualTo(first);

        Files.write(archive, new byte[0]);
        assertThat(webexRestore(Map.of(), "--version")).isEqualTo(first);
    }

    @Test
    void anArchiveOlderThanTheJarIsMadeAgain() throws Exception {
        assertThat(webexRestore(Map.of(), "--version").exitCode()).isZero();
        Path archive = onlyArchiveIn(cache());
        Instant jarTime = Files.getLastModifiedTime(distribution().resolve("lib/webex-recordings-restore-cli.jar"))
                .toInstant();
        Files.setLastModifiedTime(archive, FileTime.from(jarTime.minus(Duration.ofHours(1))));

        assertThat(webexRestore(Map.of(), "--version").exitCode()).isZero();
        assertThat(Files.getLastModifiedTime(onlyArchiveIn(cache())).toInstant()).isAfter(jarTime);
    }

    @Test
    void aCacheThatCannotBeWrittenOrCdsTurnedOffStillRuns() throws Exception {
        Ran cannotWrite = webexRestore(Map.of("WEBEX_RESTORE_CACHE_DIR", "/proc/no-such-dir/webex-restore"),
                "--version");
        assertThat(cannotWrite.exitCode()).isZero();
        assertThat(cannotWrite.err()).isEmpty();

        Ran off = webexRestore(Map.of("WEBEX_RESTORE_CDS", "off"), "--version");
        assertThat(off).isEqualTo(cannotWrite);
        assertThat(cache()).doesNotExist();
    }

    @Test
    void aCacheDirectoryOfAnotherUserIsNeitherUsedNorWritten() throws Exception {
        // an archive is mapped as classes: one another user could write must never be used
        assumeTrue("root".equals(System.getProperty("user.name")), "skipped: only root can give a directory away");
        Path theirs = Files.createDirectories(dir.resolve("their-cache"));
        Ran chown = exec(List.of("chown", "65534", theirs.toString()), Map.of("PATH", "/usr/bin:/bin"), dir);
        assertThat(chown.exitCode()).as(chown.err()).isZero();

        Ran r = webexRestore(Map.of("WEBEX_RESTORE_CACHE_DIR", theirs.toString()), "--version");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        try (Stream<Path> files = Files.list(theirs)) {
            assertThat(files).as("nothing written in a directory of another user's").isEmpty();
        }
    }

    @Test
    void exitCodesAndSignalsPassThroughTheLauncher() throws Exception {
        Ran usage = webexRestore(Map.of(), "restore", "--no-such-option");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("Unknown option: '--no-such-option'").doesNotContain("at picocli");

        Ran noToken = webexRestore(Map.of(), "restore", "--ids", "9ed08880b10308314a9e4cc9aa5cb63b");
        assertThat(noToken.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(noToken.err()).startsWith("error: no access token");

        // the launcher execs java: a signal reaches the tool, which ends with its own code
        Process sandbox = start(List.of("sh", "-c", "exec webex-restore sandbox --port 0"), environment(Map.of()),
                work);
        awaitOutput(dir.resolve("out.txt"), "http://127.0.0.1:");
        Path exe = Path.of("/proc", Long.toString(sandbox.pid()), "exe");
        if (Files.exists(exe)) {
            assertThat(Files.readSymbolicLink(exe).getFileName()).as("no shell waits in between").hasToString("java");
        }
        new ProcessBuilder("kill", "-TERM", Long.toString(sandbox.pid())).start().waitFor();
        assertThat(sandbox.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sandbox.exitValue()).isEqualTo(143);
    }

    @Test
    void javaOptionsAndToolOptionsReachTheJvmAfterTheLaunchersOwn() throws Exception {
        Ran flags = webexRestore(Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags",
                "WEBEX_RESTORE_OPTS", "-XX:TieredStopAtLevel=4"), "--version");
        assertThat(flags.exitCode()).as(flags.err()).isZero();
        String printed = flags.out().lines().filter(l -> l.contains("-XX:")).findFirst().orElseThrow();
        assertThat(printed).contains("-XX:+UseSerialGC").contains("-XX:TieredStopAtLevel=4");
    }

    @Test
    void aJavaHomeWithoutJavaOrAnOldJavaIsRefusedClearly() throws Exception {
        Ran missing = webexRestore(Map.of("JAVA_HOME", dir.resolve("no-jdk").toString()), "--version");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("JAVA_HOME is set to '" + dir.resolve("no-jdk") + "'")
                .contains("17 or newer");

        Path oldJdk = fakeJava("11.0.2", true);
        Ran old = webexRestore(Map.of("JAVA_HOME", oldJdk.toString()), "--version");
        assertThat(old.exitCode()).isEqualTo(1);
        assertThat(old.err()).contains("is Java 11.0.2; webex-restore needs Java 17 or newer");

        Path noReleaseFile = fakeJava("1.8.0_392", false);
        Ran eight = webexRestore(Map.of("JAVA_HOME", noReleaseFile.toString()), "--version");
        assertThat(eight.exitCode()).isEqualTo(1);
        assertThat(eight.err()).contains("is Java 1.8.0_392; webex-restore needs Java 17 or newer");
    }

    @Test
    void withoutJavaHomeTheJavaOnPathIsUsedAndNoneAtAllIsSaidPlainly() throws Exception {
        Map<String, String> env = new HashMap<>(environment(Map.of()));
        env.remove("JAVA_HOME");
        Ran onPath = exec(List.of("sh", "-c", "exec webex-restore --version"), env, work);
        assertThat(onPath.exitCode()).as(onPath.err()).isZero();
        assertThat(onPath.out()).contains("Java " + Runtime.version());

        // a PATH with the tools the launcher uses, but no java
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("ls", "readlink", "cksum", "mkdir", "mv", "rm", "sed")) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
        env.put("PATH", home.resolve("bin") + ":" + tools);
        Ran none = exec(List.of(which("sh").toString(), "-c", "exec webex-restore --version"), env, work);
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("no java found: install Java 17 or newer");
    }

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        String script = distribution().resolve("completion/webex-restore.bash").toString();
        String complete = "source '" + script + "'; complete -p webex-restore; "
                + "COMP_WORDS=(webex-restore re); COMP_CWORD=1; COMP_LINE='webex-restore re'; "
                + "COMP_POINT=${#COMP_LINE}; _complete_webex-restore; echo \"top: ${COMPREPLY[*]}\"; "
                + "COMP_WORDS=(webex-restore restore --dry); COMP_CWORD=2; COMP_LINE='webex-restore restore --dry'; "
                + "COMP_POINT=${#COMP_LINE}; _complete_webex-restore; echo \"restore: ${COMPREPLY[*]}\"; "
                + "COMP_WORDS=(webex-restore restore --ids-file exa); COMP_CWORD=3; "
                + "COMP_LINE='webex-restore restore --ids-file exa'; COMP_POINT=${#COMP_LINE}; "
                + "_complete_webex-restore; echo \"file: ${COMPREPLY[*]}\"";
        Ran bash = exec(List.of("bash", "-c", complete), environment(Map.of()), ROOT);

        assertThat(bash.exitCode()).as(bash.err()).isZero();
        assertThat(bash.out()).contains("-F _complete_webex-restore webex-restore")
                .contains("top: restore").contains("restore: --dry-run").contains("file: examples");
    }

    @Test
    void zshLoadsTheSameCompletionThroughBashcompinit() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")),
                "skipped: zsh is not installed (.ci/run installs it where apt can)");
        String script = distribution().resolve("completion/webex-restore.bash").toString();
        Ran zsh = exec(List.of("zsh", "-f", "-c", "source '" + script + "' && print -r -- \"${_comps[webex-restore]}\""),
                environment(Map.of()), work);

        assertThat(zsh.exitCode()).as(zsh.err()).isZero();
        assertThat(zsh.out()).contains("_complete_webex-restore");
    }

    // ---- helpers

    private Path distribution() throws IOException {
        try (Stream<Path> dirs = Files.list(install)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("webex-restore-")).findFirst()
                    .orElseThrow();
        }
    }

    private Path cache() {
        return home.resolve(".cache/webex-restore");
    }

    private static Path onlyArchiveIn(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> archives = files.filter(p -> p.toString().endsWith(".jsa")).toList();
            assertThat(archives).as("one archive in " + cache).hasSize(1);
            return archives.get(0);
        }
    }

    private static Path onlyArchive(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            List<Path> archives = files.filter(p -> p.getFileName().toString().startsWith("webex-restore-")
                    && p.toString().endsWith(suffix)).toList();
            assertThat(archives).as("mvn package builds one webex-restore-*" + suffix + " in " + TARGET).hasSize(1);
            return archives.get(0);
        }
    }

    /** A JAVA_HOME whose java prints {@code version} as java -version does, with or without a release file. */
    private Path fakeJava(String version, boolean releaseFile) throws IOException {
        Path jdk = Files.createDirectories(dir.resolve("jdk-" + version));
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2019-01-15' >&2\nexit 0\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        if (releaseFile) {
            Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        return jdk;
    }

    private static Path which(String tool) {
        for (String d : List.of("/usr/bin", "/bin")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return Path.of(d, tool);
            }
        }
        throw new IllegalStateException(tool + " is not in /usr/bin or /bin");
    }

    private Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", home.resolve("bin") + ":" + JAVA_HOME + "/bin:/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("JAVA_HOME", JAVA_HOME);
        env.put("LANG", "C.UTF-8");
        env.putAll(extra);
        return env;
    }

    private Ran webexRestore(Map<String, String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec webex-restore \"$@\"", "webex-restore"));
        command.addAll(List.of(args));
        return exec(command, environment(extra), work);
    }

    private Process start(List<String> command, Map<String, String> env, Path in) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(in.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    private Ran exec(List<String> command, Map<String, String> env, Path in) throws Exception {
        Process process = start(command, env, in);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the process ends: " + command).isTrue();
        return new Ran(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static void awaitOutput(Path file, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readString(file).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + text + "' in " + file + " within 60 s: " + Files.readString(file));
    }
}
