package io.github.wxrestore.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * While open, captures everything the process logs or prints: every SLF4J logger at TRACE (the client's, the
 * sandbox's, anyone's), every java.util.logging / System.Logger logger at ALL (where the JDK's HTTP client and
 * server log), and System.out and System.err. On close, every level, appender, handler and stream is put back.
 * One at a time: it changes process-wide settings.
 */
final class EverythingCaptured implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Map<Logger, Level> previousLevels = new HashMap<>();
    private final List<Appender<ILoggingEvent>> detachedAppenders = new ArrayList<>();
    private final ListAppender<ILoggingEvent> slf4j = new ListAppender<>();

    private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    private final java.util.logging.Level previousJulLevel = julRoot.getLevel();
    private final Handler[] previousJulHandlers = julRoot.getHandlers();
    private final List<String> jul = new CopyOnWriteArrayList<>();

    private final PrintStream previousOut = System.out;
    private final PrintStream previousErr = System.err;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    EverythingCaptured() {
        for (Logger logger : context.getLoggerList()) {
            previousLevels.put(logger, logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            detachedAppenders.add(it.next()); // keep the console quiet: everything goes to the list instead
        }
        detachedAppenders.forEach(root::detachAppender);
        slf4j.setContext(context);
        slf4j.start();
        root.addAppender(slf4j);

        for (Handler handler : previousJulHandlers) {
            julRoot.removeHandler(handler);
        }
        julRoot.setLevel(java.util.logging.Level.ALL);
        julRoot.addHandler(new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                jul.add(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });

        System.setOut(new PrintStream(tee(previousOut), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(previousErr), true, StandardCharsets.UTF_8));
    }

    /** Every SLF4J event so far, as text: logger, level, message, arguments, MDC and the whole throwable. */
    List<String> slf4jEvents() {
        List<String> events = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(slf4j.list)) {
            StringBuilder text = new StringBuilder().append(event.getLoggerName()).append(' ').append(event.getLevel())
                    .append(' ').append(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap());
            if (event.getArgumentArray() != null) {
                text.append(' ').append(List.of(event.getArgumentArray()));
            }
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
                for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                    text.append('\n').append(frame);
                }
            }
            events.add(text.toString());
        }
        return events;
    }

    /** How many SLF4J events came from this logger. */
    long eventsFrom(String loggerName) {
        return List.copyOf(slf4j.list).stream().filter(e -> e.getLoggerName().equals(loggerName)).count();
    }

    /** Every java.util.logging record so far, formatted with its throwable. */
    List<String> julRecords() {
        return List.copyOf(jul);
    }

    /** Everything written to System.out and System.err so far. */
    String printed() {
        synchronized (printed) {
            return printed.toString(StandardCharsets.UTF_8);
        }
    }

    /** All of it, one string. */
    String everything() {
        return String.join("\n", slf4jEvents()) + "\n" + String.join("\n", julRecords()) + "\n" + printed();
    }

    @Override
    public void close() {
        System.setOut(previousOut);
        System.setErr(previousErr);
        for (Handler handler : julRoot.getHandlers()) {
            julRoot.removeHandler(handler);
        }
        for (Handler handler : previousJulHandlers) {
            julRoot.addHandler(handler);
        }
        julRoot.setLevel(previousJulLevel);
        root.detachAppender(slf4j);
        slf4j.stop();
        detachedAppenders.forEach(root::addAppender);
        previousLevels.forEach(Logger::setLevel);
        // loggers created while open inherit from the root again
        for (Logger logger : context.getLoggerList()) {
            if (!previousLevels.containsKey(logger)) {
                logger.setLevel(null);
            }
        }
    }

    // writes to the original stream and keeps a copy
    private OutputStream tee(PrintStream original) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (printed) {
                    printed.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                synchronized (printed) {
                    printed.write(b, off, len);
                }
            }
        };
    }
}
