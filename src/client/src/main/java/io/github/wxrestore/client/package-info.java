/**
 * The restore client: {@link io.github.wxrestore.client.WebexRecordingsClient} sends one
 * "Restore Recordings from Recycle Bin" call, validated first, with typed results and errors, Retry-After-aware
 * retries and a TrackingID on every attempt. Everything a caller needs is in this package; nothing here exposes
 * the generated low-level client.
 */
package io.github.wxrestore.client;
