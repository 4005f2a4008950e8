package io.github.wxrestore.cli.internal;

import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.BulkProgressListener;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.HumanText;
import io.github.wxrestore.client.RetryReason;

import java.io.PrintWriter;
import java.time.Duration;

/** Progress as plain lines, one per call and per retry, for logs and pipes. Thread-safe. */
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
        String what = o.call().selection().isAll() ? "everything" : String.valueOf(o.recordingIds().size());
        if (o.restored()) {
            out.println(Texts.call(o.number(), calls) + ": " + what + " restored (" + o.status()
                    + ", trackingId " + o.trackingId() + ")");
        } else if (o.presumedRestored()) {
            out.println(Texts.call(o.number(), calls) + ": " + what + " presumed restored (" + o.status()
                    + " after an attempt whose answer was lost: no longer in the recycle bin)");
        } else {
            out.println(Texts.call(o.number(), calls) + ": " + what + " failed: " + Texts.failure(o));
        }
    }

    @Override
    public synchronized void retryScheduled(PlannedCall call, AttemptAnswer answer, Duration wait,
                                            RetryReason reason) {
        out.println("call " + call.number() + "/" + calls + ": " + (answer.status() == 0 ? "no answer"
                : "got " + answer.status()) + (reason.pacesEveryCall() ? ", every call waits " : ", it waits ")
                + HumanText.duration(wait) + " before the next attempt");
    }
}
