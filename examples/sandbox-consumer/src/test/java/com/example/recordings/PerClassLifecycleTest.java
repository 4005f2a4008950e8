package com.example.recordings;

import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.sandbox.junit5.WebexSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With one test instance per class, the constructor is called before any callback: it still gets the sandbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(WebexSandboxExtension.class)
class PerClassLifecycleTest {

    private final WebexSandbox sandbox;

    PerClassLifecycleTest(WebexSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Test
    void theConstructorsSandboxIsTheOneTheTestsUse(WebexSandbox inTheTest) {
        assertSame(sandbox, inTheTest);
        assertTrue(inTheTest.baseUrl().startsWith("http://127.0.0.1:"));
    }
}
