package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.wxrestore.validation.Checks.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** requireValid and the report: one exception naming every violation, or silence for a valid call. */
class ValidationReportTest {

    @Test
    void requireValidThrowsOneExceptionListingEveryViolation() {
        RestoreRecordingsRequest body = ids("", "a b").siteUrl("example.webex.com:443");

        assertThatThrownBy(() -> RestoreRequestValidation.requireValid(body, "a@b"))
                .isInstanceOfSatisfying(InvalidRestoreRequestException.class, e -> {
                    assertThat(e).isInstanceOf(IllegalArgumentException.class);
                    assertThat(e.violations()).extracting(Violation::rule)
                            .containsExactly("IdBlank", "IdWhitespaceOrControl", "SiteHost", "HostEmail");
                    assertThat(e.getMessage())
                            .startsWith("Invalid restore request, nothing was sent (4 problems):\n")
                            .contains("\nrecordingIds[0]: recordingIds[0] must not be blank; got ''\n")
                            .endsWith("hostEmail: hostEmail must be an email address such as jane.doe@example.com;"
                                    + " got 'a@b', whose domain is not a host name with a dot, such as example.com");
                    assertThat(e.report().violations()).isEqualTo(e.violations());
                });
    }

    @Test
    void requireValidReturnsForAValidCall() {
        RestoreRecordingsRequest body = ids("4f914b1dfe3c4d11a61730f18c0f5387").siteUrl("example.webex.com");

        assertThatCode(() -> RestoreRequestValidation.requireValid(body, "jane.doe@example.com"))
                .doesNotThrowAnyException();
        assertThat(RestoreRequestValidation.check(body, "jane.doe@example.com").isValid()).isTrue();
    }

    @Test
    void theReportCannotBeChangedThroughTheListItWasBuiltFrom() {
        List<Violation> list = new ArrayList<>(List.of(Violation.of(Violation.Field.SITE_URL, "SiteHost", "m", "v")));
        ValidationReport report = new ValidationReport(list);

        list.clear();

        assertThat(report.violations()).hasSize(1);
        assertThatThrownBy(() -> report.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void checkingDoesNotChangeTheRequest() {
        RestoreRecordingsRequest body = ids("b", "a", "b").siteUrl(" x");
        RestoreRecordingsRequest copy = ids("b", "a", "b").siteUrl(" x");

        RestoreRequestValidation.check(body, null);

        assertThat(body).isEqualTo(copy);
    }
}
