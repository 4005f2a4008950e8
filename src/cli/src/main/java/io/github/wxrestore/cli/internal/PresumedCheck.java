package io.github.wxrestore.cli.internal;

import io.github.wxrestore.client.WebexClientException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The evidence for IDs a run presumed restored (an earlier attempt got no answer, then Webex said they are not in
 * the bin): those the listing of available recordings shows are restored, from evidence. The others stay presumed
 * (made before the listing's range, of another host, or not restored at all). Immutable.
 *
 * @param checked   false when nothing was presumed, so nothing was listed
 * @param confirmed the presumed IDs the listing shows as available, in the report's order
 * @param problem   why the listing could not say, or null
 */
public record PresumedCheck(boolean checked, List<String> confirmed, String problem) {

    public static final PresumedCheck NOT_CHECKED = new PresumedCheck(false, List.of(), null);

    /** Lists {@code available} (the same filters with {@code status=available}) and keeps what was presumed. */
    public static PresumedCheck of(List<String> presumed, WebexRecordingsClient client, RecordingQuery available) {
        if (presumed.isEmpty()) {
            return NOT_CHECKED;
        }
        Set<String> wanted = new HashSet<>(presumed);
        Set<String> seen = new HashSet<>();
        try (Stream<ListedRecording> listed = client.listRecordings(available.toBuilder().status("available")
                .build())) {
            listed.map(ListedRecording::id).filter(wanted::contains).forEach(seen::add);
        } catch (WebexClientException e) {
            return new PresumedCheck(true, List.of(), Texts.oneLine(e.getMessage()));
        }
        return new PresumedCheck(true, presumed.stream().filter(seen::contains).toList(), null);
    }
}
