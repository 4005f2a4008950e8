package io.github.wxrestore.cli.internal;

import java.io.PrintWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The logging of the command-line process, named by {@code java.util.logging.config.class}: warnings and errors on
 * stderr (stdout belongs to the report), one line each, no stack trace. The JDK's log manager creates it once,
 * when something first logs; public for that reason only.
 */
public final class CliLogConfig {

    public CliLogConfig() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.WARNING);
        root.addHandler(new LogLines(new PrintWriter(System.err, true), false));
    }
}
