package io.github.wxrestore.cli.internal;

import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.BulkProgressListener;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.client.HumanText;

import java.io.PrintWriter;
import java.time.Duration;

/** Progress as plain lines, one per call and pause, for logs and pipes. Thread-safe. */
public final class PlainProgress implements BulkProgressListener {

    private final PrintWriter out;
    private final String target;
    private int calls;

    public PlainProgress(PrintWriter out, String target) {
        this.out = out;
        this.target = target;
    }

    @Override
    public synchronized void started(BulkPlan plan) {
        calls = plan.calls().size();
        out.println(Texts.startLine(plan, target));
    }

    @Override
    public synchronized void callFinished(CallOutcome o) {
        String what = o.isRestoreAll() ? "everything" : String.valueOf(o.recordingIds().size());
        if (o.isRestored()) {
            out.println("call " + o.number() + "/" + calls + ": " + what + " restored (" + o.status()
                    + ", trackingId " + o.trackingId().orElse("-") + ")");
        } else {
            out.println("call " + o.number() + "/" + calls + ": " + what + " failed: " + Texts.failure(o));
        }
    }

    @Override
    public synchronized void paused(int callNumber, int status, Duration wait) {
        out.println("call " + callNumber + "/" + calls + ": " + (status == 0 ? "no answer" : "got " + status)
                + ", every call waits " + HumanText.duration(wait) + " before the next attempt");
    }
}
