package io.github.wxrestore.contract;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one table of request shapes the consumer pins, each answered 204 by a provider that has the named
 * recordings in the named recycle bin: what the caller asks the client for, and the exact JSON body the client
 * must send for it. The tokens are the sandbox's, so the provider verification can replay the requests as they
 * are.
 */
enum RequestShape {
    IDS_ONLY("recording IDs on the caller's preferred site",
            SandboxAccounts.ANN_TOKEN, null, SandboxAccounts.SITE, SandboxAccounts.ANN, List.of(Ids.ANN_1, Ids.ANN_2),
            () -> new RestoreRecordingsRequest().recordingIds(List.of(Ids.ANN_1, Ids.ANN_2)),
            "{\"restoreAll\":false,\"recordingIds\":[\"" + Ids.ANN_1 + "\",\"" + Ids.ANN_2 + "\"]}"),
    IDS_WITH_SITE_URL("recording IDs on a named site",
            SandboxAccounts.ANN_TOKEN, null, SandboxAccounts.EU_SITE, SandboxAccounts.ANN, List.of(Ids.ANN_EU),
            () -> new RestoreRecordingsRequest().recordingIds(List.of(Ids.ANN_EU)).siteUrl(SandboxAccounts.EU_SITE),
            "{\"restoreAll\":false,\"recordingIds\":[\"" + Ids.ANN_EU + "\"],\"siteUrl\":\"example-eu.webex.com\"}"),
    RESTORE_ALL("everything in the caller's recycle bin",
            SandboxAccounts.ANN_TOKEN, null, SandboxAccounts.SITE, SandboxAccounts.ANN, List.of(Ids.ANN_3),
            () -> new RestoreRecordingsRequest().restoreAll(true),
            "{\"restoreAll\":true}"),
    RESTORE_ALL_FOR_HOST("everything in another host's recycle bin, by an administrator",
            SandboxAccounts.ADMIN_TOKEN, SandboxAccounts.ANN, SandboxAccounts.SITE, SandboxAccounts.ANN,
            List.of(Ids.ANN_4),
            () -> new RestoreRecordingsRequest().restoreAll(true),
            "{\"restoreAll\":true}"),
    IDS_FOR_HOST("recording IDs of a host whose email has a plus sign, by an administrator",
            SandboxAccounts.ADMIN_TOKEN, RequestShape.PLUS_HOST, SandboxAccounts.SITE, RequestShape.PLUS_HOST,
            List.of(Ids.PLUS_HOST_1),
            () -> new RestoreRecordingsRequest().recordingIds(List.of(Ids.PLUS_HOST_1)),
            "{\"restoreAll\":false,\"recordingIds\":[\"" + Ids.PLUS_HOST_1 + "\"]}");

    /** A host whose email must reach the server intact: a raw '+' in a query string reads as a space. */
    static final String PLUS_HOST = "dana+archive@example.com";

    private final String summary;
    private final String token;
    private final String hostEmail;
    private final String binSite;
    private final String binHost;
    private final List<String> binIds;
    private final Supplier<RestoreRecordingsRequest> body;
    private final String json;

    RequestShape(String summary, String token, String hostEmail, String binSite, String binHost, List<String> binIds,
                 Supplier<RestoreRecordingsRequest> body, String json) {
        this.summary = summary;
        this.token = token;
        this.hostEmail = hostEmail;
        this.binSite = binSite;
        this.binHost = binHost;
        this.binIds = binIds;
        this.body = body;
        this.json = json;
    }

    /** The interaction's description, unique in the pact. */
    String description() {
        return "a restore of " + summary;
    }

    /** The access token the caller configures (a sandbox token). */
    String token() {
        return token;
    }

    /** The {@code hostEmail} query parameter, when the shape has one. */
    Optional<String> hostEmail() {
        return Optional.ofNullable(hostEmail);
    }

    /** A fresh request body, as a caller builds it. */
    RestoreRecordingsRequest body() {
        return body.get();
    }

    /** The JSON the client must send for {@link #body()}, exactly. */
    String json() {
        return json;
    }

    /** What the provider needs to set the state up: which recordings go in which host's bin on which site. */
    Map<String, Object> providerStateParams() {
        return Map.of(ProviderStates.HOST_EMAIL, binHost, ProviderStates.SITE, binSite,
                ProviderStates.RECORDING_IDS, binIds);
    }

    /** Recording IDs the provider states put in the bins, one set per shape. */
    private static final class Ids {
        static final String ANN_1 = "4f914b1dfe3c4d11a61730f18c0f5387";
        static final String ANN_2 = "9a1e3e5c8bd44f8a9a0c5d2b7e6f1a20";
        static final String ANN_3 = "c1d2e3f4a5b64c7d8e9fa0b1c2d3e4f5";
        static final String ANN_4 = "d4e5f6a7b8c94d0e1f2a3b4c5d6e7f80";
        static final String ANN_EU = "0b7c2d4e6f8a4b1c9d3e5f7a9b1c3d5e";
        static final String PLUS_HOST_1 = "e7f8a9b0c1d24e3f4a5b6c7d8e9f0a1b";

        private Ids() {
        }
    }
}
