package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.internal.SharedValidator;
import io.swagger.v3.oas.models.media.Schema;
import io.github.wxrestore.testing.Generators;
import io.github.wxrestore.testing.Generators.Alphabet;
import io.github.wxrestore.testing.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.github.wxrestore.validation.Checks.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spec and the rules say the same thing. What OpenAPI can express (the items' and siteUrl's pattern and
 * length limits, which the pact-vs-spec checks use) accepts exactly what the rules accept; and the constraints
 * the generator derives from those keywords (group Default, never run by the check) flag nothing the rules
 * would let through.
 */
class SpecAgreementTest {

    private static final Schema<?> ID = SpecFile.requestProperty("recordingIds").getItems();
    private static final Schema<?> SITE = SpecFile.requestProperty("siteUrl");

    @Test
    void anIdPassesTheRulesExactlyWhenItMatchesTheSpec() {
        Property.tries(400).forAll(idLike()).check(id -> {
            assertThat(found(Checks.ids(id)).isEmpty()).as("rules accept %s", id).isEqualTo(specAccepts(ID, id));
        });
    }

    @Test
    void aSiteUrlPassesTheRulesExactlyWhenItMatchesTheSpec() {
        Property.tries(400).forAll(hostLike()).check(siteUrl -> {
            assertThat(found(new RestoreRecordingsRequest().restoreAll(true).siteUrl(siteUrl)).isEmpty())
                    .as("rules accept %s", siteUrl).isEqualTo(specAccepts(SITE, siteUrl));
        });
    }

    @Test
    void theExamplesOfTheOtherTestsAgreeToo() {
        for (String id : List.of("", " ", "a b", "a\u0000", "é", "\u200B", "a".repeat(256), "a".repeat(257), "${1}")) {
            assertThat(found(Checks.ids(id)).isEmpty()).as(id).isEqualTo(specAccepts(ID, id));
        }
        for (String site : List.of("example.webex.com", "https://example.webex.com", "example.webex.com:443",
                "user@example.webex.com", "example.webex.com/path", "", "1.2.3.4", "a.b-", "xn--p1ai.com")) {
            assertThat(found(new RestoreRecordingsRequest().restoreAll(true).siteUrl(site)).isEmpty()).as(site)
                    .isEqualTo(specAccepts(SITE, site));
        }
    }

    @Test
    void theGeneratedConstraintsFlagOnlyWhatTheRulesFlag() {
        Property.tries(300).forAll(idLike(), hostLike()).check((id, site) -> {
            RestoreRecordingsRequest body = new RestoreRecordingsRequest().restoreAll(false)
                    .recordingIds(Arrays.asList(id, "ok")).siteUrl(site);

            Set<String> generated = SharedValidator.get().validate(body).stream()
                    .map(v -> v.getPropertyPath().toString().replace(".<list element>", ""))
                    .collect(Collectors.toSet());
            Set<String> ours = RestoreRequestValidation.check(body, null).violations().stream()
                    .map(Violation::property).collect(Collectors.toSet());

            assertThat(ours).containsAll(generated);
        });
    }

    // short strings of characters the pattern treats specially, and the two lengths around the 256 limit as edge
    // cases, one try in twenty
    static Gen<String> idLike() {
        Gen<String> special = Alphabet.of("aZ09-_=+/.~!${}\"' \t\n\u0000\u007F\u00A0é\u200B").strings(0, 8);
        return Generators.withEdgeCases(special, 0.05, List.of("a".repeat(256), "a".repeat(257)));
    }

    static Gen<String> hostLike() {
        Gen<String> label = Alphabet.of("ab09-").strings(0, 4);
        Gen<String> joined = Generators.lists(label, 1, 4).map(l -> String.join(".", l));
        Gen<String> noisy = Alphabet.of("ab0.-:/@?# é").strings(0, 12);
        return Generators.oneOf(joined, noisy, joined.map(h -> "https://" + h), joined.map(h -> h + ":443"));
    }

    /** What the spec says of a string: within min/maxLength, and the anchored pattern matches all of it (as in ECMA). */
    private static boolean specAccepts(Schema<?> schema, String value) {
        int length = value.codePointCount(0, value.length());
        boolean minOk = schema.getMinLength() == null || length >= schema.getMinLength();
        boolean maxOk = schema.getMaxLength() == null || length <= schema.getMaxLength();
        return minOk && maxOk && Pattern.compile(schema.getPattern()).matcher(value).matches();
    }
}
