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
 * The {@link Rules#SITE_HOST} rule: siteUrl, when present, is a bare site host ({@code example.webex.com}). Each bad
 * form is one SiteHost violation whose message says what is wrong and, where a host can be recovered, which
 * one to use.
 */
class SiteHostRuleTest {

    private static final String EXPECTED = "siteUrl must be a Webex site host such as example.webex.com, without "
            + "scheme, port, path, query or credentials; got ";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            https://example.webex.com                   | 'https://example.webex.com', which has a scheme. Use 'example.webex.com'
            http://example.webex.com/                   | which has a scheme and a path. Use 'example.webex.com'
            example.webex.com/path                      | 'example.webex.com/path', which has a path. Use 'example.webex.com'
            user@example.webex.com                      | 'user@example.webex.com', which has credentials. Use 'example.webex.com'
            user:secret@example.webex.com               | which has credentials. Use 'example.webex.com'
            example.webex.com:443                       | 'example.webex.com:443', which has a port. Use 'example.webex.com'
            example.webex.com?site=1                    | which has a query. Use 'example.webex.com'
            example.webex.com#top                       | which has a fragment. Use 'example.webex.com'
            https://u:p@example.webex.com:8443/a?b#c    | which has a scheme, credentials, a port, a path, a query and a fragment. Use 'example.webex.com'
            https://                                    | 'https://', which has a scheme
            " example.webex.com"                        | ' example.webex.com', which holds whitespace or a control character
            "exam ple.webex.com"                        | which holds whitespace or a control character
            example                                     | 'example', which is not a host name
            1.2.3.4                                     | '1.2.3.4', which is not a host name
            -example.webex.com                          | which is not a host name
            example-.webex.com                          | which is not a host name
            example..webex.com                          | which is not a host name
            example.webex.com.                          | which is not a host name
            *.webex.com                                 | which is not a host name
            exämple.webex.com                           | 'exämple.webex.com', which holds non-ASCII characters
            """)
    void aBadSiteUrlIsOneViolationThatSaysWhy(String siteUrl, String why) {
        ValidationReport report = RestoreRequestValidation.check(restoreAllOn(siteUrl), null);

        assertThat(found(report)).containsExactly("siteUrl SiteHost");
        assertThat(only(report).message()).startsWith(EXPECTED).contains(why);
    }

    @Test
    void anEmptySiteUrlIsInvalidAndTheMessageSaysToLeaveItOut() {
        Violation v = only(RestoreRequestValidation.check(restoreAllOn(""), null));

        assertThat(v.message()).isEqualTo(EXPECTED + "an empty string. Leave siteUrl out to use the user's "
                + "preferred site");
    }

    @Test
    void newlinesAndControlsAreShownEscaped() {
        Violation v = only(RestoreRequestValidation.check(restoreAllOn("example.webex.com\r\nX: y"), null));

        assertThat(v.message()).contains("'example.webex.com\\r\\nX: y'").doesNotContain("\n", "\r");
    }

    @Test
    void aLabelLongerThan63IsNotAHostName() {
        assertThat(found(restoreAllOn("a".repeat(64) + ".webex.com"))).containsExactly("siteUrl SiteHost");
        assertThat(found(restoreAllOn("a".repeat(63) + ".webex.com"))).isEmpty();
    }

    @Test
    void aNameLongerThanTheSpecsMaxLengthIsTooLong() {
        String longName = ("a".repeat(60) + ".").repeat(5) + "com";

        Violation v = only(RestoreRequestValidation.check(restoreAllOn(longName), null));

        assertThat(longName).hasSize(308);
        assertThat(v.message()).contains("(308 characters), longer than 253 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.webex.com", "EXAMPLE.Webex.COM", "cisco.webex.com", "site-01.webex.com",
            "xn--bcher-kva.webex.com", "a.co", "example.webex.ca"})
    void aHostNamePasses(String siteUrl) {
        assertThat(found(restoreAllOn(siteUrl))).isEmpty();
    }

    @Test
    void anAbsentSiteUrlPasses() {
        assertThat(found(new RestoreRecordingsRequest().restoreAll(true).siteUrl(null))).isEmpty();
    }

    private static RestoreRecordingsRequest restoreAllOn(String siteUrl) {
        return new RestoreRecordingsRequest().restoreAll(true).siteUrl(siteUrl);
    }
}
