/**
 * How a bulk run works inside: the input made unique, checked up front and planned, the workers that hand each
 * call to the client (which retries and paces it), and the crash-safe journal. Not public API: it may change at
 * any time.
 */
package io.github.wxrestore.bulk.internal;
