package io.github.wxrestore.cli;

import io.github.wxrestore.cli.internal.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The top of the command line: names the subcommands; alone, it shows its help and exits with 2. */
@Command(name = "webex-restore", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Restore Webex meeting recordings from the recycle bin: any number of IDs, with rate limits, "
            + "a crash-safe journal to resume from, and an embedded sandbox to try it all offline.", ""},
        footer = {"", "Run a command with --help for its options, e.g. restore --help.",
            "The access token comes from WEBEX_ACCESS_TOKEN or --token-file, never from the command line."})
final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }
}
