package com.example.recordings;

import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.sandbox.junit5.WebexSandboxExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application's test, written as a user of the published artifacts would: the client as the application's
 * dependency, the sandbox's JUnit 5 extension in test scope, nothing else of the project.
 */
class RestoreAgainstTheSandboxTest {

    @RegisterExtension
    static final WebexSandboxExtension webex = WebexSandboxExtension.with(sandbox -> sandbox.recordingsPerHost(20));

    private static String baseUrl;

    @BeforeAll
    static void rememberTheSandbox() {
        baseUrl = webex.sandbox().baseUrl();
    }

    private WebexRecordingsClient clientAs(String user) {
        WebexSandbox sandbox = webex.sandbox();
        return WebexRecordingsClient.builder()
                .baseUrl(sandbox.baseUrl())
                .accessToken(sandbox.user(user).token())
                .build();
    }

    @Test
    void restoresTwoRecordingsFromTheBin() {
        List<String> ids = webex.sandbox().seededIds(SandboxAccounts.ANN, 2);

        RestoreResult result = clientAs(SandboxAccounts.ANN).restore(new RestoreRecordingsRequest().recordingIds(ids));

        assertEquals(204, result.status());
        assertEquals(ids.size(), webex.sandbox().restoredIds().size());
        assertTrue(webex.sandbox().restoredIds().containsAll(ids));
        assertFalse(webex.sandbox().recycleBin("example.webex.com", SandboxAccounts.ANN).contains(ids.get(0)));
    }

    @Test
    void eachTestStartsFromTheSeededBin() {
        // the test above restored recordings; the extension reset the sandbox before this one
        assertTrue(webex.sandbox().restoredIds().isEmpty());
        assertEquals(20, webex.sandbox().recycleBin("example.webex.com", SandboxAccounts.ANN).size());
    }

    /** A {@code @Nested} class shares the outer class's sandbox: one server for the whole class. */
    @Nested
    class InANestedClass {

        @Test
        void seesTheSameRunningSandbox() {
            assertEquals(baseUrl, webex.sandbox().baseUrl());
            assertTrue(webex.sandbox().restoredIds().isEmpty(), "reset before this test too");
        }
    }
}
