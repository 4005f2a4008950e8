package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.RecordedRequest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent requests, oldest first, at most {@code capacity} (so a long-running sandbox stays small). */
final class RequestLog {

    private final int capacity;
    private final Deque<RecordedRequest> entries = new ArrayDeque<>();

    RequestLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(RecordedRequest request) {
        if (capacity == 0) {
            return;
        }
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(request);
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        entries.clear();
    }
}
