package io.github.wxrestore.contract;

import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.sandbox.SandboxAccounts;

import java.util.Map;
import java.util.function.Supplier;

import static io.github.wxrestore.contract.ListingInteractions.FROM;
import static io.github.wxrestore.contract.ListingInteractions.TO;

/**
 * The one table of listing request shapes the consumer pins, each answered with a page of the recordings the
 * provider state names: what the caller asks the client for, the exact query parameters the client must send for
 * it (the range excepted, which the provider fills in from its state), and the recording the page shows. The
 * tokens are the sandbox's, so the provider verification can replay the requests as they are.
 */
enum ListingShape {
    FILTERED("the caller's recycle bin on a named site, by topic, format and service, 50 a page",
            SandboxAccounts.ANN_TOKEN,
            () -> RecordingQuery.builder().from(FROM).to(TO).siteUrl(SandboxAccounts.EU_SITE).topic("sync")
                    .format("MP4").serviceType("MeetingCenter").pageSize(50).status("deleted").build(),
            ListingInteractions.parameters("max", "50", "from", FROM.toString(), "to", TO.toString(),
                    "siteUrl", SandboxAccounts.EU_SITE, "topic", "sync", "format", "MP4",
                    "serviceType", "MeetingCenter", "status", "deleted"),
            ProviderStates.HOST_HAS_DELETED_RECORDINGS,
            Map.of(ProviderStates.HOST_EMAIL, SandboxAccounts.ANN, ProviderStates.SITE, SandboxAccounts.EU_SITE,
                    ProviderStates.COUNT, 1, ProviderStates.TOPIC, "sync", ProviderStates.FORMAT, "MP4",
                    ProviderStates.SERVICE_TYPE, "MeetingCenter"),
            ExampleRecordings.WEEKLY_SYNC),
    ADMIN_SITE("every host's recycle bin on a named site, by an administrator",
            SandboxAccounts.ADMIN_TOKEN,
            () -> RecordingQuery.builder().listing(RecordingQuery.Listing.ADMIN).from(FROM).to(TO)
                    .siteUrl(SandboxAccounts.EU_SITE).build(),
            ListingInteractions.parameters("max", "100", "from", FROM.toString(), "to", TO.toString(),
                    "siteUrl", SandboxAccounts.EU_SITE, "status", "deleted"),
            ProviderStates.SITE_HAS_DELETED_RECORDINGS,
            Map.of(ProviderStates.SITE, SandboxAccounts.EU_SITE, ProviderStates.COUNT, 1),
            ExampleRecordings.WEEKLY_SYNC_WITH_HOST),
    FOR_HOST("the recycle bin of a host whose email has a plus sign, by an administrator",
            SandboxAccounts.ADMIN_TOKEN,
            () -> RecordingQuery.builder().from(FROM).to(TO).hostEmail(RequestShape.PLUS_HOST).build(),
            ListingInteractions.parameters("max", "100", "from", FROM.toString(), "to", TO.toString(),
                    "hostEmail", RequestShape.PLUS_HOST, "status", "deleted"),
            ProviderStates.HOST_HAS_DELETED_RECORDINGS,
            Map.of(ProviderStates.HOST_EMAIL, RequestShape.PLUS_HOST, ProviderStates.SITE, SandboxAccounts.SITE,
                    ProviderStates.COUNT, 1),
            ExampleRecordings.BOARD_MEETING);

    private final String summary;
    private final String token;
    private final Supplier<RecordingQuery> query;
    private final Map<String, String> parameters;
    private final String providerState;
    private final Map<String, Object> providerStateParams;
    private final ListedRecording example;

    ListingShape(String summary, String token, Supplier<RecordingQuery> query, Map<String, String> parameters,
                 String providerState, Map<String, Object> providerStateParams, ListedRecording example) {
        this.summary = summary;
        this.token = token;
        this.query = query;
        this.parameters = parameters;
        this.providerState = providerState;
        this.providerStateParams = providerStateParams;
        this.example = example;
    }

    /** The interaction's description, unique in the pact. */
    String description() {
        return "a listing of " + summary;
    }

    /** The access token the caller configures (a sandbox token). */
    String token() {
        return token;
    }

    /** The query, as a caller builds it. */
    RecordingQuery query() {
        return query.get();
    }

    /** The path the client must call for {@link #query()}. */
    String path() {
        return ListingInteractions.path(query().listing());
    }

    /** The query parameters the client must send for {@link #query()}, exactly, in the order it sends them. */
    Map<String, String> parameters() {
        return parameters;
    }

    String providerState() {
        return providerState;
    }

    /** What the provider needs to set the state up: whose recordings, where, how many, matching what. */
    Map<String, Object> providerStateParams() {
        return providerStateParams;
    }

    /** The recording the page shows, as the client must report it. */
    ListedRecording example() {
        return example;
    }
}
