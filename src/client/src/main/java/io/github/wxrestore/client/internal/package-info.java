/**
 * How the restore client works inside: the bounded per-attempt exchange over the generated low-level client,
 * and small parsers and checks. Not public API: anything here may change without notice.
 */
package io.github.wxrestore.client.internal;
