package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.github.wxrestore.validation.Checks.distinctIds;
import static io.github.wxrestore.validation.Checks.found;
import static org.assertj.core.api.Assertions.assertThat;

/** Every bad input of the issue in one call: every broken rule is reported at once, each once, in request order. */
class AllAtOnceTest {

    @Test
    void everyBadInputOfOneRequestIsReportedOnceInRequestOrder() {
        // more IDs than maxItems, with room for the bad ones at 10 to 17 whatever maxItems the spec states
        List<String> list = new ArrayList<>(distinctIds(Math.max(Checks.max() + 1, 20)));
        List<String> bad = Arrays.asList("", "   ", "4f91\n4b1d", "4f91\u00004b1d", "a".repeat(10 * 1024),
                list.get(0), "4f91é4b1d", null);
        for (int i = 0; i < bad.size(); i++) {
            list.set(10 + i, bad.get(i));
        }
        RestoreRecordingsRequest body = new RestoreRecordingsRequest().restoreAll(false).recordingIds(list)
                .siteUrl("https://user@example.webex.com:443/path");

        ValidationReport report = RestoreRequestValidation.check(body, "\"quoted\"@@b");

        assertThat(found(report)).containsExactly(
                "recordingIds TooManyIds",
                "recordingIds[10] IdBlank",
                "recordingIds[11] IdBlank",
                "recordingIds[12] IdWhitespaceOrControl",
                "recordingIds[13] IdWhitespaceOrControl",
                "recordingIds[14] IdTooLong",
                "recordingIds[15] IdDuplicate",
                "recordingIds[16] IdNotAscii",
                "recordingIds[17] IdRequired",
                "siteUrl SiteHost",
                "hostEmail HostEmail");
        assertThat(report.violations()).allSatisfy(v -> assertThat(v.message()).startsWith(fieldOf(v.property())));
    }

    @Test
    void restoreAllWithBadIdsABadSiteAndABadEmail() {
        RestoreRecordingsRequest body = new RestoreRecordingsRequest().restoreAll(true)
                .recordingIds(Arrays.asList("ok", "", "ok")).siteUrl("");

        assertThat(found(RestoreRequestValidation.check(body, "a@b"))).containsExactly(
                "recordingIds IdsWithRestoreAll",
                "recordingIds[1] IdBlank",
                "recordingIds[2] IdDuplicate",
                "siteUrl SiteHost",
                "hostEmail HostEmail");
    }

    @Test
    void aNullBodyAndABadEmailAreBothReported() {
        assertThat(found(RestoreRequestValidation.check(null, "a@@b.com")))
                .containsExactly("body BodyRequired", "hostEmail HostEmail");
    }

    private static String fieldOf(String property) {
        int bracket = property.indexOf('[');
        return bracket < 0 ? property : property.substring(0, bracket);
    }
}
