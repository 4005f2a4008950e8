package io.github.wxrestore.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.support.TypeBasedParameterResolver;

/**
 * A fresh {@link LoopbackServer} for each test: started before the test (before its {@code @BeforeEach}
 * methods), closed after it (after its {@code @AfterEach} methods). Declare it with
 * {@code @ExtendWith(LoopbackServerExtension.class)} and take a {@link LoopbackServer} parameter in a test
 * method, a {@code @BeforeEach} or {@code @AfterEach} method or the constructor; within one test they all get the
 * same server:
 *
 * <pre>{@code
 * @ExtendWith(LoopbackServerExtension.class)
 * class SomeTest {
 *     private LoopbackServer server;
 *
 *     @BeforeEach
 *     void start(LoopbackServer server) {
 *         this.server = server;
 *     }
 * }
 * }</pre>
 *
 * A server lives for one test only, so a {@code @BeforeAll} method or the constructor of a
 * {@code PER_CLASS} test class cannot have one: a test that needs a server for longer, or more than one, starts
 * it with {@link LoopbackServer#start()} and closes it itself.
 */
public final class LoopbackServerExtension extends TypeBasedParameterResolver<LoopbackServer>
        implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LoopbackServerExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        server(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LoopbackServer server = context.getStore(NAMESPACE).remove(LoopbackServer.class, LoopbackServer.class);
        if (server != null) {
            server.close();
        }
    }

    @Override
    public LoopbackServer resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("a LoopbackServer lives for one test, and "
                    + parameter.getDeclaringExecutable() + " runs outside one (@BeforeAll, @AfterAll or a PER_CLASS"
                    + " constructor): start a server there with LoopbackServer.start() and close it yourself");
        }
        return server(context);
    }

    /** The constructor of a per-method test class is resolved in the test's context, so it shares its server. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    // the test's server, started on first use: the constructor comes before beforeEach
    private static LoopbackServer server(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(LoopbackServer.class, key -> LoopbackServer.start(),
                LoopbackServer.class);
    }
}
