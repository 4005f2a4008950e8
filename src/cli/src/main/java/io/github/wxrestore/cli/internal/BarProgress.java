package io.github.wxrestore.cli.internal;

import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.BulkProgressListener;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.HumanText;
import io.github.wxrestore.client.RetryReason;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A progress bar (me.tongfei:progressbar) on the error stream of a terminal, counting recordings; a pause shows
 * in its message. Thread-safe.
 */
public final class BarProgress implements BulkProgressListener, AutoCloseable {

    private static final int WIDTH = 100;

    private final PrintWriter err;
    private final String target;
    private ProgressBar bar;
    private int failedCalls;

    public BarProgress(PrintWriter err, String target) {
        this.err = err;
        this.target = target;
    }

    @Override
    public synchronized void started(BulkPlan plan) {
        err.println(Texts.startLine(plan, target));
        long max = plan.selection().isAll() ? 1 : plan.pendingIds();
        bar = new ProgressBarBuilder().setTaskName("Restoring").setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setUnit(plan.selection().isAll() ? " call" : " rec", 1).setUpdateIntervalMillis(200)
                .setConsumer(new WriterConsumer(err)).build();
    }

    @Override
    public synchronized void callFinished(CallOutcome o) {
        if (bar == null) {
            return;
        }
        bar.stepBy(o.call().selection().isAll() ? 1 : o.recordingIds().size());
        if (!o.restored() && !o.presumedRestored()) {
            failedCalls++;
        }
        bar.setExtraMessage(failedCalls == 0 ? "" : Ids.plural(failedCalls, "failed call"));
    }

    @Override
    public synchronized void retryScheduled(PlannedCall call, AttemptAnswer answer, Duration wait,
                                            RetryReason reason) {
        if (bar != null && reason.pacesEveryCall()) {
            bar.setExtraMessage("paused " + HumanText.duration(wait) + " (" + (answer.status() == 0 ? "no answer"
                    : answer.status()) + ")");
        }
    }

    @Override
    public synchronized void pausedByGate(PlannedCall call, Duration wait) {
        if (bar != null) {
            bar.setExtraMessage("paused " + HumanText.duration(wait) + " (another call was asked to wait)");
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    // draws on our own writer: no terminal library probing the console
    private static final class WriterConsumer implements ProgressBarConsumer {
        private final PrintWriter err;

        WriterConsumer(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int getMaxRenderedLength() {
            return WIDTH;
        }

        @Override
        public void accept(String rendered) {
            err.print('\r');
            err.print(rendered);
            err.flush();
        }

        @Override
        public void close() {
            err.println();
            err.flush();
        }
    }
}
