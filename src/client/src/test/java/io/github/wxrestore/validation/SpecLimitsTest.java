package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.wxrestore.validation.Checks.distinctIds;
import static io.github.wxrestore.validation.Checks.found;
import static io.github.wxrestore.validation.Checks.ids;
import static io.github.wxrestore.validation.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits come from the spec: read at test time from api-spec/, they are exactly the limits enforced. Edit
 * maxItems or maxLength in the spec, rebuild, and these tests still pass, with no Java edit.
 */
class SpecLimitsTest {

    @Test
    void exactlyMaxItemsIdsPassAndOneMoreFails() {
        int maxItems = SpecFile.requestProperty("recordingIds").getMaxItems();

        assertThat(found(ids(distinctIds(maxItems)))).isEmpty();
        Violation tooMany = only(RestoreRequestValidation.check(ids(distinctIds(maxItems + 1)), null));
        assertThat(tooMany.rule()).isEqualTo(Rules.TOO_MANY_IDS);
        assertThat(tooMany.message()).contains("must hold 1 to " + maxItems + " IDs")
                .contains("got " + (maxItems + 1) + " IDs");
        assertThat(RestoreRequestValidation.maxRecordingIdsPerRequest()).isEqualTo(maxItems);
    }

    @Test
    void restoreAllRefusesEvenMaxItemsIds() {
        int maxItems = SpecFile.requestProperty("recordingIds").getMaxItems();

        assertThat(found(new RestoreRecordingsRequest().restoreAll(true).recordingIds(distinctIds(maxItems))))
                .containsExactly("recordingIds IdsWithRestoreAll");
    }

    @Test
    void anIdOfExactlyTheItemsMaxLengthPassesAndOneCharacterMoreFails() {
        int maxLength = SpecFile.requestProperty("recordingIds").getItems().getMaxLength();

        assertThat(found(ids("a".repeat(maxLength)))).isEmpty();
        Violation tooLong = only(RestoreRequestValidation.check(ids("a".repeat(maxLength + 1)), null));
        assertThat(tooLong.rule()).isEqualTo(Rules.ID_TOO_LONG);
        assertThat(tooLong.message()).contains("at most " + maxLength + " characters");
    }

    @Test
    void aSiteUrlOfTheSpecsMaxLengthPassesAndOneCharacterMoreFails() {
        int maxLength = SpecFile.requestProperty("siteUrl").getMaxLength();
        String longest = hostOfLength(maxLength);
        assertThat(longest).hasSize(maxLength);

        assertThat(found(new RestoreRecordingsRequest().restoreAll(true).siteUrl(longest))).isEmpty();
        assertThat(found(new RestoreRecordingsRequest().restoreAll(true).siteUrl("a" + longest)))
                .containsExactly("siteUrl SiteHost");
    }

    @Test
    void moreIdsThanMaxItemsWithABadOneReportBoth() {
        int maxItems = SpecFile.requestProperty("recordingIds").getMaxItems();
        List<String> list = new ArrayList<>(distinctIds(maxItems + 1));
        list.set(maxItems, "bad id");

        assertThat(found(ids(list))).containsExactly("recordingIds TooManyIds",
                "recordingIds[" + maxItems + "] IdWhitespaceOrControl");
    }

    /** Labels of 'a' (at most 63) joined by dots, ending in "com", exactly {@code length} characters. */
    private static String hostOfLength(int length) {
        StringBuilder host = new StringBuilder("com");
        while (host.length() < length) {
            int label = Math.min(63, length - host.length() - 1);
            host.insert(0, "a".repeat(Math.max(label, 1)) + ".");
        }
        return host.toString();
    }
}
