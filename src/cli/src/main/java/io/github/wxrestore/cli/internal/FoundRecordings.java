package io.github.wxrestore.cli.internal;

import io.github.wxrestore.bulk.RecordingOwner;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a listing found for {@code restore}: each recording's ID with its owner (the site it is on, and the host
 * the admin listing names, or {@code --host-email}), in listing order, and what a person wants to know first: how
 * many, how large, whose. Only what a restore needs is kept, not the listing's other fields.
 */
public record FoundRecordings(List<String> ids, List<RecordingOwner> owners, long totalBytes, Set<String> hosts) {

    public static FoundRecordings list(WebexRecordingsClient client, RecordingQuery query, boolean allHosts,
                                String hostEmail) {
        List<String> ids = new ArrayList<>();
        List<RecordingOwner> owners = new ArrayList<>();
        Set<String> hosts = new LinkedHashSet<>();
        long bytes = 0;
        try (Stream<ListedRecording> recordings = client.listRecordings(query)) {
            for (ListedRecording r : (Iterable<ListedRecording>) recordings::iterator) {
                if (!r.isInRecycleBin()) {
                    continue; // the query asks for the bin; a recording listed otherwise is not restored
                }
                String host = allHosts ? r.hostEmail() : hostEmail;
                ids.add(r.id());
                owners.add(new RecordingOwner(r.siteUrl(), host));
                hosts.add(host == null ? "the token's user" : host);
                bytes += r.sizeBytes() == null ? 0 : r.sizeBytes();
            }
        }
        return new FoundRecordings(ids, owners, bytes, hosts);
    }

    /** {@code 42 recordings (9.8 GiB) of 3 hosts}. */
    public String describe() {
        return Ids.plural(ids.size(), "recording") + " (" + Sizes.of(totalBytes) + ") of "
                + (hosts.size() == 1 ? hosts.iterator().next() : hosts.size() + " hosts");
    }
}
