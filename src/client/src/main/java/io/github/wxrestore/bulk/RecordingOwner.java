package io.github.wxrestore.bulk;

/**
 * Whose recording an ID is: the site it is on and the host who recorded it, as the admin listing or an export
 * names them. Webex restores the IDs of one call for one host ({@code hostEmail}) on one site (the body's
 * {@code siteUrl}), so a bulk run groups its IDs by owner and never mixes owners in a call.
 *
 * <p>Either part may be null. Given with an ID ({@link RestoreSelection#owned}), null means the run's own: the
 * builder's {@link BulkRestore.Builder#siteUrl siteUrl} or {@link BulkRestore.Builder#hostEmail hostEmail}. As
 * the owner of a planned call ({@link PlannedCall#owner()}) it is resolved against those, so it holds exactly
 * what the call sends, and null means what Webex does without it: the user's preferred site, the caller's own
 * recordings. Values are not checked here: a plan checks them, and names the input position of a bad one.
 * Immutable.
 *
 * @param siteUrl   the site, such as {@code example.webex.com}, or null (see above)
 * @param hostEmail the host, such as {@code ann@example.com}, or null (see above)
 */
public record RecordingOwner(String siteUrl, String hostEmail) {

    /** Both parts null: the run's own site and host (given with an ID), or Webex's defaults (of a call). */
    public static final RecordingOwner RUN_DEFAULTS = new RecordingOwner(null, null);

    /** This owner with each null part replaced by the run's: what a call of its IDs sends. */
    public RecordingOwner resolvedAgainst(String runSiteUrl, String runHostEmail) {
        return siteUrl != null && hostEmail != null ? this
                : new RecordingOwner(siteUrl == null ? runSiteUrl : siteUrl,
                        hostEmail == null ? runHostEmail : hostEmail);
    }

    /** True when both parts are null. */
    public boolean isRunDefaults() {
        return siteUrl == null && hostEmail == null;
    }

    /** Such as {@code ann@example.com on example.webex.com}; a null part shows as the default host or site. */
    @Override
    public String toString() {
        return (hostEmail == null ? "the default host" : hostEmail) + " on "
                + (siteUrl == null ? "the default site" : siteUrl);
    }
}
