package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.internal.SharedValidator;
import io.swagger.v3.oas.models.media.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Property(tries = 400)
    void anIdPassesTheRulesExactlyWhenItMatchesTheSpec(@ForAll("idLike") String id) {
        assertThat(found(Checks.ids(id)).isEmpty()).as("rules accept %s", id).isEqualTo(specAccepts(ID, id));
    }

    @Property(tries = 400)
    void aSiteUrlPassesTheRulesExactlyWhenItMatchesTheSpec(@ForAll("hostLike") String siteUrl) {
        assertThat(found(new RestoreRecordingsRequest().restoreAll(true).siteUrl(siteUrl)).isEmpty())
                .as("rules accept %s", siteUrl).isEqualTo(specAccepts(SITE, siteUrl));
    }

    @Example
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

    @Property(tries = 300)
    void theGeneratedConstraintsFlagOnlyWhatTheRulesFlag(@ForAll("idLike") String id, @ForAll("hostLike") String site) {
        RestoreRecordingsRequest body = new RestoreRecordingsRequest().restoreAll(false)
                .recordingIds(Arrays.asList(id, "ok")).siteUrl(site);

        Set<String> generated = SharedValidator.get().validate(body).stream()
                .map(v -> v.getPropertyPath().toString().replace(".<list element>", ""))
                .collect(Collectors.toSet());
        Set<String> ours = RestoreRequestValidation.check(body, null).violations().stream()
                .map(Violation::property).collect(Collectors.toSet());

        assertThat(ours).containsAll(generated);
    }

    @Provide
    Arbitrary<String> idLike() {
        return Arbitraries.strings().withChars("aZ09-_=+/.~!${}\"' \t\n\u0000\u007F\u00A0é\u200B")
                .ofMinLength(0).ofMaxLength(8)
                .edgeCases(e -> e.add("a".repeat(256)).add("a".repeat(257)));
    }

    @Provide
    Arbitrary<String> hostLike() {
        Arbitrary<String> label = Arbitraries.strings().withChars("ab09-").ofMinLength(0).ofMaxLength(4);
        Arbitrary<String> joined = label.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(".", l));
        Arbitrary<String> noisy = Arbitraries.strings().withChars("ab0.-:/@?# é").ofMinLength(0).ofMaxLength(12);
        return Arbitraries.oneOf(joined, noisy, joined.map(h -> "https://" + h), joined.map(h -> h + ":443"));
    }

    /** What the spec says of a string: within min/maxLength, and the anchored pattern matches all of it (as in ECMA). */
    private static boolean specAccepts(Schema<?> schema, String value) {
        int length = value.codePointCount(0, value.length());
        boolean minOk = schema.getMinLength() == null || length >= schema.getMinLength();
        boolean maxOk = schema.getMaxLength() == null || length <= schema.getMaxLength();
        return minOk && maxOk && Pattern.compile(schema.getPattern()).matcher(value).matches();
    }
}
