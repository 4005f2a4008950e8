package io.github.wxrestore.client;

import io.github.wxrestore.testing.FakeTime;

import java.time.Duration;

/**
 * The one client builder the client module's tests start from, and the token it carries. It stays in this
 * module's test sources: the shared test support (src/testing) cannot see the client.
 */
public final class TestClients {

    /** Long, distinctive and shaped like a Webex token, so a leak anywhere is found by a plain substring search. */
    public static final String TOKEN = "ZDI3TOKEN-SECRET-5b6c9a4e-never-log-me_PF84_1eb65fdf";

    private TestClients() {
    }

    /**
     * A builder for a loopback base URL on fake time: the clock is {@code time} and every wait goes to
     * {@code time::sleep}, so no test waits in real time; {@link #TOKEN}; one-second connect, two-second attempt
     * and thirty-second call timeouts. A test that needs another setting sets it on the builder.
     */
    // the tests compile into the client's module, whose package this is; FakeTime comes from the class path
    @SuppressWarnings("exports")
    public static WebexRecordingsClient.Builder clientFor(String baseUrl, FakeTime time) {
        return WebexRecordingsClient.builder()
                .baseUrl(baseUrl)
                .accessToken(TOKEN)
                .connectTimeout(Duration.ofSeconds(1))
                .attemptTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(30))
                .clock(time)
                .sleeper(time::sleep);
    }
}
