package io.github.wxrestore.testing;

import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The generator building blocks the property tests share, on QuickTheories' {@link Gen}: choices, injected
 * nulls, edge cases mixed in, filters, strings over an alphabet and lists. Everything draws from QuickTheories'
 * randomness source only, so a run is repeatable from its seed and shrinks: a choice towards its first option,
 * a length or size towards its minimum, a character towards the first of its alphabet, an injected null
 * towards null.
 */
public final class Generators {

    /** As many values in a row as a filter may reject before the generator gives up (an error, not a pass). */
    static final int MAX_MISSES = 10_000;

    private static final int PER_TEN_THOUSAND = 10_000;

    private Generators() {
    }

    /** Always this value. */
    public static <T> Gen<T> just(T value) {
        return in -> value;
    }

    /** Always null. */
    public static <T> Gen<T> justNull() {
        return in -> null;
    }

    /** A new value from {@code factory} each time (for mutable values such as an empty list). */
    public static <T> Gen<T> fresh(Supplier<T> factory) {
        return in -> factory.get();
    }

    /** One of these values, each as likely. */
    @SafeVarargs
    public static <T> Gen<T> of(T... values) {
        List<T> choices = new ArrayList<>(values.length); // nulls allowed
        for (T value : values) {
            choices.add(value);
        }
        return Generate.pick(choices);
    }

