package io.github.wxrestore.client.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Collects at most {@code limit} bytes of a response body, then cancels the rest (a 10 MB error page costs
 * 64 KiB), asking for one chunk at a time. {@link #abort()} cancels from another thread when the attempt's
 * deadline passes. Signals arrive one at a time (Flow contract); abort may race with them, hence the atomics.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<BoundedBody> {

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<BoundedBody> body = new CompletableFuture<>();
    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private final AtomicBoolean aborted = new AtomicBoolean();

    BoundedBodySubscriber(int limit) {
        this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        if (aborted.get() || !subscription.compareAndSet(null, s)) {
            s.cancel();
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        boolean more = false;
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(limit - bytes.size(), buffer.remaining());
            byte[] chunk = new byte[take];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
            more |= buffer.hasRemaining();
        }
        if (more) {
            subscription.get().cancel();
            body.complete(new BoundedBody(bytes.toByteArray(), true));
        } else if (!aborted.get()) {
            subscription.get().request(1);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(new BoundedBody(bytes.toByteArray(), false));
    }

    @Override
    public CompletionStage<BoundedBody> getBody() {
        return body;
    }

    /** Stops reading: the connection is dropped rather than drained. */
    void abort() {
        aborted.set(true);
        Flow.Subscription s = subscription.get();
        if (s != null) {
            s.cancel();
        }
    }
}
