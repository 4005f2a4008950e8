package io.github.wxrestore.benchmarks.report;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The smallest picocli command there is, {@code --help} and {@code --version} only: launched with
 * {@code --version}, it shows what picocli itself costs to start on this JVM (its classes, its annotation
 * reflection), beneath anything the CLI adds. {@link LauncherStartMeasurement} times it beside the CLI.
 */
@Command(name = "floor", mixinStandardHelpOptions = true, version = "floor")
public final class PicocliFloor implements Runnable {

    @Override
    public void run() {
        // nothing: the command's start is the measure
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PicocliFloor()).execute(args));
    }
}
