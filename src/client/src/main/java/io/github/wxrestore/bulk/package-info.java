/**
 * Bulk restore: any number of recording IDs planned once ({@link io.github.wxrestore.bulk.BulkPlan}: validated,
 * deduplicated, matched against a crash-safe journal, grouped by each recording's host and site ({@link
 * io.github.wxrestore.bulk.RecordingOwner}), split into calls the API accepts), then executed with
 * bounded concurrency through one client, which retries and paces every call; summed up in a {@link
 * io.github.wxrestore.bulk.BulkReport}. Start at {@link io.github.wxrestore.bulk.BulkRestore}.
 */
package io.github.wxrestore.bulk;
