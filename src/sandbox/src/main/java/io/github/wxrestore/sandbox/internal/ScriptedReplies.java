package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.ScriptedReply;

import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Replies queued for the next requests, one each, in order, whichever endpoint they reach (each endpoint names
 * its own method in a 405's {@code Allow}); thread-safe.
 */
final class ScriptedReplies {

    private final Queue<Reply> queue = new ConcurrentLinkedQueue<>();

    void add(List<ScriptedReply> replies) {
        replies.forEach(r -> queue.add(toReply(r)));
    }

    Optional<Reply> poll() {
        return Optional.ofNullable(queue.poll());
    }

    int pending() {
        return queue.size();
    }

    void clear() {
        queue.clear();
    }

    static Reply toReply(ScriptedReply scripted) {
        DocumentedStatus status = DocumentedStatus.require(scripted.statusCode());
        Reply reply;
        if (scripted.isHtmlGatewayPage()) {
            reply = Reply.htmlGatewayPage(status.code());
        } else {
            reply = status.isSuccess() ? Reply.success(status.code()) : Reply.error(status);
            if (!scripted.hasBody()) {
                reply = reply.withoutBody();
            }
        }
        if (scripted.retryAfter().isPresent()) {
            reply = reply.withHeader("Retry-After", scripted.retryAfter().get());
        }
        return reply;
    }
}
