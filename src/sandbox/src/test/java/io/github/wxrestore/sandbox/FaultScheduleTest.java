package io.github.wxrestore.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultScheduleTest {

    private static final Random UNUSED = new Random(0);

    @Test
    void everyNthHitsMultiplesOfN() {
        FaultSchedule every3 = FaultSchedule.everyNth(3);

        assertThat(LongStream.rangeClosed(1, 9).filter(n -> every3.firesOn(n, UNUSED)).toArray()).containsExactly(3, 6, 9);
    }

    @Test
    void nextHitsTheFirstRequestsOnly() {
        FaultSchedule next2 = FaultSchedule.next(2);

        assertThat(LongStream.rangeClosed(1, 5).filter(n -> next2.firesOn(n, UNUSED)).toArray()).containsExactly(1, 2);
        assertThat(FaultSchedule.next(0)).isEqualTo(FaultSchedule.never());
    }

    @Test
    void probabilityDrawsFromTheGivenGeneratorOnly() {
        FaultSchedule half = FaultSchedule.withProbability(0.5);

        long[] first = LongStream.rangeClosed(1, 50).filter(n -> half.firesOn(n, seeded())).toArray();
        Random shared = seeded();
        long hits = LongStream.rangeClosed(1, 1_000).filter(n -> half.firesOn(n, shared)).count();

        assertThat(LongStream.rangeClosed(1, 50).filter(n -> half.firesOn(n, seeded())).toArray()).isEqualTo(first);
        assertThat(hits).isBetween(400L, 600L);
        assertThat(FaultSchedule.withProbability(1).firesOn(1, shared)).isTrue();
    }

    private static Random seeded() {
        return new Random(42);
    }

    @ParameterizedTest
    @ValueSource(strings = {"never", "every:3", "next:2", "random:0.25"})
    void theTextFormRoundTrips(String text) {
        assertThat(FaultSchedule.parse(text)).hasToString(text);
        assertThat(FaultSchedule.parse(" " + text.toUpperCase() + " ")).isEqualTo(FaultSchedule.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometimes", "every:0", "every:x", "next:-1", "random:1.5", "random:", ""})
    void nonsenseIsRefusedWithTheText(String text) {
        assertThatThrownBy(() -> FaultSchedule.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownNameSaysWhatIsExpected() {
        assertThatThrownBy(() -> FaultSchedule.parse("often:2"))
                .hasMessage("fault schedule often:2: expected never, every:K, next:N or random:P");
    }
}
