/**
 * Bulk restore: any number of recording IDs, split into calls the API accepts, run with bounded concurrency and
 * a shared pause for {@code Retry-After}, written to a crash-safe journal, summed up in a {@link
 * io.github.wxrestore.bulk.BulkReport}. Start at {@link io.github.wxrestore.bulk.BulkRestore}.
 */
package io.github.wxrestore.bulk;
