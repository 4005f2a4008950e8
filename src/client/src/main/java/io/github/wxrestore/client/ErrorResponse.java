package io.github.wxrestore.client;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;

/**
 * Everything an error response said, parsed, plus the attempt it answered: the input of every
 * {@link WebexApiException}.
 */
record ErrorResponse(int status, HttpHeaders headers, String rawBody, boolean rawBodyTruncated, String webexMessage,
                     List<String> errorDescriptions, String serverTrackingId, Duration retryAfter,
                     String requestTrackingId, int attempts) {
}
