package io.github.wxrestore.cli.internal;

import picocli.CommandLine;

/** {@code --version}: the version in the jar's manifest; nothing else is loaded. */
public final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"webex-restore " + (version == null ? "(development build)" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"};
    }
}
