package io.github.wxrestore.cli.internal;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * While a restore runs: the first SIGINT, SIGTERM or SIGHUP asks it to stop (no new call starts, calls in flight
 * finish and are journaled, the summary is printed, and the exit code is 128 + the signal's number, as a shell
 * reports it); a second one ends the process at once. The JVM's own handlers would end it at the first, with no
 * summary, and send the calls in flight again on resume. {@code sun.misc.Signal} (module {@code jdk.unsupported})
 * is the JDK's only way to handle a signal without shutting down. A signal the platform lacks or the process
 * ignores (HUP under {@code nohup}) is left as it is. Thread-safe.
 */
public final class StopOnSignal implements AutoCloseable {

    private static final Map<String, Integer> SIGNALS = new LinkedHashMap<>();

    static {
        SIGNALS.put("INT", 2);
        SIGNALS.put("TERM", 15);
        SIGNALS.put("HUP", 1);
    }

    private final PrintWriter err;
    private final String inFlight;
    private final AtomicReference<String> received = new AtomicReference<>();
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private StopOnSignal(PrintWriter err, String inFlight) {
        this.err = err;
        this.inFlight = inFlight;
    }

    /**
     * Takes over the signals until {@link #close()}; {@code inFlight} says how long the calls in flight may take
     * (for the line printed at the first signal).
     */
    public static StopOnSignal install(PrintWriter err, String inFlight) {
        StopOnSignal stop = new StopOnSignal(err, inFlight);
        for (String name : SIGNALS.keySet()) {
            try {
                Signal signal = new Signal(name);
                stop.previous.put(signal, Signal.handle(signal, stop::handle));
            } catch (IllegalArgumentException e) {
                // not on this platform (HUP on Windows), or taken by the JVM or ignored: leave it be
            }
        }
        return stop;
    }

    /** Handles nothing: for a run in a process whose signals are not ours (tests). */
    public static StopOnSignal none() {
        return new StopOnSignal(null, "");
    }

    /** True once a signal asked the run to stop. */
    public boolean requested() {
        return received.get() != null;
    }

    /** The signal that asked the run to stop, such as {@code SIGINT}; null when none did. */
    public String signal() {
        String name = received.get();
        return name == null ? null : "SIG" + name;
    }

    /** 128 + the number of the signal that asked the run to stop (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). */
    public int exitCode() {
        return 128 + SIGNALS.get(received.get());
    }

    private void handle(Signal signal) {
        if (received.compareAndSet(null, signal.getName())) {
            err.println("Stopping (SIG" + signal.getName() + "): no new call starts; the calls in flight finish ("
                    + inFlight + ") and are journaled. Send it again to stop at once.");
            return;
        }
        err.println("Stopped at once (SIG" + signal.getName() + " again): the answers of the calls in flight are "
                + "lost; a resume with the journal sends those calls again.");
        err.flush();
        Runtime.getRuntime().halt(128 + SIGNALS.get(signal.getName()));
    }

    /** Gives the signals back to the handlers that had them. */
    @Override
    public void close() {
        previous.forEach(Signal::handle);
        previous.clear();
    }
}
