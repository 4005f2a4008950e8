package io.github.wxrestore.bulk;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a bulk run: what was asked, what is restored (in this run, or before it according to the
 * journal), each failed call with its IDs, status, tracking ID and Webex message, the IDs not sent because the
 * run stopped, and what it cost: calls, retries, time the server made every worker wait. Immutable.
 */
public final class BulkReport {

    /** How the run ended, as a whole. */
    public enum Status {
        /** Every ID is restored (or the restore-all call succeeded). */
        OK,
        /** Some IDs are restored and some are not. */
        PARTIAL,
        /** Nothing is restored. */
        FAILED
    }

    private final int requested;
    private final int unique;
    private final boolean restoreAll;
    private final List<String> restoredIds;
    private final boolean restoreAllDone;
    private final int alreadyRestored;
    private final List<CallOutcome> failed;
    private final List<String> notAttempted;
    private final int calls;
    private final int attempts;
    private final Duration serverWait;
    private final Duration elapsed;
    private final FailureKind stoppedBy;
    private final boolean journalRecovered;
    private final boolean interrupted;

    private BulkReport(Builder b) {
        this.requested = b.requested;
        this.unique = b.unique;
        this.restoreAll = b.restoreAll;
        this.restoredIds = List.copyOf(b.restoredIds);
        this.restoreAllDone = b.restoreAllDone;
        this.alreadyRestored = b.alreadyRestored;
        this.failed = List.copyOf(b.failed);
        this.notAttempted = List.copyOf(b.notAttempted);
        this.calls = b.calls;
        this.attempts = b.attempts;
        this.serverWait = Objects.requireNonNull(b.serverWait, "serverWait");
        this.elapsed = Objects.requireNonNull(b.elapsed, "elapsed");
        this.stoppedBy = b.stoppedBy;
        this.journalRecovered = b.journalRecovered;
        this.interrupted = b.interrupted;
    }

    /** For the bulk package's own use; a caller only reads reports. */
    public static Builder builder() {
        return new Builder();
    }

    /** OK, PARTIAL or FAILED; see {@link Status}. */
    public Status status() {
        boolean nothingLeft = failed.isEmpty() && notAttempted.isEmpty();
        if (restoreAll) {
            return restoreAllDone ? Status.OK : Status.FAILED;
        }
        if (nothingLeft && restoredIds.size() == unique) {
            return Status.OK;
        }
        return restoredIds.isEmpty() ? Status.FAILED : Status.PARTIAL;
    }

    /** IDs given, duplicates included; 0 for restore-all. */
    public int requested() {
        return requested;
    }

    /** Distinct IDs given. */
    public int unique() {
        return unique;
    }

    /** Duplicates removed from the input. */
    public int duplicates() {
        return requested - unique;
    }

    /** True for a {@link BulkRestore#restoreAll()} run, whose count of restored recordings the API does not give. */
    public boolean isRestoreAll() {
        return restoreAll;
    }

    /** For restore-all: true when the call succeeded, in this run or (per the journal) an earlier one. */
    public boolean isRestoreAllDone() {
        return restoreAllDone;
    }

    /** Distinct IDs restored, in this run or an earlier one recorded in the journal. */
    public int restored() {
        return restoredIds.size();
    }

    /** The IDs of {@link #restored()}, in input order. */
    public List<String> restoredIds() {
        return restoredIds;
    }

    /** IDs the journal recorded as restored by an earlier run, which this run did not send again. */
    public int alreadyRestored() {
        return alreadyRestored;
    }

    /** Every call of this run that failed, in call order. */
    public List<CallOutcome> failed() {
        return failed;
    }

    /** IDs never sent because the run stopped ({@link #stoppedBy()}), in input order. */
    public List<String> notAttempted() {
        return notAttempted;
    }

    /** Calls this run sent (each counted once, however many attempts it took). */
    public int calls() {
        return calls;
    }

