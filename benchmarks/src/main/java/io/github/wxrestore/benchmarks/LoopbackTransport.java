package io.github.wxrestore.benchmarks;

import java.net.http.HttpClient;
import java.time.Duration;

/** The one HttpClient configuration every per-call variant uses, so only the code above it differs. */
final class LoopbackTransport {

    private LoopbackTransport() {
    }

    /**
     * HTTP/1.1 (the JDK server speaks nothing else; over plain http an HTTP/2 preference would only add an
     * upgrade attempt), no redirects, a 10 s connect timeout: what the facade sets on its own builder.
     */
    static HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
    }
}
