package io.github.wxrestore.cli;

import io.github.wxrestore.sandbox.WebexSandbox;

import java.util.ArrayList;
import java.util.List;

/** A sandbox on loopback and the CLI run in-process against it, with a token: the commands as an admin types them. */
final class SandboxCli implements AutoCloseable {

    private final WebexSandbox sandbox;

    SandboxCli(int recordingsPerHost) {
        sandbox = WebexSandbox.builder().recordingsPerHost(recordingsPerHost).start();
    }

    WebexSandbox sandbox() {
        return sandbox;
    }

    /** {@code args} and then {@code --base-url} of the sandbox, with {@code token} in WEBEX_ACCESS_TOKEN. */
    CliRun.Result run(String token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--base-url", sandbox.baseUrl()));
        return CliRun.withToken(token).run(all.toArray(String[]::new));
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
