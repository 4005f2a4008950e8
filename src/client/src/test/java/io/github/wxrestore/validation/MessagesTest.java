package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.wxrestore.validation.Checks.ids;
import static io.github.wxrestore.validation.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages read well, name the field, the rule and the value, and show untrusted values exactly as given:
 * never evaluated as an expression or a message parameter, never with raw control characters.
 */
class MessagesTest {

    /** Our messages, under a namespaced name (an application keeps its own {@code ValidationMessages}). */
    private static final String BUNDLE = "io.github.wxrestore.validation.internal.ValidationMessages";

    private static final String PREFIX = "io.github.wxrestore.validation.";

    @ParameterizedTest
    @ValueSource(strings = {"${1+1}", "#{1+1}", "{max}", "{index}", "{jakarta.validation.constraints.NotNull.message}",
            "\\{max\\}", "a\\\\b", "$", "${''.getClass().forName('java.lang.Runtime')}"})
    void anUntrustedValueIsShownVerbatimInEveryRule(String evil) {
        Violation id = only(RestoreRequestValidation.check(ids(evil + " "), null));
        Violation site = only(RestoreRequestValidation.check(
                new RestoreRecordingsRequest().restoreAll(true).siteUrl(evil), null));
        Violation email = only(RestoreRequestValidation.check(
                new RestoreRecordingsRequest().restoreAll(true), evil + " @example.com"));

        assertThat(id.message()).endsWith(" of " + quoted(evil + " "));
        assertThat(site.message()).contains("got " + quoted(evil) + ", which");
        assertThat(email.message()).contains("got " + quoted(evil + " @example.com") + ", which");
    }

    /** How a value shows in a message: in quotes, cut after 40 characters with its length. */
    private static String quoted(String value) {
        return value.length() <= 40 ? "'" + value + "'"
                : "'" + value.substring(0, 40) + "...' (" + value.length() + " characters)";
    }

    @Test
    void theDocumentedExamplesReadAsWritten() {
        Violation duplicate = RestoreRequestValidation.check(ids("abc", "x", "y", "abc"), null).violations().get(0);
        Violation site = only(RestoreRequestValidation.check(
                new RestoreRecordingsRequest().restoreAll(true).siteUrl("https://example.webex.com"), null));

        assertThat(duplicate.toString())
                .isEqualTo("recordingIds[3]: recordingIds[3] is a duplicate of recordingIds[0] ('abc'); "
                        + "name each recording once");
        assertThat(site.message()).isEqualTo("siteUrl must be a Webex site host such as example.webex.com, without "
                + "scheme, port, path, query or credentials; got 'https://example.webex.com', which has a scheme. "
                + "Use 'example.webex.com'");
    }

    @Test
    void aLongValueIsCutAndInvisibleCharactersAreEscaped() {
        String id = "\u0000" + "x".repeat(500);

        Violation v = only(RestoreRequestValidation.check(ids(id), null));

        assertThat(v.message()).contains("found U+0000 NULL at character 1 of '\\u0000" + "x".repeat(39)
                + "...' (501 characters)").doesNotContain("\u0000").hasSizeLessThan(250);
    }

    @Test
    void aValueOfInvisibleCharactersIsCutAsShort() {
        String id = "\u0000".repeat(17); // each shown as six characters: 102 of them uncut

        Violation v = only(RestoreRequestValidation.check(ids(id), null));

        assertThat(v.invalidValue()).isEqualTo("\\u0000".repeat(10) + "... (17 characters)");
        assertThat(v.message()).contains("'" + "\\u0000".repeat(10) + "...' (17 characters)");
    }

    @Test
    void everyRuleHasAMessageAndEveryMessageBelongsToARule() throws IllegalAccessException {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        Set<String> rulesWithMessages = bundle.keySet().stream().filter(k -> k.startsWith(PREFIX))
                .map(k -> k.substring(PREFIX.length()).split("\\.")[0]).collect(Collectors.toSet());
        Set<String> rules = ruleNames();
        // the constraint annotations' default messages, shown only if a validator forgot its own
        Set<String> annotationDefaults = Set.of("RestoreSelection", "RecordingIds", "ListingRules");

        assertThat(rules).hasSize(19);
        assertThat(rulesWithMessages).containsAll(rules);
        assertThat(rulesWithMessages).isSubsetOf(union(rules, annotationDefaults));
        assertThat(bundle.keySet()).allSatisfy(k -> assertThat(k).startsWith(PREFIX));
    }

    @Test
    void theBundleNeverAsksForExpressionEvaluation() {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

        assertThat(bundle.keySet()).allSatisfy(k -> assertThat(bundle.getString(k)).doesNotContain("${", "#{"));
    }

    private static Set<String> ruleNames() throws IllegalAccessException {
        Set<String> names = new HashSet<>();
        for (Field f : Rules.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                names.add((String) f.get(null));
            }
        }
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
