package io.github.wxrestore.sandbox.junit5;

import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One Webex sandbox for a test class: started before its first test, reset to its seeded state before each
 * test, closed after the last. Either register it, to choose the sandbox's settings and reach it from a field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WebexSandboxExtension webex = WebexSandboxExtension.with(sandbox -> sandbox.seed(7));
 *
 * @Test
 * void restores() {
 *     String baseUrl = webex.sandbox().baseUrl();
 *     ...
 * }
 * }</pre>
 *
 * or declare it with {@code @ExtendWith(WebexSandboxExtension.class)} and take a {@link WebexSandbox} parameter
 * in a test method, a lifecycle method or the constructor. A registered field must be {@code static}: the
 * sandbox lives as long as the class's tests, {@code @Nested} classes included, which share it.
 */
public final class WebexSandboxExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

    private final UnaryOperator<WebexSandbox.Builder> settings;
    // guarded by this: the running sandbox, and how many test classes (the outer one and its @Nested ones) use it
    private WebexSandbox sandbox;
    private int classesRunning;

    /** A sandbox with the default settings; this is the constructor {@code @ExtendWith} uses. */
    public WebexSandboxExtension() {
        this(UnaryOperator.identity());
    }

    private WebexSandboxExtension(UnaryOperator<WebexSandbox.Builder> settings) {
        this.settings = settings;
    }

    /** A sandbox with the default settings. */
    public static WebexSandboxExtension create() {
        return new WebexSandboxExtension();
    }

    /** A sandbox built with {@code settings} applied to {@link WebexSandbox#builder()}. */
    public static WebexSandboxExtension with(UnaryOperator<WebexSandbox.Builder> settings) {
        return new WebexSandboxExtension(Objects.requireNonNull(settings, "settings"));
    }

    /** The running sandbox. */
    public synchronized WebexSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("the sandbox runs from the class's first test to its last:"
                    + " register the extension on a static field");
        }
        return sandbox;
    }

    // a @Nested class shares its outer class's sandbox; a PER_CLASS test instance may ask for it before beforeAll
    private synchronized WebexSandbox started() {
        if (sandbox == null) {
            sandbox = settings.apply(WebexSandbox.builder()).start();
        }
        return sandbox;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        started();
        classesRunning++;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox().reset();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--classesRunning == 0 && sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebexSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return started();
    }
}
