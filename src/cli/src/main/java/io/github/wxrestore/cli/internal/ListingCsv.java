package io.github.wxrestore.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.wxrestore.listing.ListedRecording;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The listing as CSV (RFC 4180): a header line, then one row per recording, written as the pages arrive. The
 * columns {@code id}, {@code hostEmail} and {@code siteUrl} are what {@code restore --ids-file} reads back, so a
 * listing edited in a spreadsheet restores exactly its rows. A topic that a spreadsheet would take for a formula
 * (it starts with {@code = + - @}, a tab or a carriage return: a host chose it) is written after a {@code '}.
 */
public final class ListingCsv implements ListingOutput {

    static final List<String> COLUMNS = List.of("id", "topic", "hostEmail", "siteUrl", "createTime",
            "timeRecorded", "format", "serviceType", "durationSeconds", "sizeBytes", "status");

    private final SequenceWriter rows;
    private final PrintWriter out;

    public ListingCsv(PrintWriter out) {
        this.out = out;
        CsvMapper mapper = new CsvMapper();
        mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false); // stdout stays open
        mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING); // quotes only where RFC 4180 needs them
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        try {
            rows = mapper.writer(schema.build()).writeValues(out);
        } catch (IOException e) {
            throw new UncheckedIOException("starting the CSV output", e);
        }
    }

    @Override
    public void begin(String scope) {
        // the header line is the first row's; CSV has no room for words
    }

    @Override
    public void recording(ListedRecording r) {
        write(Arrays.asList(r.id(), safeForSpreadsheets(r.topic()), r.hostEmail(), r.siteUrl(), text(r.createTime()),
                text(r.timeRecorded()), r.format(), r.serviceType(), text(r.durationSeconds()), text(r.sizeBytes()),
                r.status()));
    }

    @Override
    public void end(boolean complete, int pages) {
        try {
            rows.flush();
            rows.close();
        } catch (IOException e) {
            throw new UncheckedIOException("ending the CSV output", e);
        }
    }

    // a comment line (restore --ids-file skips it) so that a cut file is not taken for the whole bin
    @Override
    public void failed(String problem, int pages) {
        end(false, pages);
        out.print("# incomplete: the listing failed after " + pages + " pages: " + problem.replace('\n', ' ')
                + "\r\n");
        out.flush();
    }

    private void write(List<String> row) {
        try {
            rows.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a CSV row", e); // a PrintWriter never throws: checkError() says
        }
    }

    static String safeForSpreadsheets(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
