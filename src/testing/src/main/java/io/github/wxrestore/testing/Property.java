package io.github.wxrestore.testing;

import org.quicktheories.api.AsString;
import org.quicktheories.api.Pair;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.stream.Collectors;

import static org.quicktheories.QuickTheory.qt;

/**
 * A property test inside an ordinary JUnit 5 {@code @Test} method, run by QuickTheories:
 * <pre>
 * &#64;Test
 * void anIdIsAcceptedOrNamed() {
 *     Property.tries(400).forAll(ids()).check(id -&gt; { ... assertions ... });
 * }
 * </pre>
 * Each try checks one generated value; a failing value is shrunk, and the failure reports it with QuickTheories'
 * seed ("Seed was ..."), which reproduces the run: {@code -DQT_SEED=<seed>}. QuickTheories chooses a new seed
 * on every run and never checks the same generated value twice, so a property over a few values has fewer tries
 * than asked.
 *
 * <p>In the property, {@link #assume} rejects a value (it counts as a try, not as checked), and {@link #collect}
 * counts what the values were, for {@link #coverage} checks and the printed statistics. A property fails, as
 * well as on a failing value, when nothing is checked or more than {@value #MAX_DISCARD_RATIO} tries are
 * rejected per checked one, and when a coverage check fails.
 *
 * <p>At the end, passed or failed, {@link #check} prints one line to standard output, which the reliability
 * report reads from the Surefire reports: {@code property <Class>.<method>: tries = N, checked = M}. Call
 * {@code check} from the test method itself: the line names the method that called it.
 */
public final class Property<T> {

    /** The tries of a property that asks for no number. */
    public static final int DEFAULT_TRIES = 1000;
    /** At most this many rejected tries per checked one. */
    static final int MAX_DISCARD_RATIO = 5;
    /** Shrinking a failing value stops after this long; the smallest failing value found so far is reported. */
    static final long SHRINKING_MILLIS = 10_000;

    private static final ThreadLocal<Run> CURRENT = new ThreadLocal<>();

    private final int tries;
    private final Gen<T> values;
    private final List<Coverage> coverage;

    private Property(int tries, Gen<T> values, List<Coverage> coverage) {
        this.tries = tries;
        this.values = values;
        this.coverage = coverage;
    }

