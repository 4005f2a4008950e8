package io.github.wxrestore.cli;

import io.github.wxrestore.cli.internal.DurationConverter;
import io.github.wxrestore.cli.internal.ProxyRoute;
import io.github.wxrestore.cli.internal.ProxySettings;
import io.github.wxrestore.cli.internal.TokenSource;
import io.github.wxrestore.cli.internal.UsageProblem;
import io.github.wxrestore.client.HumanText;
import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The options of every command that talks to Webex (a picocli mixin): where ({@code --base-url}, or the embedded
 * {@code --sandbox}), through which proxy, with which token, and how patiently (retries, waits, timeout).
 */
final class ConnectionOptions {

    private static final Duration CALL_TIMEOUT_MARGIN = Duration.ofSeconds(5);
    private static final Duration LONGEST_CALL_TIMEOUT = Duration.ofDays(1);

    @Option(names = "--base-url", paramLabel = "URL", description = "The Webex API. Default: "
            + WebexRecordingsClient.DEFAULT_BASE_URL + ".")
    String baseUrl;

    @Option(names = "--proxy", paramLabel = "URL", description = "The HTTP proxy: http://[USER:PASSWORD@]HOST:PORT, "
            + "or '' for none. Default: https_proxy or HTTPS_PROXY (http_proxy or HTTP_PROXY for an http base URL), "
            + "never for --sandbox; hosts in NO_PROXY go around it.")
    String proxy;

    @Option(names = "--sandbox", description = "Start the embedded sandbox on loopback and use it, with its token "
            + "(the admin's for --host-email or --all-hosts).")
    boolean sandbox;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "3", description = "Retries per call on 429, "
            + "423 with Retry-After, 5xx, I/O failure or timeout, 0 to 99. Default: ${DEFAULT-VALUE}.")
    int maxRetries;

    @Option(names = "--max-wait", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "The longest single wait before a retry (a longer Retry-After is cut to it). "
                    + "Default: ${DEFAULT-VALUE}.")
    Duration maxWait;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Time for one attempt, from sending to the last byte of the answer. Default: "
                    + "${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Read the access token from FILE instead of "
            + "WEBEX_ACCESS_TOKEN.")
    Path tokenFile;

    /** Refuses what a real run would refuse, so that a dry run does too; {@code env} gives the proxy variables. */
    void check(CliEnvironment env) {
        if (sandbox && baseUrl != null) {
            throw new UsageProblem("--sandbox and --base-url exclude each other: the sandbox has its own URL");
        }
        if (sandbox && tokenFile != null) {
            throw new UsageProblem("--sandbox uses the sandbox's own token: leave out --token-file");
        }
        if (baseUrl != null) {
            checkedBaseUrl(baseUrl);
        }
        route(env, baseUrl()); // a bad proxy URL
        if (maxRetries < 0 || maxRetries > 99) {
            throw new UsageProblem("--max-retries must be between 0 and 99, was " + maxRetries);
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new UsageProblem("--timeout must be positive, was " + HumanText.duration(timeout));
        }
    }

    /** The base URL calls go to unless {@code --sandbox}: {@code --base-url} or Webex's. */
    String baseUrl() {
        return baseUrl == null ? WebexRecordingsClient.DEFAULT_BASE_URL : baseUrl;
    }

    /**
     * Resolves the token (or starts the sandbox, whose {@code asAdmin} token is used), the proxy route and the
     * target; nothing is sent yet. Close it to stop the sandbox.
     */
    Connection open(CliEnvironment env, boolean asAdmin) {
        TokenSource.Token token = sandbox ? null : TokenSource.resolve(tokenFile, env.variables(), env.err()::println);
        WebexSandbox box = sandbox ? WebexSandbox.start() : null;
        String url = box != null ? box.baseUrl() : baseUrl();
        String accessToken = box != null
                ? box.user(asAdmin ? SandboxAccounts.ADMIN : SandboxAccounts.ANN).token() : token.value();
        return new Connection(box, url, box != null ? url + " (embedded sandbox)" : url, accessToken,
                box != null ? "the sandbox's" : "from " + token.origin(), route(env, url));
    }

    // --proxy, else the proxy variable of the base URL's scheme (never for the embedded sandbox), less NO_PROXY
    private ProxyRoute route(CliEnvironment env, String url) {
        return ProxySettings.of(proxy, env.variables()).route(url, sandbox);
    }

    private static WebexRecordingsClient.Builder checkedBaseUrl(String url) {
        try {
            return WebexRecordingsClient.builder().baseUrl(url);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage().replace("baseUrl", "--base-url"), e);
        }
    }

    // room for every attempt and every wait before it, so --max-retries and --max-wait are what bound a call
    private Duration callTimeout() {
        try {
            Duration all = timeout.plus(maxWait).multipliedBy(maxRetries + 1L).plus(CALL_TIMEOUT_MARGIN);
            return all.compareTo(LONGEST_CALL_TIMEOUT) > 0 ? LONGEST_CALL_TIMEOUT : all;
        } catch (ArithmeticException e) {
            return LONGEST_CALL_TIMEOUT;
        }
    }

    /** What a command reaches Webex (or the sandbox) with. Holds the token: never printed. */
    final class Connection implements AutoCloseable {
        private final WebexSandbox box;
        private final String url;
        private final String target;
        private final String accessToken;
        private final String tokenOrigin;
        private final ProxyRoute route;

        private Connection(WebexSandbox box, String url, String target, String accessToken, String tokenOrigin,
                           ProxyRoute route) {
            this.box = box;
            this.url = url;
            this.target = target;
            this.accessToken = accessToken;
            this.tokenOrigin = tokenOrigin;
            this.route = route;
        }

        /** The base URL, with {@code (embedded sandbox)} when it is that. */
        String target() {
            return target;
        }

        ProxyRoute route() {
            return route;
        }

        /** An error that stops the command before anything is sent, such as a proxy that cannot be reached. */
        Optional<String> unreachable() {
            return route.unreachable();
        }

        /** One line for {@code --verbose}: the settings of this connection, never the token. */
        String settings() {
            return "base URL " + target + "; max retries " + maxRetries + "; max wait " + HumanText.duration(maxWait)
                    + "; timeout " + HumanText.duration(timeout) + "; token " + tokenOrigin + " (not shown); proxy "
                    + route;
        }

        // the client retries and paces every call; restoring and listing are repeatable, so 5xx and I/O failures
        // are retried too
        WebexRecordingsClient client() {
            WebexRecordingsClient.Builder client = checkedBaseUrl(url).httpClientBuilder(route.httpClientBuilder());
            try {
                return client.accessToken(accessToken).attemptTimeout(timeout).callTimeout(callTimeout())
                        .retryPolicy(RetryPolicy.builder().maxAttempts(maxRetries + 1).maxWait(maxWait)
                                .retryServerErrors(true).build()).build();
            } catch (IllegalArgumentException e) {
                throw new UsageProblem(e.getMessage(), e); // a token with a line break, say: never shown
            }
        }

        @Override
        public void close() {
            if (box != null) {
                box.close();
            }
        }

        @Override
        public String toString() {
            return "Connection{" + target + ", token " + tokenOrigin + " (not shown)}";
        }
    }
}
