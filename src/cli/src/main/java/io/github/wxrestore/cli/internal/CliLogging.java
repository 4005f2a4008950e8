package io.github.wxrestore.cli.internal;

import org.slf4j.LoggerFactory;
import org.slf4j.jul.JDK14LoggerFactory;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logging for the command line, through the JDK's {@code java.util.logging} (SLF4J's binding for it, and Hibernate
 * Validator's logging finds it too): nothing to configure from files, and little to load. The process uses
 * {@link CliLogConfig} unless the user named a configuration ({@code -Djava.util.logging.config.file=...}).
 * {@code --verbose} adds the library's debug lines (one per attempt, never the token) on the command's error
 * stream.
 */
public final class CliLogging {

    private static final String CONFIG_CLASS = "java.util.logging.config.class";
    private static final String CONFIG_FILE = "java.util.logging.config.file";
    private static final String LIBRARY = "io.github.wxrestore";

    private CliLogging() {
    }

    /** Points the JDK's logging at {@link CliLogConfig} unless the user chose a configuration; call before anything logs. */
    public static void configureProcess() {
        if (System.getProperty(CONFIG_CLASS) == null && System.getProperty(CONFIG_FILE) == null) {
            System.setProperty(CONFIG_CLASS, CliLogConfig.class.getName());
        }
    }

    /** For {@code --verbose}: the library's lines, debug and up, on {@code err} until closed; otherwise nothing changes. */
    public static AutoCloseable forRun(PrintWriter err, boolean verbose) {
        if (!verbose || !(LoggerFactory.getILoggerFactory() instanceof JDK14LoggerFactory)) {
            return () -> { };
        }
        Logger library = Logger.getLogger(LIBRARY); // held by the closer below: the JDK keeps loggers weakly
        LogLines lines = new LogLines(err, true);
        Level previousLevel = library.getLevel();
        boolean previousUseParent = library.getUseParentHandlers();
        library.addHandler(lines);
        library.setLevel(Level.FINE);
        library.setUseParentHandlers(false);
        return () -> {
            library.removeHandler(lines);
            library.setLevel(previousLevel);
            library.setUseParentHandlers(previousUseParent);
        };
    }
}
