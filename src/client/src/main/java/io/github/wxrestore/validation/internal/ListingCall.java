package io.github.wxrestore.validation.internal;

import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.model.constraints.HostEmail;
import io.github.wxrestore.model.constraints.SiteHost;
import io.github.wxrestore.validation.QueryReport;

import java.time.Instant;

/**
 * What one recording query sends, under the names of the spec's query parameters (so that a violation's path
 * names the parameter): the listing's own rules on the whole ({@link ListingRules}), and the restore's site and
 * email rules on {@code siteUrl} and {@code hostEmail}, with the messages of a listing.
 */
@ListingRules
public record ListingCall(
        RecordingQuery.Listing listing,
        int max,
        Instant from,
        Instant to,
        String meetingId,
        @HostEmail(payload = OnListing.class) String hostEmail,
        @SiteHost(payload = OnListing.class) String siteUrl,
        String integrationTag,
        String topic,
        String format,
        String serviceType,
        String status) {

    /** The parameters {@code query} sends. */
    public static ListingCall of(RecordingQuery query) {
        return new ListingCall(query.listing(), query.pageSize(), query.from().orElse(null),
                query.to().orElse(null), query.meetingId().orElse(null), query.hostEmail().orElse(null),
                query.siteUrl().orElse(null), query.integrationTag().orElse(null), query.topic().orElse(null),
                query.format().orElse(null), query.serviceType().orElse(null), query.status());
    }

    /** Every violation, as {@code RecordingQueryValidation.check} reports them. */
    public QueryReport check() {
        return QueryViolationMapper.toReport(SharedValidator.get().validate(this));
    }
}