    /** HTTP requests this run sent, retries included. */
    public int attempts() {
        return attempts;
    }

    /** Requests sent again after a failed attempt ({@code attempts - calls}). */
    public int retries() {
        return attempts - calls;
    }

    /** Wall time during which every worker waited because the server asked (Retry-After) or a retry backed off. */
    public Duration serverWait() {
        return serverWait;
    }

    /** Wall time of the run, from the first call to the last answer. */
    public Duration elapsed() {
        return elapsed;
    }

    /** Why the run stopped before its last call: {@link FailureKind#AUTHORIZATION}; empty when it did not. */
    public Optional<FailureKind> stoppedBy() {
        return Optional.ofNullable(stoppedBy);
    }

    /** True when the journal ended in a torn line (a crash while writing it), which was dropped. */
    public boolean isJournalRecovered() {
        return journalRecovered;
    }

    /** True when the thread running the run was interrupted: calls not started are in {@link #notAttempted()}. */
    public boolean isInterrupted() {
        return interrupted;
    }

    @Override
    public String toString() {
        return "BulkReport{" + status() + ", requested " + requested + ", unique " + unique + ", restored "
                + (restoreAll ? (restoreAllDone ? "all" : "none") : restoredIds.size()) + ", already restored "
                + alreadyRestored + ", failed calls " + failed.size() + ", not attempted " + notAttempted.size()
                + ", calls " + calls + ", retries " + retries() + ", server wait " + serverWait.toMillis() + " ms"
                + (stoppedBy == null ? "" : ", stopped by " + stoppedBy) + "}";
    }

    /** Assembles a {@link BulkReport}; used by the bulk package. Not thread-safe. */
    public static final class Builder {
        private int requested;
        private int unique;
        private boolean restoreAll;
        private List<String> restoredIds = List.of();
        private boolean restoreAllDone;
        private int alreadyRestored;
        private List<CallOutcome> failed = List.of();
        private List<String> notAttempted = List.of();
        private int calls;
        private int attempts;
        private Duration serverWait = Duration.ZERO;
        private Duration elapsed = Duration.ZERO;
        private FailureKind stoppedBy;
        private boolean journalRecovered;
        private boolean interrupted;

        private Builder() {
        }

        public Builder requested(int requested) {
            this.requested = requested;
            return this;
        }

        public Builder unique(int unique) {
            this.unique = unique;
            return this;
        }

        public Builder restoreAll(boolean restoreAll, boolean done) {
            this.restoreAll = restoreAll;
            this.restoreAllDone = done;
            return this;
        }

        public Builder restoredIds(List<String> restoredIds) {
            this.restoredIds = restoredIds;
            return this;
        }

        public Builder alreadyRestored(int alreadyRestored) {
            this.alreadyRestored = alreadyRestored;
            return this;
        }

        public Builder failed(List<CallOutcome> failed) {
            this.failed = failed;
            return this;
        }

        public Builder notAttempted(List<String> notAttempted) {
            this.notAttempted = notAttempted;
            return this;
        }

        public Builder calls(int calls, int attempts) {
            if (attempts < calls) {
                throw new IllegalArgumentException("attempts (" + attempts + ") < calls (" + calls + ")");
            }
            this.calls = calls;
            this.attempts = attempts;
            return this;
        }

        public Builder serverWait(Duration serverWait) {
            this.serverWait = serverWait;
            return this;
        }

        public Builder elapsed(Duration elapsed) {
            this.elapsed = elapsed;
            return this;
        }

        public Builder stoppedBy(FailureKind stoppedBy) {
            this.stoppedBy = stoppedBy;
            return this;
        }

        public Builder journalRecovered(boolean journalRecovered) {
            this.journalRecovered = journalRecovered;
            return this;
        }

        public Builder interrupted(boolean interrupted) {
            this.interrupted = interrupted;
            return this;
        }

        public BulkReport build() {
            return new BulkReport(this);
        }
    }
}
