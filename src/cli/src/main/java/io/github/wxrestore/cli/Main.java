package io.github.wxrestore.cli;

import io.github.wxrestore.cli.internal.CliLogging;
import io.github.wxrestore.cli.internal.ValidatorWarmUp;

/** Entry point of the executable jar: {@code java -jar webex-recordings-restore-cli.jar restore ...}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CliLogging.configureProcess();
        ValidatorWarmUp.startFor(args);
        System.exit(Cli.execute(args, CliEnvironment.system()));
    }
}
