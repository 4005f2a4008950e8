package io.github.wxrestore.contract;

import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.IProviderInfo;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.Timeout;

/**
 * The verifier's HTTP client without its own retries: by default it re-sends after a 429 or 503 and waits out
 * the Retry-After first, so the provider would answer a request the pact never made (and the build would
 * sleep). Redirects are not followed either; every exchange is bounded in time.
 */
final class NoRetryHttpClientFactory implements IHttpClientFactory {

    private static final Timeout EXCHANGE_TIMEOUT = Timeout.ofSeconds(10);

    @Override
    public CloseableHttpClient newClient(IProviderInfo provider) {
        return HttpClients.custom()
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(EXCHANGE_TIMEOUT)
                        .setResponseTimeout(EXCHANGE_TIMEOUT)
                        .build())
                .build();
    }
}
