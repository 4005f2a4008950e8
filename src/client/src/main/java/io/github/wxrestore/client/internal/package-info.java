/**
 * How the restore client works inside: the one retry loop ({@code CallRunner}) and its strategy and pacing gate,
 * the bounded per-attempt exchange over the generated low-level client, the typed failures, and small parsers and
 * checks. Not public API: anything here may change without notice.
 */
package io.github.wxrestore.client.internal;
