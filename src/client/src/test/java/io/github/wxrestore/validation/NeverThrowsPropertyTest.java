package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.testing.Generators;
import io.github.wxrestore.testing.Generators.Alphabet;
import io.github.wxrestore.testing.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

    /** The arguments of one call: each drawn on its own. */
    record Call(Boolean restoreAll, List<String> ids, String siteUrl, String hostEmail, boolean nullBody) {
    }

    static Gen<Call> calls() {
        return Generators.withNull(Generate.booleans(), 0.2).zip(idLists(), text(), text(), Generate.booleans(),
                Call::new);
    }

    @Test
    void anyCallGetsAReportOfKnownRulesWithOneLineMessages() {
        Property.tries(300).forAll(calls()).check(call -> {
            Boolean restoreAll = call.restoreAll();
            List<String> ids = call.ids();
            RestoreRecordingsRequest body = call.nullBody() ? null
                    : new RestoreRecordingsRequest().restoreAll(restoreAll).recordingIds(ids).siteUrl(call.siteUrl());

            ValidationReport report = RestoreRequestValidation.check(body, call.hostEmail());

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
        });
    }

    static Gen<List<String>> idLists() {
        Gen<String> id = Generators.oneOf(
                Alphabet.alpha().and(Alphabet.numeric()).strings(1, 32),
                Alphabet.anyChar().strings(0, 12),
                Generators.justNull());
        return Generators.withNull(Generators.lists(id, 0, Checks.max() + 20), 0.1);
    }

    static Gen<String> text() {
        return Generators.withNull(Generators.oneOf(
                Alphabet.anyChar().strings(0, 40),
                Generators.of("example.webex.com", "jane@example.com", "", "https://example.webex.com:443/x")),
                0.3);
    }

    private static Set<String> ruleNames() throws IllegalAccessException {
        Set<String> names = new HashSet<>();
        for (Field f : Rules.class.getFields()) {
            names.add((String) f.get(null));
        }
        return names;
    }
}
