package io.github.wxrestore.bulk;

import io.github.wxrestore.validation.InvalidRestoreRequestException;
import io.github.wxrestore.validation.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A bulk input is checked once, and a bad ID is reported at its exact position in the caller's input. */
class InputPositionTest {

    private static List<String> validIds(int n) {
        return new ArrayList<>(IntStream.range(0, n).mapToObj(i -> String.format("%032x", i)).toList());
    }

    private static InvalidRestoreRequestException refused(BulkRestore bulk, List<String> input) {
        return catchThrowableOfType(InvalidRestoreRequestException.class, () -> bulk.plan(RestoreSelection.ids(input)));
    }

    @Test
    void badIdsPastTheFirstCallAreReportedAtTheirInputPositionsAsDataAndInTheMessage() {
        List<String> input = validIds(300);
        input.set(1, input.get(0)); // duplicates before the bad IDs: the unique index is not the input position
        input.set(2, input.get(0));
        input.set(5, "");
        input.set(150, "bad id");
        input.set(299, "x".repeat(300));

        InvalidRestoreRequestException e = refused(BulkRestore.builder().hostEmail("a@@b.com").build(), input);

        assertThat(e.violations()).extracting(Violation::field).containsExactly(Violation.Field.HOST_EMAIL,
                Violation.Field.RECORDING_IDS, Violation.Field.RECORDING_IDS, Violation.Field.RECORDING_IDS);
        assertThat(e.violations()).extracting(Violation::index).containsExactly(OptionalInt.empty(),
                OptionalInt.of(5), OptionalInt.of(150), OptionalInt.of(299));
        assertThat(e.violations().subList(1, 4)).extracting(Violation::message).satisfiesExactly(
                m -> assertThat(m).isEqualTo("recordingIds[5] must not be blank; got ''"),
                m -> assertThat(m).startsWith("recordingIds[150] must not contain whitespace"),
                m -> assertThat(m).startsWith("recordingIds[299] must be at most"));
    }

    @Test
    void anIdThatHoldsTheTextOfAPositionIsShownAsItIs() {
        List<String> input = validIds(100);
        String id = "recordingIds[0]" + "x".repeat(300); // too long, in the second call, at its index 0
        input.add(id);

        InvalidRestoreRequestException e = refused(BulkRestore.builder().build(), input);

        assertThat(e.violations()).hasSize(1);
        assertThat(e.violations().get(0).property()).isEqualTo("recordingIds[100]");
        assertThat(e.violations().get(0).message())
                .startsWith("recordingIds[100] must be at most ")
                .contains("got 'recordingIds[0]xxx")
                .doesNotContain("'recordingIds[100]");
    }

    @Test
    void aBadSiteIsReportedOnceHoweverManyCallsShareIt() {
        InvalidRestoreRequestException e = refused(BulkRestore.builder().siteUrl("x y").hostEmail("a@@b.com")
                .build(), validIds(1000));

        assertThat(e.violations()).extracting(Violation::property).containsExactly("siteUrl", "hostEmail");
    }

    @Test
    void aMissingIdIsNamedAtItsPositionNotLostInACopy() {
        List<String> input = validIds(3);
        input.set(1, null);

        InvalidRestoreRequestException e = refused(BulkRestore.builder().build(), input);

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.index()).isEqualTo(OptionalInt.of(1));
            assertThat(v.rule()).isEqualTo("IdRequired");
        });
    }
}
