package io.github.wxrestore.sandbox.internal;

import java.util.List;

/** The refusals every endpoint words alike: a missing or unknown token, broken rules, another method. */
final class Refusals {

    private Refusals() {
    }

    /** 401, saying what is wrong with the {@code Authorization} header (null if none was sent). */
    static Reply unauthorized(String authorization) {
        String why = authorization == null ? "No Authorization header was sent."
                : Credentials.bearerToken(authorization).isEmpty() ? "The Authorization header is not 'Bearer <token>'."
                : "The access token is not valid.";
        return Reply.error(401, DocumentedStatus.UNAUTHORIZED.message(), List.of(why));
    }

    /** 400 with each broken rule in {@code errors[]}. */
    static Reply badRequest(List<String> problems) {
        // Webex puts the first problem in the message and each one in errors[]
        return Reply.error(400, problems.get(0), problems);
    }

    /** 405 for {@code method} on {@code path}, which takes {@code allowed} only. */
    static Reply methodNotAllowed(String method, String path, String allowed) {
        return Reply.error(405, DocumentedStatus.METHOD_NOT_ALLOWED.message(), List.of(
                method + " is not allowed on " + path + "; use " + allowed + ".")).withHeader("Allow", allowed);
    }

    /** A scripted reply as sent on a path that takes {@code allowed} only: a 405 names it in {@code Allow}. */
    static Reply scripted(Reply reply, String allowed) {
        return reply.status() == 405 ? reply.withHeader("Allow", allowed) : reply;
    }
}
