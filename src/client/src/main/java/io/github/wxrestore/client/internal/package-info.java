/**
 * How the restore client works inside: the one retry loop ({@code CallRunner}) and its strategy and pacing gate,
 * which run every call (an {@code Exchange}: a restore, a listing's page), the bounded per-attempt exchanges over
 * the generated low-level client, the listing's pager (windows, RFC 8288 links, the origin check), the typed
 * failures, and small parsers and checks. Not public API: anything here may change without notice.
 */
package io.github.wxrestore.client.internal;
