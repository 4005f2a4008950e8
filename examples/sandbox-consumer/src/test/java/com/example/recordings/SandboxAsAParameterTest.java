package com.example.recordings;

import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.sandbox.junit5.WebexSandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The other way in: {@code @ExtendWith} with the default sandbox, reached as a parameter. */
@ExtendWith(WebexSandboxExtension.class)
class SandboxAsAParameterTest {

    private final WebexSandbox sandbox;

    SandboxAsAParameterTest(WebexSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @BeforeEach
    void theSameSandboxInEveryPlace(WebexSandbox fromTheLifecycle) {
        assertTrue(fromTheLifecycle == sandbox);
    }

    @Test
    void aTestMethodReceivesTheRunningSandbox(WebexSandbox fromTheMethod) {
        assertTrue(fromTheMethod.baseUrl().startsWith("http://127.0.0.1:"));
        assertEquals(WebexSandbox.DEFAULT_RECORDINGS_PER_HOST,
                fromTheMethod.recycleBin("example.webex.com", SandboxAccounts.ANN).size());
    }
}
