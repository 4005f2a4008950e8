/**
 * How a bulk run works inside: the input made unique and split, checked up front, a shared pause for
 * {@code Retry-After}, the workers, and the crash-safe journal. Not public API: it may change at any time.
 */
package io.github.wxrestore.bulk.internal;
