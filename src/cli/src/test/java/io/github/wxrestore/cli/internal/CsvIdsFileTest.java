package io.github.wxrestore.cli.internal;

import io.github.wxrestore.bulk.RecordingOwner;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An IDs file that is CSV with a header line, as list --csv writes it and a spreadsheet exports it. */
class CsvIdsFileTest {

    private static ReadIds read(String file) {
        return IdInput.read(List.of(), "-", stdin(file));
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theIdColumnIsReadWithEachRowsHostAndSiteAndItsLine() {
        ReadIds read = read("""
                # exported from the recycle bin
                id,topic,hostEmail,siteUrl,createTime
                9ed0a1,"Board meeting, Q3",ann@example.com,example.webex.com,2026-11-03T17:43:24Z
                9ed0a2,"A ""quoted"" topic",bob@example.com,example.webex.com,2026-11-02T10:00:00Z
                9ed0a3,No host,,,2026-11-01T10:00:00Z
                """);

        assertThat(read.ids()).containsExactly("9ed0a1", "9ed0a2", "9ed0a3");
        assertThat(read.origin(0)).isEqualTo("standard input line 3");
        assertThat(read.origin(2)).isEqualTo("standard input line 5");
        assertThat(read.hasOwners()).isTrue();
        assertThat(read.owner(0)).isEqualTo(new RecordingOwner("example.webex.com", "ann@example.com"));
        assertThat(read.owner(1)).isEqualTo(new RecordingOwner("example.webex.com", "bob@example.com"));
        assertThat(read.owner(2)).as("empty cells: the run's own").isNull();
    }

    @Test
    void columnNamesMatchIgnoringCaseAndRecordingIdNamesTheIdColumnToo() {
        ReadIds read = read("\uFEFFRecordingId ; x\nnot-this\r\n".replace(" ; x", ",SiteURL")
                .replace("not-this", "id-1,other.webex.com"));

        assertThat(read.ids()).containsExactly("id-1");
        assertThat(read.owner(0)).isEqualTo(new RecordingOwner("other.webex.com", null));
    }

    @Test
    void aTopicSpanningLinesInQuotesIsOneRecordAndTheNextIdKeepsItsOwnLine() {
        ReadIds read = read("id,topic\nid-1,\"two\nlines\"\nid-2,plain\n");

        assertThat(read.ids()).containsExactly("id-1", "id-2");
        assertThat(read.origin(1)).isEqualTo("standard input line 4");
        assertThat(read.hasOwners()).isFalse();
    }

    @Test
    void aPlainLineWithACommaIsRefusedWithTheHintThatItLooksLikeCsvWithoutAHeader() {
        assertThatThrownBy(() -> read("9ed0a1\n9ed0a2,2024-01-01\n"))
                .isInstanceOf(UsageProblem.class)
                .hasMessage("standard input line 2 holds a comma, which no recording ID has: '9ed0a2,2024-01-01'. "
                        + "For a CSV file, start it with a header line naming the ID column (id or recordingId); "
                        + "for a list, put one ID per line");
        assertThatThrownBy(() -> read("9ed0a2,2024-01-01\n")).as("a first line that is not a header")
                .hasMessageContaining("line 1 holds a comma");
    }

    @Test
    void aQuoteThatIsNeverClosedIsRefusedWithinTheBoundNotReadToTheEnd() {
        String endless = "id,topic\nid-1,\"" + "x".repeat(3 * IdInput.MAX_LINE_BYTES) + "\n";

        assertThatThrownBy(() -> read(endless)).isInstanceOf(UsageProblem.class)
                .hasMessageContaining("a CSV record is longer than");
    }

    @Test
    void aHeaderAloneHoldsNoIds() {
        assertThatThrownBy(() -> read("id,hostEmail")).isInstanceOf(UsageProblem.class)
                .hasMessageContaining("only a CSV header line");
        assertThat(read("id,hostEmail\n").ids()).isEmpty();
    }
}
