package io.github.wxrestore.cli.internal;

import io.github.wxrestore.validation.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each problem where the person fixes it, read from the violation's data. */
class ProblemLinesTest {

    private static final ReadIds INPUT = input();

    private static ReadIds input() {
        ReadIds input = new ReadIds();
        input.addValue("a", 1);
        input.addLine("ids.txt", "recordingIds[0]", 4);
        input.addLine("ids.txt", "b", 9);
        return input;
    }

    @Test
    void aBadIdIsNamedByWhereItWasRead() {
        List<String> lines = ProblemLines.of(List.of(
                Violation.ofId(1, "IdTooLong", "recordingIds[1] must be at most 256 characters long", null),
                Violation.ofId(2, "IdBlank", "recordingIds[2] must not be blank; got ''", "")), INPUT);

        assertThat(lines).containsExactly(
                "recording ID at ids.txt line 4: recordingIds[1] must be at most 256 characters long",
                "recording ID at ids.txt line 9: recordingIds[2] must not be blank; got ''");
    }

    @Test
    void theLocationIsTheDataNotTheMessage() {
        // a message that reads like another position does not move the problem
        List<String> lines = ProblemLines.of(List.of(Violation.ofId(2, "IdBlank", "recordingIds[0] x", null)), INPUT);

        assertThat(lines).containsExactly("recording ID at ids.txt line 9: recordingIds[0] x");
    }

    @Test
    void anIndexPastTheInputIsNamedByItsProperty() {
        assertThat(ProblemLines.of(List.of(Violation.ofId(3, "IdBlank", "m", null)), INPUT))
                .containsExactly("recordingIds[3]: m");
    }

    @Test
    void siteHostAndListProblemsAreNamedByTheirOption() {
        List<String> lines = ProblemLines.of(List.of(
                Violation.of(Violation.Field.SITE_URL, "SiteHost", "s", null),
                Violation.of(Violation.Field.HOST_EMAIL, "HostEmail", "h", null),
                Violation.of(Violation.Field.RECORDING_IDS, "TooManyIds", "r", null),
                Violation.of(Violation.Field.BODY, "BodyRequired", "b", null)), INPUT);

        assertThat(lines).containsExactly("--site-url: s", "--host-email: h", "recording IDs: r", "body: b");
    }

    @Test
    void atMostAHundredLinesAndACountOfTheRest() {
        List<Violation> many = IntStream.range(0, 150)
                .mapToObj(i -> Violation.of(Violation.Field.HOST_EMAIL, "HostEmail", "h" + i, null)).toList();

        List<String> lines = ProblemLines.of(many, INPUT);

        assertThat(lines).hasSize(101).last().isEqualTo("... and 50 more problems");
    }
}
