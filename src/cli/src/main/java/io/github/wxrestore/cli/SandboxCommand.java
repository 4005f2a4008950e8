package io.github.wxrestore.cli;

import io.github.wxrestore.cli.internal.DurationConverter;
import io.github.wxrestore.cli.internal.RateLimitConverter;
import io.github.wxrestore.sandbox.FaultSchedule;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.WebexSandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sandbox}: runs the embedded Webex sandbox in the foreground on loopback, with its seed and faults,
 * prints its base URL, tokens and some seeded IDs, and stops on Ctrl-C.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true, versionProvider = io.github.wxrestore.cli.internal.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Run the embedded, offline Webex sandbox on 127.0.0.1 until Ctrl-C, and print its URL, tokens "
            + "and some recording IDs to restore.", ""},
        footer = {"", "Schedules: never, every:K (every K-th request), next:N (the next N), random:P (probability P, "
            + "from the seed).",
            "Then, in another terminal: WEBEX_ACCESS_TOKEN=sandbox-token-ann java -jar "
            + "webex-recordings-restore-cli.jar restore --base-url http://127.0.0.1:PORT/v1 --ids ID"})
final class SandboxCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8765", description = "Port on 127.0.0.1 (0 picks "
            + "a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + WebexSandbox.DEFAULT_SEED,
            description = "Seed of the recording IDs and random faults. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--recordings-per-host", paramLabel = "N", defaultValue = "" + WebexSandbox.DEFAULT_RECORDINGS_PER_HOST,
            description = "Recordings in each recycle bin (per host and site). Default: ${DEFAULT-VALUE}.")
    int recordingsPerHost;

    @Option(names = "--rate-limit", paramLabel = "N/DURATION", converter = RateLimitConverter.class,
            description = "Admit N requests per window, then 429 with Retry-After, e.g. 10/1s.")
    SandboxFaults.RateLimit rateLimit;

    @Option(names = "--locked-ids", split = ",", paramLabel = "ID", description = "Recording IDs that answer 423 "
            + "Locked.")
    List<String> lockedIds = new ArrayList<>();

    @Option(names = "--lock-retry-after", paramLabel = "SECONDS", description = "Send Retry-After with each 423.")
    Integer lockRetryAfter;

    @Option(names = "--lock-answers", paramLabel = "N", defaultValue = "0", description = "Unlock an ID after N 423 "
            + "answers (0: never). Default: ${DEFAULT-VALUE}.")
    int lockAnswers;

    @Option(names = "--server-errors", paramLabel = "SCHEDULE", description = "Answer --server-error-status to the "
            + "requests SCHEDULE hits.")
    String serverErrors;

    @Option(names = "--server-error-status", paramLabel = "STATUS", defaultValue = "500", description = "500, 502, "
            + "503 or 504. Default: ${DEFAULT-VALUE}.")
    int serverErrorStatus;

    @Option(names = "--server-error-retry-after", paramLabel = "SECONDS", description = "Send Retry-After with a "
            + "scheduled 503.")
    Integer serverErrorRetryAfter;

    @Option(names = "--html-gateway", paramLabel = "SCHEDULE", description = "Answer an HTML gateway page to the "
            + "requests SCHEDULE hits.")
    String htmlGateway;

    @Option(names = "--html-gateway-status", paramLabel = "STATUS", defaultValue = "502", description = "Its status,"
            + " a 5xx. Default: ${DEFAULT-VALUE}.")
    int htmlGatewayStatus;

    @Option(names = "--latency", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Delay every answer, e.g. 200ms.")
    Duration latency;

    @Option(names = "--malformed-retry-after", description = "Send '" + SandboxFaults.DEFAULT_MALFORMED_RETRY_AFTER
            + "' instead of every Retry-After.")
    boolean malformedRetryAfter;

    @Option(names = "--success-status", paramLabel = "STATUS", defaultValue = "204", description = "Status of a "
            + "successful restore: 200, 201, 202 or 204. Default: ${DEFAULT-VALUE}.")
    int successStatus;

    SandboxCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = env.err();
        WebexSandbox sandbox;
        try {
            sandbox = WebexSandbox.builder().port(port).seed(seed).recordingsPerHost(recordingsPerHost)
                    .faults(faults()).start();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        env.onShutdown().accept(() -> {
            sandbox.close();
            env.out().println("Sandbox stopped.");
            env.out().flush();
        });
        env.out().print(sandbox.describe());
        env.out().println("Press Ctrl-C to stop.");
        env.out().flush();
        sandbox.awaitClose();
        return ExitCode.OK.code();
    }

    private SandboxFaults faults() {
        SandboxFaults.Builder f = SandboxFaults.builder();
        if (rateLimit != null) {
            f.rateLimit(rateLimit.maxRequests(), rateLimit.window());
        }
        f.lockedIds(lockedIds).lockAnswers(lockAnswers);
        if (lockRetryAfter != null) {
            f.lockRetryAfterSeconds(lockRetryAfter);
        }
        if (serverErrors != null) {
            f.serverErrors(serverErrorStatus, FaultSchedule.parse(serverErrors));
        }
        if (serverErrorRetryAfter != null) {
            f.serverErrorRetryAfterSeconds(serverErrorRetryAfter);
        }
        if (htmlGateway != null) {
            f.htmlGateway(htmlGatewayStatus, FaultSchedule.parse(htmlGateway));
        }
        if (latency != null) {
            f.latency(latency);
        }
        if (malformedRetryAfter) {
            f.malformedRetryAfter();
        }
        return f.successStatus(successStatus).build();
    }
}
