package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.github.wxrestore.validation.Checks.distinctIds;
import static io.github.wxrestore.validation.Checks.found;
import static io.github.wxrestore.validation.Checks.max;
import static io.github.wxrestore.validation.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The selection rules ({@code IdsRequired}, {@code TooManyIds}, {@code IdsWithRestoreAll}: restoreAll against the
 * size of recordingIds) and the body itself: each case reports exactly the listed violations, "property rule", and a size problem is reported once.
 */
class SelectionRulesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("null request", null, List.of("body BodyRequired")),
                arguments("restoreAll false, recordingIds absent",
                        new RestoreRecordingsRequest().restoreAll(false), List.of("recordingIds IdsRequired")),
                arguments("restoreAll false, recordingIds empty",
                        new RestoreRecordingsRequest().restoreAll(false).recordingIds(List.of()),
                        List.of("recordingIds IdsRequired")),
                arguments("restoreAll null (absent), recordingIds absent",
                        new RestoreRecordingsRequest().restoreAll(null), List.of("recordingIds IdsRequired")),
                arguments("restoreAll null (absent), 1 ID",
                        new RestoreRecordingsRequest().restoreAll(null).recordingIds(distinctIds(1)), List.of()),
                arguments("restoreAll false, 1 ID", Checks.ids(distinctIds(1)), List.of()),
                arguments("restoreAll false, maxItems (100) IDs", Checks.ids(distinctIds(max())), List.of()),
                arguments("restoreAll false, maxItems + 1 (101) IDs", Checks.ids(distinctIds(max() + 1)),
                        List.of("recordingIds TooManyIds")),
                arguments("restoreAll false, 101 IDs, one of them blank", Checks.ids(withBlankAt(5, max() + 1)),
                        List.of("recordingIds TooManyIds", "recordingIds[5] IdBlank")),
                arguments("restoreAll true, recordingIds absent",
                        new RestoreRecordingsRequest().restoreAll(true), List.of()),
                arguments("restoreAll true, recordingIds empty",
                        new RestoreRecordingsRequest().restoreAll(true).recordingIds(List.of()), List.of()),
                arguments("restoreAll true, one ID",
                        new RestoreRecordingsRequest().restoreAll(true).recordingIds(distinctIds(1)),
                        List.of("recordingIds IdsWithRestoreAll")),
                arguments("restoreAll true, 101 IDs",
                        new RestoreRecordingsRequest().restoreAll(true).recordingIds(distinctIds(max() + 1)),
                        List.of("recordingIds IdsWithRestoreAll")),
                arguments("restoreAll true, one null ID",
                        new RestoreRecordingsRequest().restoreAll(true).recordingIds(Arrays.asList((String) null)),
                        List.of("recordingIds IdsWithRestoreAll", "recordingIds[0] IdRequired")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheBrokenRules(String name, RestoreRecordingsRequest body, List<String> expected) {
        assertThat(found(body)).containsExactlyElementsOf(expected);
    }

    @Test
    void tooManyIdsNamesTheLimitTheCountAndTheFirstFewIdsOnly() {
        List<String> ids = distinctIds(max() + 1);

        Violation v = only(RestoreRequestValidation.check(Checks.ids(ids), null));

        assertThat(v.message()).startsWith("recordingIds must hold 1 to " + max()
                + " IDs when restoreAll is false; got " + (max() + 1) + " IDs: '" + ids.get(0) + "', '"
                + ids.get(1) + "', '" + ids.get(2) + "' and " + (max() - 2) + " more.");
        assertThat(v.message()).doesNotContain(ids.get(3)).doesNotContain(ids.get(max()));
        assertThat(v.invalidValue()).isEqualTo((max() + 1) + " IDs");
    }

    @Test
    void missingIdsSayWhatToDoAndWhetherRestoreAllWasAbsent() {
        Violation absent = only(RestoreRequestValidation.check(new RestoreRecordingsRequest().restoreAll(null), null));
        Violation empty = only(RestoreRequestValidation.check(Checks.ids(List.of()), null));

        assertThat(absent.message()).startsWith("recordingIds must hold 1 to " + max()
                + " IDs when restoreAll is absent; got none (recordingIds is absent).")
                .contains("set restoreAll to true");
        assertThat(empty.message()).contains("when restoreAll is false; got an empty list");
    }

    @Test
    void idsWithRestoreAllSaysHowToFixIt() {
        Violation v = only(RestoreRequestValidation.check(
                new RestoreRecordingsRequest().restoreAll(true).recordingIds(List.of("abc")), null));

        assertThat(v.message()).isEqualTo("recordingIds must be absent or empty when restoreAll is true; got 1 ID: "
                + "'abc'. Remove the IDs to restore the whole recycle bin, or set restoreAll to false to restore "
                + "only them");
    }

    @Test
    void nullBodyIsAViolationNotAnException() {
        Violation v = only(RestoreRequestValidation.check(null, null));

        assertThat(v.property()).isEqualTo("body");
        assertThat(v.message()).startsWith("body must be a restore request; got null");
        assertThat(v.invalidValue()).isNull();
    }

    private static List<String> withBlankAt(int index, int size) {
        List<String> ids = new ArrayList<>(distinctIds(size));
        ids.set(index, "");
        return ids;
    }
}
