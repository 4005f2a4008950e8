package io.github.wxrestore.cli;

import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A sandbox on loopback for each test, and the CLI run in-process against it with a token: the commands as an
 * admin types them. Register it with {@code @RegisterExtension}.
 */
final class SandboxCli implements BeforeEachCallback, AfterEachCallback {

    private final int recordingsPerHost;
    private WebexSandbox sandbox;

    SandboxCli(int recordingsPerHost) {
        this.recordingsPerHost = recordingsPerHost;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox = WebexSandbox.builder().recordingsPerHost(recordingsPerHost).start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sandbox.close();
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
}
