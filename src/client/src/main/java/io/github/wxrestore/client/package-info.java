/**
 * The restore client: {@link io.github.wxrestore.client.WebexRecordingsClient} sends one
 * "Restore Recordings from Recycle Bin" call, or lists a recycle bin page by page
 * ({@link io.github.wxrestore.client.WebexRecordingsClient#listRecordings}), validated first, with a TrackingID
 * on every attempt, one retry strategy per client (its {@link io.github.wxrestore.client.RetryPolicy} and a
 * pacing gate every call shares), an {@link io.github.wxrestore.client.AttemptListener} that hears every attempt,
 * and one failure vocabulary ({@link io.github.wxrestore.client.FailureCategory},
 * {@link io.github.wxrestore.client.WebexClientException#mayHaveBeenApplied()}). Everything a caller needs is in
 * this package and {@code io.github.wxrestore.listing}; nothing here exposes the generated low-level client.
 */
package io.github.wxrestore.client;