    /** A value of one of these generators, each generator as likely. */
    @SafeVarargs
    public static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        List<Gen<? extends T>> choices = new ArrayList<>(generators.length);
        for (Gen<? extends T> generator : generators) {
            choices.add(generator);
        }
        Gen<Integer> index = Generate.range(0, choices.size() - 1);
        return in -> choices.get(index.generate(in)).generate(in);
    }

    /** Null with this probability (0.3 is 30 % of the values), else a value of {@code generator}. */
    public static <T> Gen<T> withNull(Gen<T> generator, double probability) {
        Gen<Boolean> isNull = chance(probability, true);
        return in -> isNull.generate(in) ? null : generator.generate(in);
    }

    /**
     * One of {@code edgeCases} with this probability (each as likely), else a value of {@code generator}: edge
     * cases mixed in with the values. A failing value shrinks towards a value of {@code generator}.
     */
    public static <T> Gen<T> withEdgeCases(Gen<T> generator, double probability, List<T> edgeCases) {
        Gen<Boolean> isEdgeCase = chance(probability, false);
        Gen<T> edgeCase = Generate.pick(List.copyOf(edgeCases));
        return in -> isEdgeCase.generate(in) ? edgeCase.generate(in) : generator.generate(in);
    }

    /**
     * Values of {@code generator} that satisfy {@code condition}; the others are drawn again (they count as no
     * example). Fails after {@value #MAX_MISSES} rejected values in a row: a filter that rejects nearly everything
     * is a mistake in the test.
     */
    public static <T> Gen<T> filter(Gen<T> generator, Predicate<? super T> condition) {
        return in -> {
            for (int miss = 0; miss < MAX_MISSES; miss++) {
                DetatchedRandomnessSource attempt = in.detach();
                T value = generator.generate(attempt);
                if (condition.test(value)) {
                    attempt.commit();
                    return value;
                }
            }
            throw new IllegalStateException("a filter rejected " + MAX_MISSES + " values in a row");
        };
    }

    /** Lists (mutable {@link ArrayList}s) of {@code minSize} to {@code maxSize} values of {@code elements}. */
    public static <T> Gen<List<T>> lists(Gen<T> elements, int minSize, int maxSize) {
        Gen<Integer> sizes = Generate.range(minSize, maxSize);
        return in -> {
            int size = sizes.generate(in);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(elements.generate(in));
            }
            return list;
        };
    }

    /** Lists as {@link #lists}, without two equal elements: an element equal to one before is drawn again. */
    public static <T> Gen<List<T>> uniqueLists(Gen<T> elements, int minSize, int maxSize) {
        Gen<Integer> sizes = Generate.range(minSize, maxSize);
        return in -> {
            int size = sizes.generate(in);
            List<T> list = new ArrayList<>(size);
            Set<T> seen = new HashSet<>();
            Gen<T> unseen = filter(elements, e -> !seen.contains(e));
            for (int i = 0; i < size; i++) {
                T element = unseen.generate(in);
                seen.add(element);
                list.add(element);
            }
            return list;
        };
    }

    // true with this probability, drawn in steps of 1/10,000; shrinks towards shrinksTo
    private static Gen<Boolean> chance(double probability, boolean shrinksTo) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("a probability is between 0 and 1, not " + probability);
        }
        long trueDraws = Math.round(probability * PER_TEN_THOUSAND);
        Gen<Integer> draw = Generate.range(0, PER_TEN_THOUSAND - 1);
        // the draw shrinks towards 0: the true draws come first or last
        return shrinksTo ? in -> draw.generate(in) < trueDraws
                : in -> draw.generate(in) >= PER_TEN_THOUSAND - trueDraws;
    }

    /**
     * The characters a generated string is made of: ranges and single characters, each character as likely, in
     * the order given (a string shrinks towards the first).
     */
    public static final class Alphabet {

        private final String chars;

        private Alphabet(String chars) {
            this.chars = chars;
        }

        /** Every UTF-16 code unit, U+0000 to U+FFFF: controls, unassigned characters and lone surrogates too. */
        public static Alphabet anyChar() {
            return range(Character.MIN_VALUE, Character.MAX_VALUE);
        }

        /** a-z and A-Z. */
        public static Alphabet alpha() {
            return range('a', 'z').andRange('A', 'Z');
        }

        /** 0-9. */
        public static Alphabet numeric() {
            return range('0', '9');
        }

        /** {@code from} to {@code to}, both included. */
        public static Alphabet range(char from, char to) {
            return new Alphabet("").andRange(from, to);
        }

        /** These characters. */
        public static Alphabet of(String chars) {
            return new Alphabet("").and(chars);
        }

        /** This alphabet and {@code from} to {@code to}, both included. */
        public Alphabet andRange(char from, char to) {
            if (from > to) {
                throw new IllegalArgumentException("an empty range: " + (int) from + " to " + (int) to);
            }
            StringBuilder more = new StringBuilder(to - from + 1);
            for (int c = from; c <= to; c++) {
                more.append((char) c);
            }
            return and(more.toString());
        }

        /** This alphabet and these characters. */
        public Alphabet and(String more) {
            return with(more);
        }

        /** This alphabet and that one. */
        public Alphabet and(Alphabet other) {
            return with(other.chars);
        }

        /** Strings of {@code minLength} to {@code maxLength} characters of this alphabet. */
        public Gen<String> strings(int minLength, int maxLength) {
            if (minLength < 0 || minLength > maxLength) {
                throw new IllegalArgumentException("lengths " + minLength + " to " + maxLength);
            }
            Gen<Integer> lengths = Generate.range(minLength, maxLength);
            Gen<Integer> index = Generate.range(0, chars.length() - 1);
            return in -> {
                int length = lengths.generate(in);
                char[] string = new char[length];
                for (int i = 0; i < length; i++) {
                    string[i] = chars.charAt(index.generate(in));
                }
                return new String(string);
            };
        }

        /** Strings of exactly {@code length} characters of this alphabet. */
        public Gen<String> strings(int length) {
            return strings(length, length);
        }

        // a character already in the alphabet is not added twice: each character stays as likely as the others
        private Alphabet with(String more) {
            BitSet present = new BitSet(Character.MAX_VALUE + 1);
            StringBuilder all = new StringBuilder(chars.length() + more.length());
            for (String part : List.of(chars, more)) {
                for (int i = 0; i < part.length(); i++) {
                    char c = part.charAt(i);
                    if (!present.get(c)) {
                        present.set(c);
                        all.append(c);
                    }
                }
            }
            return new Alphabet(all.toString());
        }
    }
}
