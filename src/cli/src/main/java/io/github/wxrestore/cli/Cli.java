package io.github.wxrestore.cli;

import io.github.wxrestore.cli.internal.ProxyUrl;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;

/**
 * Runs the command line in this process: {@code restore} and {@code sandbox}, with usage errors (exit 2) as one
 * line and a hint, never echoing an access token given by mistake on the command line. Thread-safe: each call
 * builds its own commands.
 */
public final class Cli {

    private static final List<String> TOKEN_OPTIONS = List.of("--token", "--access-token", "--bearer");

    private Cli() {
    }

    /** Parses {@code args}, runs the command against {@code environment}, and returns the exit code. */
    public static int execute(String[] args, CliEnvironment environment) {
        return commandLine(environment).execute(args);
    }

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine root = new CommandLine(new RootCommand());
        root.addSubcommand("restore", new RestoreCommand(environment));
        root.addSubcommand("list", new ListCommand(environment));
        root.addSubcommand("sandbox", new SandboxCommand(environment));
        // a host name or URL broken across lines cannot be copied: off a terminal, 120 columns (picocli's 80 broke
        // example.webex.com); on one, its own width
        root.setUsageHelpWidth(120);
        root.setOut(environment.out());
        root.setErr(environment.err());
        root.setParameterExceptionHandler(Cli::usageError);
        root.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // the commands map every failure themselves; this is for what slipped through
            cmd.getErr().println("error: unexpected internal error: " + e.getClass().getSimpleName());
            return ExitCode.INTERNAL_ERROR.code();
        });
        for (CommandLine cmd : List.of(root, root.getSubcommands().get("restore"))) {
            cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCode.helpList());
            cmd.getCommandSpec().usageMessage().footer(append(cmd.getCommandSpec().usageMessage().footer(),
                    ExitCode.SIGNALS));
        }
        return root;
    }

    private static String[] append(String[] lines, String line) {
        String[] out = java.util.Arrays.copyOf(lines, lines.length + 1);
        out[lines.length] = line;
        return out;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (mentionsToken(args)) {
            // picocli's own message would repeat the value, which is the token
            err.println("error: the access token is never read from the command line (it would show in the process "
                    + "list): set WEBEX_ACCESS_TOKEN, or give --token-file FILE");
        } else {
            err.println("error: " + ProxyUrl.redactAll(e.getMessage(), args)); // picocli may repeat a proxy password
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        }
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE.code();
    }

    private static boolean mentionsToken(String[] args) {
        for (String arg : args) {
            for (String option : TOKEN_OPTIONS) {
                if (arg.equals(option) || arg.startsWith(option + "=")) {
                    return true;
                }
            }
        }
        return false;
    }
}
