package io.github.wxrestore.client.internal;

import java.io.IOException;
import java.net.http.HttpHeaders;

/** What one attempt produced: a response, an I/O failure, or nothing sent because the request could not be built. */
public sealed interface ExchangeResult {

    /** A status line arrived; {@code body} is bounded, the headers are as received. */
    record Received(int status, HttpHeaders headers, BoundedBody body) implements ExchangeResult {
    }

    /** The connection, the request or the response failed; {@code timeout} when a time limit expired. */
    record Failed(IOException cause, boolean timeout) implements ExchangeResult {
    }

    /** Nothing went on the wire (the body could not be serialized, for example). */
    record NotSent(Throwable cause) implements ExchangeResult {
    }
}
