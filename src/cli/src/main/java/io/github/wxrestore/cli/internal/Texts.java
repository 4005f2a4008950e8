package io.github.wxrestore.cli.internal;

import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.client.HumanText;

/** Sentences shared by the outputs for people. Stateless. */
final class Texts {

    private static final int MAX_MESSAGE_CHARS = 300;

    private Texts() {
    }

    // Restoring 150 recordings in 2 calls, 1 at a time, against ... (100 already restored per the journal)
    static String startLine(BulkPlan plan, String target) {
        String what = plan.selection().isAll() ? "everything in the recycle bin" : Ids.plural(plan.pendingIds(), "recording");
        String line = (plan.calls().isEmpty() ? "Nothing to send" : "Restoring " + what + " in "
                + Ids.plural(plan.calls().size(), "call")) + " against " + target;
        if (plan.alreadyRestored() > 0 || plan.restoreAllDone()) {
            line += " (" + (plan.selection().isAll() ? "done before" : plan.alreadyRestored() + " already restored")
                    + " according to the journal)";
        }
        if (plan.journalRecovered()) {
            line += "; the journal ended in a torn line (a crash while writing), which was dropped";
        }
        return line;
    }

    // "call 2/3", or "part 5" for a part of a call split to isolate bad IDs (numbered after the planned calls)
    static String call(int number, int plannedCalls) {
        return number <= plannedCalls ? "call " + number + "/" + plannedCalls : "part " + number + " of a split call";
    }

    // 404 Not Found: <Webex message> [trackingId X]
    static String failure(CallOutcome o) {
        String status = o.status() == 0 ? "no response" : String.valueOf(o.status());
        String message = o.message() == null ? "" : oneLine(o.message());
        return status + ": " + message + " [trackingId " + (o.trackingId() == null ? "none" : o.trackingId()) + "]";
    }

    // Webex's text on one line, as the client writes it in its own messages
    static String oneLine(String text) {
        return HumanText.oneLine(text, MAX_MESSAGE_CHARS);
    }
}
