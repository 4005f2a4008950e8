package io.github.wxrestore.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the distribution's shell completion and man pages from the commands themselves, so they never drift from
 * the options: {@code completion/webex-restore.bash} (picocli's {@code AutoComplete}, which zsh runs through
 * {@code bashcompinit}) and one AsciiDoc man page per command (picocli's man-page generator), which the build turns
 * into roff. Run by the build at {@code package} with the output directory and the version as its arguments.
 */
public final class DistributionDocs {

    static final String COMMAND = "webex-restore";

    private DistributionDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        CommandLine commands = Cli.commandLine(CliEnvironment.of(new StringWriter(), new StringWriter(), Map.of(),
                hook -> { }));
        // run from the build's classes, which have no manifest: the version comes from the build
        CommandLine.IVersionProvider version = () -> new String[] {COMMAND + " " + args[1]};
        commands.getCommandSpec().versionProvider(version);
        commands.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
        Path completion = Files.createDirectories(out.resolve("completion"));
        Files.writeString(completion.resolve(COMMAND + ".bash"), AutoComplete.bash(COMMAND, commands));
        Path pages = Files.createDirectories(out.resolve("man-adoc"));
        int code = ManPageGenerator.generateManPage(pages.toFile(), null, new boolean[0], true,
                commands.getCommandSpec());
        if (code != 0) {
            throw new IllegalStateException("the man-page generator failed with exit code " + code);
        }
    }
}
