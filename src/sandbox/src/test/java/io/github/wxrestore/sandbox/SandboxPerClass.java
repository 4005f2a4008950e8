package io.github.wxrestore.sandbox;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.function.UnaryOperator;

/**
 * One sandbox for a test class: started before its first test, reset to the seeded state before each test,
 * closed after the last. Register it as a static {@code @RegisterExtension} field.
 */
final class SandboxPerClass implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final UnaryOperator<WebexSandbox.Builder> settings;
    private WebexSandbox sandbox;
    private SandboxHttp http;

    SandboxPerClass(UnaryOperator<WebexSandbox.Builder> settings) {
        this.settings = settings;
    }

    WebexSandbox sandbox() {
        return sandbox;
    }

    SandboxHttp http() {
        return http;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = settings.apply(WebexSandbox.builder()).start();
        http = new SandboxHttp(sandbox);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sandbox.close();
    }
}
