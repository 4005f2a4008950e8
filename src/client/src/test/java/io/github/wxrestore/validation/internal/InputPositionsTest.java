package io.github.wxrestore.validation.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.RestoreRequestValidation;
import io.github.wxrestore.validation.Violation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** A call checked with the input positions of its IDs names each ID there, in the data and in the message. */
class InputPositionsTest {

    private static RestoreRecordingsRequest ids(String... ids) {
        return new RestoreRecordingsRequest().recordingIds(Arrays.asList(ids));
    }

    @Test
    void eachIdIsReportedAtItsInputPositionMessageIncluded() {
        List<Violation> found = new InputPositions(i -> 1000 + 2 * i).check(ids("a", "", "b", "a"), null)
                .violations();

        assertThat(found).extracting(Violation::index).containsExactly(OptionalInt.of(1002), OptionalInt.of(1006));
        assertThat(found).extracting(Violation::message).containsExactly(
                "recordingIds[1002] must not be blank; got ''",
                "recordingIds[1006] is a duplicate of recordingIds[1000] ('a'); name each recording once");
    }

    @Test
    void withoutPositionsACallIsReportedAsRestoreRequestValidationReportsIt() {
        RestoreRecordingsRequest body = ids("a", " x", "recordingIds[0]").siteUrl("x y");

        assertThat(new InputPositions(i -> i).check(body, "a@@b.com"))
                .isEqualTo(RestoreRequestValidation.check(body, "a@@b.com"));
    }

    @Test
    void positionsGoToTheirOwnCheckOnly() {
        new InputPositions(i -> 500 + i).check(ids(""), null);

        assertThat(RestoreRequestValidation.check(ids(""), null).violations().get(0).index())
                .isEqualTo(OptionalInt.of(0));
    }
}
