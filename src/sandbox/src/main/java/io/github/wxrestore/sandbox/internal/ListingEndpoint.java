package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxUser;

import java.util.Optional;

/**
 * {@code GET /v1/recordings} (listRecordings) or {@code GET /v1/admin/recordings}
 * (listRecordingsForAdminOrComplianceOfficer): the order of its checks ({@link #decide}), then
 * {@link ListingSemantics}.
 */
final class ListingEndpoint implements Endpoint {

    static final String USER_PATH = "/v1/recordings";
    static final String ADMIN_PATH = "/v1/admin/recordings";
    private static final String METHOD = "GET";

    private final String path;
    private final boolean adminListing;
    private final ScriptedReplies scripted;
    private final FaultEngine faults;
    private final ListingSemantics semantics;

    private ListingEndpoint(String path, boolean adminListing, ScriptedReplies scripted, FaultEngine faults,
                            ListingSemantics semantics) {
        this.path = path;
        this.adminListing = adminListing;
        this.scripted = scripted;
        this.faults = faults;
        this.semantics = semantics;
    }

    /** The user listing, {@code GET /v1/recordings}. */
    static ListingEndpoint userListing(ScriptedReplies scripted, FaultEngine faults, ListingSemantics semantics) {
        return new ListingEndpoint(USER_PATH, false, scripted, faults, semantics);
    }

    /** The admin listing, {@code GET /v1/admin/recordings}. */
    static ListingEndpoint adminListing(ScriptedReplies scripted, FaultEngine faults, ListingSemantics semantics) {
        return new ListingEndpoint(ADMIN_PATH, true, scripted, faults, semantics);
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String method() {
        return METHOD;
    }

    /**
     * Which check answers first, the one place it is written for this path (WebexSandbox's javadoc points here):
     * a scripted reply, when one is queued, answers whatever the request holds (a scripted 200 is an empty page);
     * a method other than GET gets 405 with {@code Allow: GET}; then the faults (a lock concerns restores only);
     * then the documented checks, in the order {@link ListingSemantics} gives.
     */
    @Override
    public Reply decide(Incoming in, Optional<SandboxUser> caller) {
        Optional<Reply> script = scripted.poll();
        if (script.isPresent()) {
            Reply reply = script.get();
            return reply.status() == 200 && reply.body() == Reply.Body.EMPTY_OBJECT
                    ? Reply.json(ListingPage.empty()) : Refusals.scripted(reply, METHOD);
        }
        if (!METHOD.equals(in.method())) {
            return Refusals.methodNotAllowed(in.method(), path, METHOD);
        }
        Optional<Reply> fault = faults.before();
        if (fault.isPresent()) {
            return fault.get();
        }
        return semantics.answer(in, caller, adminListing);
    }
}
