package io.github.wxrestore.cli;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the command line touches outside itself: its output and error streams, environment variables, standard
 * input, whether it talks to a terminal, how it learns of Ctrl-C, and whether it takes over the process's signals. {@link #system()} is the real process;
 * tests pass their own to run the commands in-process. Immutable.
 *
 * @param out        results: the summary, the JSON report, a dry run's calls
 * @param err        errors, progress bar, {@code --verbose} lines
 * @param variables  environment variables ({@code WEBEX_ACCESS_TOKEN})
 * @param stdin      read for {@code --ids-file -}
 * @param terminal   true to draw a progress bar instead of printing plain lines
 * @param onShutdown registers what to run on Ctrl-C (the sandbox command stops there)
 * @param stopsOnSignals true to stop a restore gracefully on SIGINT, SIGTERM and SIGHUP (a second one ends the
 *                   process at once); false leaves the JVM's handlers alone (tests that share one JVM)
 */
public record CliEnvironment(PrintWriter out, PrintWriter err, Map<String, String> variables, InputStream stdin,
                             boolean terminal, Consumer<Runnable> onShutdown, boolean stopsOnSignals) {

    /** Checks that nothing is missing and copies the variables. */
    public CliEnvironment {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(onShutdown, "onShutdown");
    }

    /**
     * The process: its standard output (written to the file descriptor itself, not through System.out, whose
     * PrintStream would hide a failed write: a full disk, a closed pipe), System.err, the real environment and
     * stdin, a terminal when there is a console, and its signals.
     */
    public static CliEnvironment system() {
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        return new CliEnvironment(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true), System.getenv(), System.in,
                System.console() != null, hook -> Runtime.getRuntime().addShutdownHook(new Thread(hook, "shutdown")),
                true);
    }

    /**
     * For tests: these writers and variables, empty stdin, no terminal, shutdown hooks handed to
     * {@code onShutdown}, the JVM's signals left alone.
     */
    public static CliEnvironment of(Writer out, Writer err, Map<String, String> variables,
                                    Consumer<Runnable> onShutdown) {
        return new CliEnvironment(new PrintWriter(out, true), new PrintWriter(err, true), variables,
                new ByteArrayInputStream(new byte[0]), false, onShutdown, false);
    }

    /** The same environment reading {@code stdin}. */
    public CliEnvironment withStdin(InputStream stdin) {
        return new CliEnvironment(out, err, variables, stdin, terminal, onShutdown, stopsOnSignals);
    }

    @Override
    public String toString() {
        // the variables hold the access token: never shown
        return "CliEnvironment{terminal=" + terminal + ", variables=" + variables.size() + " (not shown), "
                + "stopsOnSignals=" + stopsOnSignals + "}";
    }
}
