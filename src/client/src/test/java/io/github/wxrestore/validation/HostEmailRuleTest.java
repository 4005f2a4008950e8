package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.wxrestore.validation.Checks.found;
import static io.github.wxrestore.validation.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link Rules#HOST_EMAIL} rule: hostEmail, when present, is a plain email address, stricter than a bare
 * {@code a@b}: one @, an unquoted name, a domain with a dot, no whitespace or line breaks. Internationalised
 * addresses (RFC 6531) are accepted: an admin may restore for a host whose address is written in another script.
 */
class HostEmailRuleTest {

    private static final String EXPECTED = "hostEmail must be an email address such as jane.doe@example.com; got ";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a@b                         | 'a@b', whose domain is not a host name with a dot, such as example.com
            a@@b.com                    | 'a@@b.com', which needs exactly one @ between a name and a domain
            "quoted"@example.com        | '"quoted"@example.com', whose name is quoted, which is not accepted
            "a b"@example.com           | whose name is quoted
            a@b@example.com             | which needs exactly one @
            jane.example.com            | which needs exactly one @
            @example.com                | which needs exactly one @
            jane@                       | which needs exactly one @
            `jane doe@example.com`      | 'jane doe@example.com', which holds whitespace, a line break or a control character
            `jane@example.com `         | which holds whitespace, a line break or a control character
            .jane@example.com           | whose name before the @ holds a character that is not allowed, or a dot at an end or doubled
            jane.@example.com           | whose name before the @ holds
            jane..doe@example.com       | whose name before the @ holds
            jane(doe)@example.com       | whose name before the @ holds
            jane@example..com           | whose domain is not a host name with a dot
            jane@-example.com           | whose domain is not a host name with a dot
            jane@[192.168.0.1]          | whose domain is not a host name with a dot
            jane@192.168.0.1            | whose domain is not a host name with a dot
            jane@example.com.           | whose domain is not a host name with a dot
            jane@exä mple.com           | which holds whitespace
            jane@exämple..com           | whose domain is not a host name with a dot
            """)
    void aBadHostEmailIsOneViolationThatSaysWhy(String hostEmail, String why) {
        ValidationReport report = RestoreRequestValidation.check(restoreAll(), hostEmail);

        assertThat(found(report)).containsExactly("hostEmail HostEmail");
        assertThat(only(report).message()).startsWith(EXPECTED).contains(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane@example.com\r\nBcc: x@evil.example", "jane@example.com\n", "ja\u0000ne@example.com"})
    void lineBreaksAndControlsAreRefusedAndShownEscaped(String hostEmail) {
        Violation v = only(RestoreRequestValidation.check(restoreAll(), hostEmail));

        assertThat(v.message()).contains("which holds whitespace, a line break or a control character")
                .doesNotContain("\n", "\r", "\u0000");
    }

    @Test
    void anEmptyHostEmailIsInvalidAndTheMessageSaysToLeaveItOut() {
        Violation v = only(RestoreRequestValidation.check(restoreAll(), ""));

        assertThat(v.message()).isEqualTo(EXPECTED + "an empty string. Leave hostEmail out to restore the "
                + "caller's own recordings");
    }

    @Test
    void aNameLongerThan64IsTooLong() {
        Violation v = only(RestoreRequestValidation.check(restoreAll(), "j".repeat(65) + "@example.com"));

        assertThat(v.message()).contains("longer than 64 characters before the @ or 253 after it");
        assertThat(found(RestoreRequestValidation.check(restoreAll(), "j".repeat(64) + "@example.com"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane.doe@example.com", "john.andersen@example.com", "ann+ops@example.co.uk",
            "o'brien@example.ie", "x_y-z@sub.example.com", "ANN@EXAMPLE.COM", "a@xn--bcher-kva.example",
            "ann+ops&x@example.com", "jäne@example.com", "jürgen.müller@exämple.de", "用户@例子.广告",
            "a#b%c=d@example.com"})
    void aPlainAddressPasses(String hostEmail) {
        assertThat(found(RestoreRequestValidation.check(restoreAll(), hostEmail))).isEmpty();
    }

    @Test
    void anAbsentHostEmailPasses() {
        assertThat(found(RestoreRequestValidation.check(restoreAll(), null))).isEmpty();
    }

    private static RestoreRecordingsRequest restoreAll() {
        return new RestoreRecordingsRequest().restoreAll(true);
    }
}
