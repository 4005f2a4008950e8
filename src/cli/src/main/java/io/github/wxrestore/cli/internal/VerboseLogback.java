package io.github.wxrestore.cli.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;

/** Sends the library's log lines, at debug level and up, to a writer while attached. */
final class VerboseLogback extends AppenderBase<ILoggingEvent> {

    private static final String LIBRARY = "io.github.wxrestore";

    private final PrintWriter err;
    private final PatternLayout layout = new PatternLayout();

    private VerboseLogback(PrintWriter err) {
        this.err = err;
    }

    static AutoCloseable attach(PrintWriter err) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger library = context.getLogger(LIBRARY);
        VerboseLogback appender = new VerboseLogback(err);
        appender.setContext(context);
        appender.setName("wxrestore-verbose");
        appender.layout.setContext(context);
        appender.layout.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
        appender.layout.start();
        appender.start();
        Level previousLevel = library.getLevel();
        boolean previousAdditive = library.isAdditive();
        library.addAppender(appender);
        library.setLevel(Level.DEBUG);
        library.setAdditive(false);
        return () -> {
            library.detachAppender(appender);
            library.setLevel(previousLevel);
            library.setAdditive(previousAdditive);
            appender.stop();
        };
    }

    @Override
    protected void append(ILoggingEvent event) {
        synchronized (err) {
            err.print(layout.doLayout(event));
            err.flush();
        }
    }
}
