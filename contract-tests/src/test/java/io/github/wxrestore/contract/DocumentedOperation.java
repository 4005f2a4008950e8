package io.github.wxrestore.contract;

import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.sandbox.SandboxAccounts;

import java.util.Map;
import java.util.Set;

import static io.github.wxrestore.contract.ProviderStates.*;

/**
 * The spec's operations that {@link DocumentedStatusPactTest} plays the documented responses through: which rows
 * of {@link DocumentedResponse} each declares, the words of its interactions, the caller, and the provider state
 * of each answer.
 */
enum DocumentedOperation {
    RESTORE(null, SandboxAccounts.ANN_TOKEN),
    USER_LISTING(RecordingQuery.Listing.USER, SandboxAccounts.ANN_TOKEN),
    ADMIN_LISTING(RecordingQuery.Listing.ADMIN, SandboxAccounts.ADMIN_TOKEN);

    /** "the table's 201, 202 and 204 do not apply to a listing" (api-spec/, both listings). */
    private static final Set<Integer> NOT_ON_A_LISTING = Set.of(201, 202, 204);
    /** How many recordings the provider holds for a listing's 200: one makes a page. */
    private static final int PAGE_RECORDINGS = 1;

    private final RecordingQuery.Listing listing;
    private final String token;

    DocumentedOperation(RecordingQuery.Listing listing, String token) {
        this.listing = listing;
        this.token = token;
    }

    /** The listing this operation is; null for the restore. */
    RecordingQuery.Listing listing() {
        return listing;
    }

    /** The access token of the caller (a sandbox token): an administrator for the admin listing. */
    String token() {
        return token;
    }

    /** True when the spec lists this row's status for this operation. */
    boolean declares(DocumentedResponse row) {
        return this == RESTORE || !NOT_ON_A_LISTING.contains(row.status());
    }

    /**
     * The interaction's description, unique in the pact: "an admin listing of a site's recycle bins answered 429
     * with Retry-After 12".
     */
    String description(DocumentedResponse row) {
        return switch (this) {
            case RESTORE -> row.description();
            case USER_LISTING -> "a listing of the caller's recycle bin answered " + listingAnswer(row);
            case ADMIN_LISTING -> "an admin listing of a site's recycle bins answered " + listingAnswer(row);
        };
    }

    private static String listingAnswer(DocumentedResponse row) {
        return row.isSuccess() ? row.status() + " with a page of recordings" : row.answer();
    }

    /** A restore's answers and a listing's errors are scripted; a listing's 200 lists what the provider holds. */
    String providerState(DocumentedResponse row) {
        if (this == RESTORE) {
            return row.providerState();
        }
        if (!row.isSuccess()) {
            return row.listingProviderState();
        }
        return this == USER_LISTING ? HOST_HAS_DELETED_RECORDINGS : SITE_HAS_DELETED_RECORDINGS;
    }

    Map<String, Object> providerStateParams(DocumentedResponse row) {
        if (this == RESTORE || !row.isSuccess()) {
            return row.providerStateParams();
        }
        return this == USER_LISTING
                ? Map.of(HOST_EMAIL, SandboxAccounts.ANN, SITE, SandboxAccounts.SITE, COUNT, PAGE_RECORDINGS)
                : Map.of(SITE, SandboxAccounts.SITE, COUNT, PAGE_RECORDINGS);
    }
}
