package io.github.wxrestore.client.internal;

import io.github.wxrestore.client.PageResult;
import io.github.wxrestore.listing.ListedRecording;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One page of a listing as its call returns it: what the listeners heard, the recordings, the URI it was fetched
 * from, and the next page's URI (the {@code Link} target, resolved against that URI when relative). Immutable.
 *
 * @param result     the page, as the listeners hear of it
 * @param recordings its recordings, in the order Webex sent them
 * @param fetched    where the page came from
 * @param next       the next page, if its {@code Link} names one
 */
record FetchedPage(PageResult result, List<ListedRecording> recordings, URI fetched, Optional<URI> next) {

    FetchedPage {
        recordings = List.copyOf(recordings);
    }
}
