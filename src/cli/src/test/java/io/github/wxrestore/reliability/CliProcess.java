package io.github.wxrestore.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged command line ({@code target/webex-recordings-restore-cli.jar}) run as a process of its own, as a
 * user runs it: the token only in the environment given, stdout and stderr in files that outlive a kill. Every
 * wait is bounded; a process still running when a test gives up on it is killed. Not thread-safe.
 */
final class CliProcess {

    static final Path JAR = Path.of("target/webex-recordings-restore-cli.jar");
    /** What {@link Process#exitValue()} reports for a process ended by SIGKILL (128 + 9). */
    static final int KILLED_BY_SIGKILL = 137;

    /** The proxy variables the command line reads, in both cases. */
    static final List<String> PROXY_VARIABLES = List.of("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY",
            "no_proxy", "NO_PROXY");

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final Process process;
    private final Path out;
    private final Path err;

    private CliProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code java -jar <jar> args...} with only {@code env} added; output goes to {@code dir/name.out|err}. */
    static CliProcess start(Path dir, String name, Map<String, String> env, List<String> args) {
        return start(dir, name, env, List.of(), List.of(), args);
    }

    /** As {@link #start(Path, String, Map, List)}, with {@code jvmOptions} before {@code -jar} (a trust store, say). */
    static CliProcess startWithJvmOptions(Path dir, String name, Map<String, String> env, List<String> jvmOptions,
                                          List<String> args) {
        return start(dir, name, env, List.of(), jvmOptions, args);
    }

    /**
     * As {@link #start(Path, String, Map, List)}, with SIGINT, SIGTERM and SIGHUP at their defaults whatever this
     * process inherited (a build started in the background ignores SIGINT, and so would its children), so that
     * the CLI handles them as it does in a terminal. Needs GNU env's {@code --default-signal} (coreutils 8.31+).
     */
    static CliProcess startWithDefaultSignals(Path dir, String name, Map<String, String> env, List<String> args) {
        return start(dir, name, env, List.of("env", "--default-signal=INT,TERM,HUP"), List.of(), args);
    }

    private static CliProcess start(Path dir, String name, Map<String, String> env, List<String> prefix,
                                    List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>(prefix);
        // the quick JIT tier and the serial collector: half the CPU of a short run on two shared cores, same code
        command.addAll(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(args);
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // the test's own environment never decides: neither its token nor its proxies
        Stream.concat(Stream.of("WEBEX_ACCESS_TOKEN"), PROXY_VARIABLES.stream())
                .forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        try {
            return new CliProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process with SIGKILL (no shutdown hook, no flush) and checks that this is what ended it. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the process outlived SIGKILL for 10 s");
        }
        if (process.exitValue() != KILLED_BY_SIGKILL) {
            throw new AssertionError("the process was not killed but ended on its own with " + process.exitValue()
                    + "\n" + err());
        }
    }

    /** Sends the signal {@code name} ({@code INT}, {@code TERM}, {@code HUP}) with kill(1). */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-s", name, String.valueOf(process.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill -s " + name + " " + process.pid() + " failed");
        }
    }

    /** Waits for the process to end on its own, at most {@code limit}; kills it and fails when it does not. */
    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end within " + limit + "\n" + err());
        }
        return process.exitValue();
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + (process.isAlive() ? "(running)" : process.exitValue()) + "\n--- out ---\n" + out()
                + "--- err ---\n" + err();
    }
}
