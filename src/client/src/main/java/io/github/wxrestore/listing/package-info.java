/**
 * The values of the two recording listings, the way to find what to restore: a
 * {@link io.github.wxrestore.listing.RecordingQuery} says what to list (checked by the validation layer, sent by
 * {@code WebexRecordingsClient.listRecordings}), and each recording found is a
 * {@link io.github.wxrestore.listing.ListedRecording}. Plain values: nothing here calls anything.
 */
package io.github.wxrestore.listing;
