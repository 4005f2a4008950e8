package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxUser;

import java.util.Optional;

/** One documented operation: the path and method it answers, and its answer to any request for that path. */
interface Endpoint {

    /** The path, such as {@code /v1/recordings/restore}. */
    String path();

    /** The one method it takes, such as {@code POST}. */
    String method();

    /**
     * The answer to a request for {@link #path()}, whatever its method; {@code caller} is the user whose token was
     * sent, if the token is known.
     */
    Reply decide(Incoming in, Optional<SandboxUser> caller);
}