    /** A property of {@code tries} tries. */
    public static Tries tries(int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("a property has at least 1 try, not " + tries);
        }
        return new Tries(tries);
    }

    /** A property of {@value #DEFAULT_TRIES} tries over the values of {@code values}. */
    public static <T> Property<T> forAll(Gen<T> values) {
        return tries(DEFAULT_TRIES).forAll(values);
    }

    /** The number of tries, waiting for the values to try. */
    public record Tries(int count) {

        /** Each try checks one value of {@code values}. */
        public <T> Property<T> forAll(Gen<T> values) {
            return new Property<>(count, values.describedAs(Property::describe), List.of());
        }

        /** Each try checks one value of {@code first} and one of {@code second}, drawn independently. */
        public <A, B> Property2<A, B> forAll(Gen<A> first, Gen<B> second) {
            Gen<Pair<A, B>> pairs = first.zip(second, Pair::of);
            return new Property2<>(new Property<>(count, pairs.describedAs(
                    pair -> "(" + describe(pair._1) + ", " + describe(pair._2) + ")"), List.of()));
        }
    }

    /**
     * Fails the property unless, of the values {@link #collect collected} under {@code label}, the percentage
     * equal to {@code value} satisfies {@code percentage} (e.g. {@code p -> p >= 20}).
     */
    public Property<T> coverage(String label, Object value, DoublePredicate percentage) {
        List<Coverage> more = new ArrayList<>(coverage);
        more.add(new Coverage(label, String.valueOf(value), percentage));
        return new Property<>(tries, values, List.copyOf(more));
    }

    /** Runs the property: {@code property} holds when it returns, and fails when it throws. */
    public void check(Body<T> property) {
        String name = caller();
        Run run = new Run();
        CURRENT.set(run);
        try {
            qt().withExamples(tries).withReporter(new SeedReporter(name)).forAll(run.guard(values))
                    .check(value -> run.attempt(property, value));
        } finally {
            CURRENT.remove();
            System.out.println("property " + name + ": tries = " + run.tries + ", checked = " + run.checked);
            run.statistics.forEach((label, counts) -> System.out.println("statistics " + name + ": " + label
                    + ": " + percentages(counts)));
            if (run.shrinkingStopped) {
                System.out.println("property " + name + ": shrinking stopped after " + SHRINKING_MILLIS + " ms");
            }
        }
        if (run.checked == 0 || run.tries - run.checked > MAX_DISCARD_RATIO * run.checked) {
            throw new AssertionError(String.format(Locale.ROOT, "property %s exhausted: only %d of %d tries "
                    + "checked, the others rejected by assume()", name, run.checked, run.tries));
        }
        for (Coverage c : coverage) {
            Map<String, Integer> counts = run.statistics.getOrDefault(c.label(), Map.of());
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            int count = counts.getOrDefault(c.value(), 0);
            double percent = total == 0 ? 0 : 100.0 * count / total;
            if (!c.percentage().test(percent)) {
                throw new AssertionError(String.format(Locale.ROOT, "property %s: coverage of %s = %s is %.1f %% "
                        + "(%d of %d), which fails its check", name, c.label(), c.value(), percent, count, total));
            }
        }
    }

    /**
     * Rejects the value being tried unless {@code condition} holds: the try ends, neither checked nor failed, as
     * a value the property is not about.
     */
    public static void assume(boolean condition) {
        current();
        if (!condition) {
            throw Rejected.INSTANCE;
        }
    }

    /** Counts {@code value} under {@code label}, for coverage checks and the statistics printed at the end. */
    public static void collect(String label, Object value) {
        Run run = current();
        if (!run.falsified) {
            run.statistics.computeIfAbsent(label, l -> new LinkedHashMap<>())
                    .merge(String.valueOf(value), 1, Integer::sum);
        }
    }

    /** A property of one value; it may throw anything (an assertion error, an I/O exception...). */
    @FunctionalInterface
    public interface Body<T> {
        void accept(T value) throws Exception;
    }

    /** A property of two values. */
    @FunctionalInterface
    public interface Body2<A, B> {
        void accept(A first, B second) throws Exception;
    }

    /** A property of two independently drawn values. */
    public static final class Property2<A, B> {

        private final Property<Pair<A, B>> pairs;

        private Property2(Property<Pair<A, B>> pairs) {
            this.pairs = pairs;
        }

        /** As {@link Property#coverage}. */
        public Property2<A, B> coverage(String label, Object value, DoublePredicate percentage) {
            return new Property2<>(pairs.coverage(label, value, percentage));
        }

        /** As {@link Property#check}. */
        public void check(Body2<A, B> property) {
            pairs.check(pair -> property.accept(pair._1, pair._2));
        }
    }

    /** A value as a failure shows it: strings quoted, anything outside printable ASCII as a \\u escape. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c <= '~') {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static Run current() {
        Run run = CURRENT.get();
        if (run == null) {
            throw new IllegalStateException("Property.assume and Property.collect belong inside Property.check");
        }
        return run;
    }

    // Class.method of the first caller outside this class: the test method
    private static String caller() {
        StackWalker.StackFrame frame = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith(Property.class.getName()))
                .findFirst().orElseThrow());
        String className = frame.getClassName();
        return className.substring(className.lastIndexOf('.') + 1) + "." + frame.getMethodName();
    }

    // most frequent first, as: "accepted" 52.4 % (262), "rejected" 47.6 % (238)
    private static String percentages(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.1f %% (%d)", describe(e.getKey()),
                        100.0 * e.getValue() / total, e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private record Coverage(String label, String value, DoublePredicate percentage) {
    }

    /**
     * The counts of one run: a try is a value the property ran on, checked unless {@link #assume} rejected it
     * (a failing value is checked). Tries, checks and statistics count the search only, not the shrinking after
     * a failing value.
     */
    private static final class Run {
        int tries;
        int checked;
        boolean falsified;
        long shrinkingSince;
        boolean shrinkingStopped;
        final Map<String, Map<String, Integer>> statistics = new LinkedHashMap<>();

        // QuickTheories' predicate: true when the property holds (or the value is rejected), else it throws
        <T> boolean attempt(Body<T> property, T value) {
            if (shrinkingOver()) {
                return true; // not tried: no smaller failing value is taken from here on
            }
            if (!falsified) {
                tries++;
            }
            try {
                property.accept(value);
            } catch (Rejected rejected) {
                return true;
            } catch (Throwable failure) {
                if (!falsified) {
                    checked++; // a value the property is about, and it fails
                    falsified = true;
                    shrinkingSince = System.currentTimeMillis();
                }
                throw Property.<RuntimeException>sneaky(failure);
            }
            if (!falsified) {
                checked++;
            }
            return true;
        }

        // the values, until shrinking has had its time: then every value QuickTheories asks for is one whose
        // generation gives up (QuickTheories' own way out of a shrinking cycle), so the shrinking ends there
        <T> Gen<T> guard(Gen<T> values) {
            Gen<T> guarded = in -> {
                if (shrinkingOver()) {
                    while (true) {
                        in.registerFailedAssumption(); // throws once the source's attempts are spent
                    }
                }
                return values.generate(in);
            };
            return guarded.describedAs(values::asString);
        }

        boolean shrinkingOver() {
            if (falsified && !shrinkingStopped
                    && System.currentTimeMillis() - shrinkingSince > SHRINKING_MILLIS) {
                shrinkingStopped = true;
            }
            return shrinkingStopped;
        }
    }

    // rethrows any throwable unwrapped: QuickTheories reports it, with its stack, as the cause
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable failure) throws E {
        throw (E) failure;
    }

    /** Thrown by {@link #assume}: not a failure. */
    private static final class Rejected extends RuntimeException {
        static final Rejected INSTANCE = new Rejected();

        private Rejected() {
            super("rejected by Property.assume", null, false, false);
        }
    }

    /** QuickTheories' own failure report (value, cause, "Seed was ..."), with the option that reruns it. */
    private record SeedReporter(String name) implements Reporter {

        private static final Reporter QUICKTHEORIES = new ExceptionReporter();

        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
                                   List<Object> examples, AsString<Object> toString) {
            rethrow(seed, () -> QUICKTHEORIES.falisification(seed, examplesUsed, smallest, cause, examples,
                    toString));
        }

        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, List<Object> examples,
                                   AsString<Object> toString) {
            rethrow(seed, () -> QUICKTHEORIES.falisification(seed, examplesUsed, smallest, examples, toString));
        }

        @Override
        public void valuesExhausted(int completedExamples) {
            QUICKTHEORIES.valuesExhausted(completedExamples);
        }

        private void rethrow(long seed, Runnable report) {
            try {
                report.run();
            } catch (AssertionError failure) {
                AssertionError withRerun = new AssertionError(failure.getMessage() + System.lineSeparator()
                        + "Rerun property " + name + " with this seed: -DQT_SEED=" + seed);
                withRerun.setStackTrace(failure.getStackTrace());
                throw withRerun;
            }
            throw new AssertionError("property " + name + " falsified (seed " + seed + ")");
        }
    }
}
