package io.github.wxrestore.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process with captured output, chosen environment variables and stdin. */
final class CliRun {

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
        }

        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    private final Map<String, String> variables;
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);
    private final List<Runnable> shutdownHooks = new ArrayList<>();
    private volatile StringWriter currentOut = new StringWriter();

    private CliRun(Map<String, String> variables) {
        this.variables = variables;
    }

    static CliRun withEnv(Map<String, String> variables) {
        return new CliRun(variables);
    }

    static CliRun withToken(String token) {
        return new CliRun(Map.of("WEBEX_ACCESS_TOKEN", token));
    }

    static CliRun noEnv() {
        return new CliRun(Map.of());
    }

    CliRun stdin(String text) {
        this.stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    CliRun stdin(InputStream in) {
        this.stdin = in;
        return this;
    }

    /** What the commands registered for Ctrl-C, to run them as the JVM would. */
    List<Runnable> shutdownHooks() {
        synchronized (shutdownHooks) {
            return List.copyOf(shutdownHooks);
        }
    }

    /** What the run in progress has printed on stdout so far. */
    String peekOut() {
        return currentOut.toString();
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        currentOut = out;
        StringWriter err = new StringWriter();
        CliEnvironment env = CliEnvironment.of(out, err, variables, hook -> {
            synchronized (shutdownHooks) {
                shutdownHooks.add(hook);
            }
        }).withStdin(stdin);
        int code = Cli.execute(args, env);
        return new Result(code, out.toString(), err.toString());
    }
}
