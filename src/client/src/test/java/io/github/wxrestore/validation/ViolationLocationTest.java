package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static io.github.wxrestore.validation.Checks.distinctIds;
import static io.github.wxrestore.validation.Checks.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a violation is, as data: the field and, for one ID, its index; the property text follows from them. */
class ViolationLocationTest {

    @Test
    void aBadIdReportsItsFieldAndIndexAsData() {
        Violation v = RestoreRequestValidation.check(ids("a", "b", "c", " "), null).violations().get(0);

        assertThat(v.field()).isEqualTo(Violation.Field.RECORDING_IDS);
        assertThat(v.index()).isEqualTo(OptionalInt.of(3));
        assertThat(v.property()).isEqualTo("recordingIds[3]");
        assertThat(v.message()).isEqualTo("recordingIds[3] must not be blank; got ' '");
        assertThat(v).hasToString("recordingIds[3]: recordingIds[3] must not be blank; got ' '");
    }

    @Test
    void aProblemWithAWholeFieldHasNoIndex() {
        List<String> tooMany = new ArrayList<>(distinctIds(Checks.max() + 1));
        ValidationReport report = RestoreRequestValidation.check(
                ids(tooMany).siteUrl("https://example.webex.com"), "a@@b.com");

        assertThat(report.violations()).extracting(Violation::field, Violation::index, Violation::property)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Violation.Field.RECORDING_IDS, OptionalInt.empty(),
                                "recordingIds"),
                        org.assertj.core.groups.Tuple.tuple(Violation.Field.SITE_URL, OptionalInt.empty(), "siteUrl"),
                        org.assertj.core.groups.Tuple.tuple(Violation.Field.HOST_EMAIL, OptionalInt.empty(),
                                "hostEmail"));
    }

    @Test
    void aCallOfALongerInputNamesEachIdAtItsInputPosition() {
        Violation v = RestoreRequestValidation.check(ids("a", "b", ""), null, i -> 200 + i).violations().get(0);

        assertThat(v.index()).isEqualTo(OptionalInt.of(202));
        assertThat(v.property()).isEqualTo("recordingIds[202]");
        assertThat(v.message()).isEqualTo("recordingIds[202] must not be blank; got ''");
    }

    @Test
    void aNullBodyIsAtTheBody() {
        Violation v = RestoreRequestValidation.check((RestoreRecordingsRequest) null, null).violations().get(0);

        assertThat(v.field()).isEqualTo(Violation.Field.BODY);
        assertThat(v.index()).isEmpty();
        assertThat(v.property()).isEqualTo("body");
    }

    @Test
    void theWireNamesOfTheFields() {
        assertThat(Violation.Field.values()).extracting(Violation.Field::wireName)
                .containsExactly("body", "recordingIds", "siteUrl", "hostEmail");
    }

    @Test
    void onlyARecordingIdHasAnIndexAndItIsNotNegative() {
        assertThatThrownBy(() -> new Violation(Violation.Field.SITE_URL, OptionalInt.of(0), "SiteHost", "m", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Violation.ofId(-1, "IdBlank", "m", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Violation.ofId(7, "IdBlank", "m", "").property()).isEqualTo("recordingIds[7]");
        assertThat(Violation.of(Violation.Field.HOST_EMAIL, "HostEmail", "m", "x").property()).isEqualTo("hostEmail");
    }
}
