package io.github.wxrestore.cli.internal;

import io.github.wxrestore.listing.ListedRecording;

/**
 * Where a listing goes as it arrives, one recording at a time (a listing of thousands is never held): a table for
 * people, CSV, or one JSON document. {@link #end} writes what only the end knows: the count, the total size, and
 * whether the listing is complete.
 */
public interface ListingOutput {

    /** Before the first recording: what is listed, in words (the resolved interval, the listing, the filters). */
    void begin(String scope);

    void recording(ListedRecording recording);

    /**
     * After the last recording, or when the listing stopped early.
     *
     * @param complete false when {@code --max-pages} ended the listing with pages left
     * @param pages    the pages fetched
     */
    void end(boolean complete, int pages);

    /** After the last recording that came, when the listing failed: the output says it is cut, and why. */
    void failed(String problem, int pages);
}
