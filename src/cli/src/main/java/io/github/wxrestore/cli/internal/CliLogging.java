package io.github.wxrestore.cli.internal;

import org.slf4j.LoggerFactory;

import java.io.PrintWriter;

/**
 * Logging for the command line. The process reads {@value #CONFIG} (warnings and errors on stderr, so stdout
 * stays the report's); it is named so that it never configures an application that only uses the library jar.
 * {@code --verbose} adds the library's debug lines (one per attempt, never the token) on the command's error
 * stream. Logback is touched only when something logs, so {@code --help} costs nothing.
 */
public final class CliLogging {

    /** The logback configuration of the command-line process, a classpath resource. */
    public static final String CONFIG = "io/github/wxrestore/cli/logback-cli.xml";

    private CliLogging() {
    }

    /** Points logback at {@link #CONFIG} unless the user chose a configuration; call before anything logs. */
    public static void configureProcess() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", CONFIG);
        }
    }

    /** For {@code --verbose}: the library's lines on {@code err} until closed; otherwise nothing changes. */
    public static AutoCloseable forRun(PrintWriter err, boolean verbose) {
        if (!verbose || !LoggerFactory.getILoggerFactory().getClass().getName().startsWith("ch.qos.logback")) {
            return () -> { };
        }
        return VerboseLogback.attach(err); // loaded only here, so a run without --verbose loads no more of logback
    }
}
