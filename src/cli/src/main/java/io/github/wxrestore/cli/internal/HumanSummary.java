package io.github.wxrestore.cli.internal;

import io.github.wxrestore.bulk.BadId;
import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.BulkReport;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.bulk.RecordingOwner;
import io.github.wxrestore.client.HumanText;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The end of a run, or a dry run's calls, for a person. Stateless. */
public final class HumanSummary {

    private static final int MAX_DESCRIPTIONS = 3;
    private static final int MAX_BAD_IDS = 20;

    private HumanSummary() {
    }

    /** {@code signal}: the signal that stopped the run, such as {@code SIGINT}, or null. */
    public static void printReport(PrintWriter out, BulkReport r, Path journal, String signal, PresumedCheck evidence) {
        if (r.selection().isAll()) {
            out.println(r.restoreAllDone() ? "Restored everything in the recycle bin" + (r.calls() == 0
                    ? " (done before, according to the journal)." : ".") : "The restore-all call failed.");
        } else {
            out.println("Restored " + r.restored() + " of " + Ids.plural(r.unique(), "recording") + " ("
                    + r.requested() + " requested, " + Ids.plural(r.duplicates(), "duplicate") + " removed"
                    + (r.alreadyRestored() > 0 ? ", " + r.alreadyRestored() + " already restored before" : "") + ").");
        }
        if (r.presumedRestored() > 0) {
            out.println("Presumed restored: " + Ids.plural(r.presumedRestored(), "recording") + " (" + Ids.summary(
                    r.presumedRestoredIds()) + "): an earlier attempt got no answer, and Webex now says they are not "
                    + "in the recycle bin, so that attempt most likely restored them.");
            if (evidence.problem() != null) {
                out.println("Not confirmed by the listing, which failed: " + evidence.problem());
            } else if (evidence.checked()) {
                int others = r.presumedRestored() - evidence.confirmed().size();
                out.println("Confirmed by the listing: " + evidence.confirmed().size() + " of them listed as available"
                        + " now" + (others == 0 ? "." : "; " + others + " not listed there (made before the range "
                        + "listed, of another host, or not restored): they stay presumed."));
            }
        }
        out.println(Ids.plural(r.calls(), "call") + ", " + Ids.count(r.retries(), "retry", "retries")
                + ", " + HumanText.duration(r.serverWait()) + " waiting on the server, "
                + HumanText.duration(r.elapsed()) + " from the first call to the last.");
        if (!r.failed().isEmpty()) {
            out.println(Ids.plural(r.failed().size(), "call") + " failed:");
            for (CallOutcome f : r.failed()) {
                String call = f.number() <= r.plan().calls().size() ? "call " + f.number()
                        : "part " + f.number() + " of a split call";
                out.println("  " + call + " (" + Ids.summary(f.recordingIds()) + "): " + Texts.failure(f));
                f.descriptions().stream().filter(d -> !d.equals(f.message())).limit(MAX_DESCRIPTIONS)
                        .forEach(d -> out.println("      " + Texts.oneLine(d)));
                if (f.mayHaveBeenApplied()) {
                    out.println("      an attempt got no definite answer: Webex may have restored them anyway");
                }
            }
        }
        List<BadId> before = r.plan().knownBadIds();
        if (!before.isEmpty()) {
            out.println("Not sent again: " + Ids.plural(before.size(), "bad ID") + " an earlier run found ("
                    + "--retry-bad-ids sends them):");
            before.stream().limit(MAX_BAD_IDS).forEach(b -> out.println("  " + b.recordingId() + ": " + b.status()
                    + ": " + Texts.oneLine(b.description()) + " (run " + b.run() + ")"));
            if (before.size() > MAX_BAD_IDS) {
                out.println("  ... and " + (before.size() - MAX_BAD_IDS) + " more (--json lists them all)");
            }
        }
        if (!r.notAttempted().isEmpty()) {
            out.println("Not attempted: " + Ids.plural(r.notAttempted().size(), "recording")
                    + (r.stoppedBy() != null ? " (the run stopped after a 401/403: check the token and its "
                    + "scopes)" : signal != null ? " (the run was stopped by " + signal + ")"
                    : " (the run was interrupted)") + ".");
        }
        if (r.status() != BulkReport.Status.OK) {
            out.println(nextStep(r, journal));
        }
    }

    // what running again would do: bad IDs stay out of a resume, everything else not restored goes out again
    private static String nextStep(BulkReport r, Path journal) {
        if (journal == null) {
            return "Add --journal FILE to a run so that running it again skips what is done.";
        }
        boolean onlyBadIds = r.notAttempted().isEmpty() && r.failed().size() == r.badIds().size()
                - r.plan().knownBadIds().size();
        if (!r.badIds().isEmpty() && onlyBadIds) {
            return "What is not restored is " + Ids.plural(r.badIds().size(), "bad ID") + " (check them: restored "
                    + "already, purged or mistyped?); running again with the journal " + journal + " leaves them "
                    + "out, unless --retry-bad-ids.";
        }
        return "Run the same command again to retry what is not restored: the journal " + journal + " keeps what "
                + "is done" + (r.badIds().isEmpty() ? "" : " and the bad IDs") + " from being sent again.";
    }

    public static void printPlan(PrintWriter out, BulkPlan plan, String target, boolean everyId) {
        out.println("Dry run: nothing is sent.");
        if (plan.selection().isAll()) {
            out.println(plan.restoreAllDone() ? "Nothing to do: the journal says everything was restored before."
                    : "Would restore everything in the recycle bin" + scope(plan) + " in 1 call to " + target + ".");
        } else {
            out.println("Would restore " + Ids.plural(plan.pendingIds(), "recording") + scope(plan) + " in "
                    + Ids.plural(plan.calls().size(), "call") + " to " + target + " (" + plan.requested() + " requested, "
                    + Ids.plural(plan.duplicates(), "duplicate") + " removed"
                    + (plan.alreadyRestored() > 0 ? ", " + plan.alreadyRestored() + " already restored according to "
                    + "the journal" : "") + (plan.presumedRestored() > 0 ? ", " + plan.presumedRestored()
                    + " presumed restored" : "") + (plan.knownBadIds().isEmpty() ? "" : ", "
                    + Ids.plural(plan.knownBadIds().size(), "bad ID") + " left out (--retry-bad-ids sends them)")
                    + "):");
        }
        boolean grouped = plan.callsByOwner().size() > 1;
        for (PlannedCall call : plan.calls()) {
            if (call.selection().isAll()) {
                continue;
            }
            out.println("  call " + call.number() + ": " + (everyId ? call.recordingIds().size() + " IDs: "
                    + String.join(",", call.recordingIds()) : Ids.summary(call.recordingIds()))
                    + (grouped ? " for " + call.owner() : "")
                    + (call.mayHaveBeenApplied() ? " (may have been applied before: sent without a definite answer)"
                    : ""));
        }
    }

    private static String scope(BulkPlan plan) {
        int owners = plan.callsByOwner().size();
        if (owners > 1) {
            return " of " + owners + " hosts and sites";
        }
        // one owner: the site and host its calls name (a run's rows may name another than its options)
        RecordingOwner only = owners == 1 ? plan.callsByOwner().keySet().iterator().next() : null;
        String site = only != null ? only.siteUrl() : plan.siteUrl();
        String host = only != null ? only.hostEmail() : plan.hostEmail();
        return " of " + (host == null ? "the token's user" : host) + " on "
                + (site == null ? "the preferred site" : site);
    }
}
