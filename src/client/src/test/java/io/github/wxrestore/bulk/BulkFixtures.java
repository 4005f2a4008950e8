package io.github.wxrestore.bulk;

import io.github.wxrestore.client.RetryPolicy;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Sandboxes, clients and inputs the bulk tests share. */
final class BulkFixtures {

    /** Retries at once and exactly (no jitter), so tests need no real waiting unless they want it. */
    static final RetryPolicy QUICK_RETRIES = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(1)).jitter(RetryPolicy.Jitter.NONE).build();

    private BulkFixtures() {
    }

    static WebexSandbox sandbox(int recordingsPerHost) {
        return WebexSandbox.builder().recordingsPerHost(recordingsPerHost).start();
    }

    /** Ann's client builder for this sandbox: quick exact retries, short timeouts. */
    static WebexRecordingsClient.Builder clientBuilder(WebexSandbox sandbox) {
        return WebexRecordingsClient.builder().baseUrl(sandbox.baseUrl()).accessToken(SandboxAccounts.ANN_TOKEN)
                .retryPolicy(QUICK_RETRIES).attemptTimeout(Duration.ofSeconds(10)).callTimeout(Duration.ofSeconds(15));
    }

    /** Ann's client for this sandbox, as {@link #clientBuilder} builds it. */
    static WebexRecordingsClient client(WebexSandbox sandbox) {
        return clientBuilder(sandbox).build();
    }

    static BulkRestore.Builder bulk(WebexSandbox sandbox) {
        return BulkRestore.builder().client(client(sandbox));
    }

    /** The admin's client for this sandbox (may name other hosts), otherwise as {@link #clientBuilder}. */
    static WebexRecordingsClient adminClient(WebexSandbox sandbox) {
        return clientBuilder(sandbox).accessToken(SandboxAccounts.ADMIN_TOKEN).build();
    }

    /** A bulk run of the admin's client. */
    static BulkRestore.Builder adminBulk(WebexSandbox sandbox) {
        return BulkRestore.builder().client(adminClient(sandbox));
    }

    /**
     * {@code unique} IDs with {@code duplicates} repeats spread among them (every 20th ID is followed by a repeat
     * of the one 10 places back), as an export with repeats would have them.
     */
    static List<String> withDuplicates(List<String> unique, int duplicates) {
        List<String> input = new ArrayList<>(unique.size() + duplicates);
        int added = 0;
        for (int i = 0; i < unique.size(); i++) {
            input.add(unique.get(i));
            if (i % 20 == 19 && added < duplicates) {
                input.add(unique.get(i - 10));
                added++;
            }
        }
        if (added < duplicates) {
            throw new IllegalArgumentException("too few IDs for " + duplicates + " spread duplicates");
        }
        return input;
    }
}
