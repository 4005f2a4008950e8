package io.github.wxrestore.cli.internal;

import io.github.wxrestore.listing.ListedRecording;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The listing's CSV: quoted where RFC 4180 needs it, safe to open in a spreadsheet, and read back as IDs. */
class ListingCsvTest {

    private static ListedRecording recording(String id, String topic, String host) {
        return new ListedRecording(id, topic, Instant.parse("2026-11-03T17:43:24Z"),
                Instant.parse("2026-11-03T16:40:20Z"), "example.webex.com", host, null, "MP4", "MeetingCenter",
                4472L, 248023188L, "deleted", null, null, null, false, List.of());
    }

    private static String csv(ListedRecording... recordings) {
        StringWriter text = new StringWriter();
        ListingCsv csv = new ListingCsv(new PrintWriter(text));
        csv.begin("ignored");
        for (ListedRecording r : recordings) {
            csv.recording(r);
        }
        csv.end(true, 1);
        return text.toString();
    }

    @Test
    void aTopicWithCommasQuotesAndLineBreaksIsQuotedAndReadBackWithItsRow() {
        String text = csv(recording("id-1", "Board, \"Q3\"\nfollow-up", "ann@example.com"),
                recording("id-2", "Weekly sync", "bob@example.com"));

        assertThat(text).startsWith("id,topic,hostEmail,siteUrl,createTime,timeRecorded,format,serviceType,"
                + "durationSeconds,sizeBytes,status\r\n")
                .contains("id-1,\"Board, \"\"Q3\"\"\nfollow-up\",ann@example.com,example.webex.com,"
                        + "2026-11-03T17:43:24Z,2026-11-03T16:40:20Z,MP4,MeetingCenter,4472,248023188,deleted\r\n");
        ReadIds back = IdInput.read(List.of(), "-", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(back.ids()).containsExactly("id-1", "id-2");
        assertThat(back.owner(1).hostEmail()).isEqualTo("bob@example.com");
    }

    @Test
    void aTopicASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(ListingCsv.safeForSpreadsheets("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(ListingCsv.safeForSpreadsheets("+1")).isEqualTo("'+1");
        assertThat(ListingCsv.safeForSpreadsheets("-1")).isEqualTo("'-1");
        assertThat(ListingCsv.safeForSpreadsheets("@sum")).isEqualTo("'@sum");
        assertThat(ListingCsv.safeForSpreadsheets("Board meeting")).isEqualTo("Board meeting");
        assertThat(csv(recording("id-1", "=1+1", "ann@example.com"))).contains("id-1,'=1+1,ann@example.com");
    }
}
