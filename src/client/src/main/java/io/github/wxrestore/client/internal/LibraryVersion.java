package io.github.wxrestore.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This library's version, as the build wrote it into {@code version.properties} beside this class: right on
 * the class path, on the module path and inside a shaded jar alike, where a manifest may be absent or another's.
 */
public final class LibraryVersion {

    private static final String VERSION = read();

    private LibraryVersion() {
    }

    /** The project version, such as {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing beside " + LibraryVersion.class);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
