package io.github.wxrestore.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Writes each log record as one line, {@code WARN  BulkRun - message}, to a writer: SLF4J's level names, the
 * logger's simple name. With {@code verbose}, lines start with the time and a throwable's stack trace follows;
 * otherwise only the throwable's own line is shown.
 */
final class LogLines extends Handler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintWriter out;
    private final boolean verbose;

    LogLines(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        StringBuilder line = new StringBuilder(128);
        if (verbose) {
            line.append(TIME.format(LocalTime.ofInstant(record.getInstant(), java.time.ZoneId.systemDefault())))
                    .append(' ');
        }
        line.append(String.format("%-5s", levelName(record.getLevel()))).append(' ')
                .append(simpleName(record.getLoggerName())).append(" - ").append(record.getMessage());
        if (record.getThrown() != null) {
            line.append(System.lineSeparator()).append(verbose ? stackTrace(record.getThrown())
                    : record.getThrown().toString());
        }
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    // the SLF4J binding maps debug to FINE and trace to FINEST
    static String levelName(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (value >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (value >= Level.INFO.intValue()) {
            return "INFO";
        }
        return value >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    private static String simpleName(String logger) {
        return logger == null ? "" : logger.substring(logger.lastIndexOf('.') + 1);
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString().stripTrailing();
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
