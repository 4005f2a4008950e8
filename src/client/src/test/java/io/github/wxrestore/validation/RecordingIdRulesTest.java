package io.github.wxrestore.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static io.github.wxrestore.validation.Checks.distinctIds;
import static io.github.wxrestore.validation.Checks.found;
import static io.github.wxrestore.validation.Checks.ids;
import static io.github.wxrestore.validation.Checks.max;
import static io.github.wxrestore.validation.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The ID rules of {@link Rules} (IdRequired to IdDuplicate), one ID at a time: present, not blank, no whitespace or
 * control character, ASCII, at most the spec's maxLength (256), named once. Non-ASCII IDs are refused: Webex issues
 * recording IDs as hex or base64-like ASCII, so a non-ASCII character (a smart quote, a no-break or zero-width
 * space, a BOM, a full-width digit) is almost surely a copy-paste artefact, and the message names the exact
 * character rather than leaving the caller with a 404 from the server.
 */
class RecordingIdRulesTest {

    static Stream<Arguments> badIds() {
        return Stream.of(
                arguments("", "IdBlank"),
                arguments(" ", "IdBlank"),
                arguments("\t\n ", "IdBlank"),
                arguments("\u00A0", "IdBlank"),
                arguments("4f914b1d fe3c", "IdWhitespaceOrControl"),
                arguments(" 4f914b1dfe3c", "IdWhitespaceOrControl"),
                arguments("4f914b1dfe3c\n", "IdWhitespaceOrControl"),
                arguments("4f914b1d\r\nfe3c", "IdWhitespaceOrControl"),
                arguments("4f914b1d\u0000fe3c", "IdWhitespaceOrControl"),
                arguments("4f914b1d\tfe3c", "IdWhitespaceOrControl"),
                arguments("4f914b1d\u007Ffe3c", "IdWhitespaceOrControl"),
                arguments("4f914b1d\u00A0fe3c", "IdWhitespaceOrControl"),
                arguments("4f914b1d\u2028fe3c", "IdWhitespaceOrControl"),
                arguments("4f914b1dfé3c", "IdNotAscii"),
                arguments("4f914b1d\u200Bfe3c", "IdNotAscii"),
                arguments("\uFEFF4f914b1dfe3c", "IdNotAscii"),
                arguments("\uFF14f914b1dfe3c", "IdNotAscii"),
                arguments("\u201C4f914b1dfe3c\u201D", "IdNotAscii"),
                arguments("4f914b1dfe3c\uD83D\uDE00", "IdNotAscii"),
                arguments("4f914b1dfe3c\uD800", "IdNotAscii"),
                arguments("a".repeat(257), "IdTooLong"),
                arguments("a".repeat(10 * 1024), "IdTooLong"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badIds")
    void aBadIdIsReportedAtItsIndexByOneRule(String bad, String rule) {
        assertThat(found(ids("4f914b1dfe3c4d11a61730f18c0f5387", bad))).containsExactly("recordingIds[1] " + rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4f914b1dfe3c4d11a61730f18c0f5387", "Y2lzY29zcGFyazovL3VzL1JFQ09SRElORy8xMjM0",
            "a+b/c=d_e-f.g~h!", "x", "${1+1}", "{max}"})
    void webexShapedAndOddButPrintableIdsPass(String id) {
        assertThat(found(ids(id))).isEmpty();
    }

    @Test
    void anIdOfExactlyMaxLengthPasses() {
        assertThat(found(ids("a".repeat(256)))).isEmpty();
    }

    @Test
    void aNullElementIsAViolationNotAnException() {
        assertThat(found(ids("a", null, "b"))).containsExactly("recordingIds[1] IdRequired");
    }

    @Test
    void everyDuplicateIsReportedAtItsIndexAndNamesTheFirst() {
        ValidationReport report = RestoreRequestValidation.check(ids("abc", "def", "abc", "abc"), null);

        assertThat(found(report)).containsExactly("recordingIds[2] IdDuplicate", "recordingIds[3] IdDuplicate");
        assertThat(report.violations().get(1).message())
                .isEqualTo("recordingIds[3] is a duplicate of recordingIds[0] ('abc'); name each recording once");
    }

    @Test
    void idsThatDifferOnlyInCaseAreNotDuplicates() {
        assertThat(found(ids("4F914B1D", "4f914b1d"))).isEmpty();
    }

    @Test
    void anInvalidIdIsNotAlsoReportedAsADuplicate() {
        assertThat(found(ids("a b", "a b", "", ""))).containsExactly("recordingIds[0] IdWhitespaceOrControl",
                "recordingIds[1] IdWhitespaceOrControl", "recordingIds[2] IdBlank", "recordingIds[3] IdBlank");
    }

    @Test
    void theMessageNamesTheCharacterAndWhereItIs() {
        Violation newline = only(RestoreRequestValidation.check(ids("4f914b1d\nfe3c"), null));
        Violation accent = only(RestoreRequestValidation.check(ids("4f914b1dfé3c"), null));

        assertThat(newline.message()).isEqualTo("recordingIds[0] must not contain whitespace or control characters; "
                + "found U+000A LINE FEED (LF) at character 9 of '4f914b1d\\nfe3c'");
        assertThat(accent.message()).isEqualTo("recordingIds[0] must hold only ASCII characters, as Webex recording "
                + "IDs do; found 'é' (U+00E9 LATIN SMALL LETTER E WITH ACUTE) at character 10 of '4f914b1dfé3c'");
    }

    @Test
    void moreBadIdsThanReportableAreCountedNotListed() {
        List<String> list = new ArrayList<>(Collections.nCopies(150, ""));

        ValidationReport report = RestoreRequestValidation.check(ids(list), null);

        List<String> found = found(report);
        assertThat(found).hasSize(102).startsWith("recordingIds TooManyIds", "recordingIds[0] IdBlank")
                .endsWith("recordingIds[99] IdBlank", "recordingIds MoreInvalidIds");
        assertThat(report.violations().get(101).message())
                .isEqualTo("recordingIds has 50 more invalid IDs besides the 100 reported one by one");
    }

    @Test
    @Timeout(30)
    void aMillionIdenticalBadIdsGiveABoundedReport() {
        ValidationReport report = RestoreRequestValidation.check(ids(Collections.nCopies(1_000_000, " ")), null);

        assertThat(report.violations()).hasSize(102);
        assertThat(report.describe()).hasSizeLessThan(20_000);
    }

    @Test
    @Timeout(30)
    void aMillionDistinctValidIdsAreOneViolation() {
        assertThat(found(ids(distinctIds(1_000_000)))).containsExactly("recordingIds TooManyIds");
    }

    @Test
    void aHugeIdIsShownCutWithItsLength() {
        Violation v = only(RestoreRequestValidation.check(ids("a".repeat(10 * 1024)), null));

        assertThat(v.message()).isEqualTo("recordingIds[0] must be at most 256 characters long; got '"
                + "a".repeat(40) + "...' (10240 characters)");
        assertThat(v.invalidValue()).isEqualTo("a".repeat(40) + "... (10240 characters)");
    }

    @Test
    void listsUpToMaxItemsReportEveryBadId() {
        List<String> list = new ArrayList<>(Collections.nCopies(max(), ""));

        assertThat(found(ids(list))).hasSize(max()).allMatch(f -> f.endsWith(" IdBlank"));
    }
}
