package io.github.wxrestore.client;

import java.util.Objects;

/**
 * A listing stopped because what Webex answered cannot be followed safely, or read: a next link to another
 * origin, a next link back to a page already fetched, a {@code Link} header that cannot be read, or a page that is
 * not one ({@link #reason()}). The link was not followed, nothing more was sent; the recordings of the pages before
 * it were delivered. Category {@link FailureCategory#REJECTED}: the same listing would stop the same way, so it is
 * never retried. A listing changes nothing, so {@link #mayHaveBeenApplied()} is false. {@link #requestTrackingId()}
 * is the {@code TrackingID} of the page whose answer this is about. Immutable.
 */
public final class PagingException extends WebexClientException {

    private static final long serialVersionUID = 1L;

    /** What in Webex's answer stopped the listing. */
    public enum Reason {
        /**
         * The next link names another origin (scheme, host or port) than the client's base URL. The client sends
         * its access token with every request, so it never follows a link elsewhere.
         */
        CROSS_ORIGIN_LINK,
        /** The next link names a page this window of the listing already fetched: following it would never end. */
        LINK_LOOP,
        /** The {@code Link} header does not read as RFC 8288 says, so whether there is a next page is unknown. */
        UNREADABLE_LINK,
        /**
         * A 2xx answer whose body is not a page of recordings: not JSON, no {@code items}, an item without an
         * {@code id}, or longer than the client reads of a page.
         */
        UNREADABLE_PAGE
    }

    private final Reason reason;

    /**
     * @param requestTrackingId the {@code TrackingID} of the page whose answer stopped the listing
     * @param attempts          attempts made for that page
     */
    public PagingException(String message, Reason reason, String requestTrackingId, int attempts) {
        super(message, null, requestTrackingId, attempts, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** What stopped the listing. */
    public Reason reason() {
        return reason;
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.REJECTED;
    }
}
