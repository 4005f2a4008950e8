package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.WithNull;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a caller passes, check() answers with a report, never an exception; every violation names a known
 * rule at a known property with a one-line message; and a call it passes keeps the documented selection rules.
 */
class NeverThrowsPropertyTest {

    private static final Pattern PROPERTY = Pattern.compile("body|recordingIds(\\[\\d+])?|siteUrl|hostEmail");

    @Property(tries = 300)
    void anyCallGetsAReportOfKnownRulesWithOneLineMessages(
            @ForAll @WithNull(0.2) Boolean restoreAll,
            @ForAll("idLists") List<String> ids,
            @ForAll("text") String siteUrl,
            @ForAll("text") String hostEmail,
            @ForAll boolean nullBody) throws IllegalAccessException {
        RestoreRecordingsRequest body = nullBody ? null
                : new RestoreRecordingsRequest().restoreAll(restoreAll).recordingIds(ids).siteUrl(siteUrl);

        ValidationReport report = RestoreRequestValidation.check(body, hostEmail);

        Set<String> rules = ruleNames();
        assertThat(report.violations()).allSatisfy(v -> {
            assertThat(v.rule()).isIn(rules);
            assertThat(v.property()).matches(PROPERTY);
            assertThat(v.message()).isNotBlank().doesNotContain("\n", "\r", "{io.github");
        });
        if (report.isValid()) {
            int count = ids == null ? 0 : ids.size();
            assertThat(Boolean.TRUE.equals(restoreAll) ? count == 0 : count >= 1 && count <= Checks.max()).isTrue();
        }
    }

    @Provide
    Arbitrary<List<String>> idLists() {
        Arbitrary<String> id = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(32),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.just(null));
        return id.list().ofMaxSize(Checks.max() + 20).injectNull(0.1);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("example.webex.com", "jane@example.com", "", "https://example.webex.com:443/x"))
                .injectNull(0.3);
    }

    private static Set<String> ruleNames() throws IllegalAccessException {
        Set<String> names = new HashSet<>();
        for (Field f : Rules.class.getFields()) {
            names.add((String) f.get(null));
        }
        return names;
    }
}
