package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxUser;

import java.util.Optional;

/** {@code POST /v1/recordings/restore}: the order of its checks ({@link #decide}), then {@link RestoreSemantics}. */
final class RestoreEndpoint implements Endpoint {

    // the provider's own spelling of the path: the sandbox shares no code with the client (SandboxIndependenceTest)
    static final String PATH = "/v1/recordings/restore";
    private static final String METHOD = "POST";

    private final ScriptedReplies scripted;
    private final FaultEngine faults;
    private final RecycleBins bins;
    private final RestoreSemantics semantics;

    RestoreEndpoint(ScriptedReplies scripted, FaultEngine faults, RecycleBins bins, RestoreSemantics semantics) {
        this.scripted = scripted;
        this.faults = faults;
        this.bins = bins;
        this.semantics = semantics;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String method() {
        return METHOD;
    }

    /**
     * Which check answers first, the one place it is written for this path (WebexSandbox's javadoc points here):
     * the IDs a POST names are counted whatever comes next; a scripted reply, when one is queued, answers whatever
     * the request holds; a method other than POST gets 405 with {@code Allow: POST}; then the faults; then the
     * documented checks, in the order {@link RestoreSemantics} gives.
     */
    @Override
    public Reply decide(Incoming in, Optional<SandboxUser> caller) {
        BodyParser.Parsed parsed = METHOD.equals(in.method()) ? BodyParser.parse(in.body()) : null;
        if (parsed != null) {
            bins.countNamed(parsed.namedIds());
        }
        Optional<Reply> script = scripted.poll();
        if (script.isPresent()) {
            return Refusals.scripted(script.get(), METHOD);
        }
        if (parsed == null) {
            return Refusals.methodNotAllowed(in.method(), PATH, METHOD);
        }
        Optional<Reply> fault = faults.before();
        if (fault.isPresent()) {
            return fault.get();
        }
        return semantics.answer(in, caller, parsed);
    }
}
