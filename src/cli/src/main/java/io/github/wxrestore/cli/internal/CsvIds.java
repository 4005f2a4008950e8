package io.github.wxrestore.cli.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An IDs file that is CSV with a header line (RFC 4180, as {@code list --csv} writes it and spreadsheets export
 * it): the column {@code id} or {@code recordingId} names the recordings, and optional {@code hostEmail} and
 * {@code siteUrl} columns name whose they are; other columns are ignored, names are matched ignoring case. Lines
 * starting with {@code #} are comments. Read streamed, each record bounded like a line of a plain file.
 */
final class CsvIds {

    private static final List<String> ID_COLUMNS = List.of("id", "recordingid");
    private static final String HOST_COLUMN = "hostemail";
    private static final String SITE_COLUMN = "siteurl";
    private static final CsvMapper CSV = new CsvMapper();

    private CsvIds() {
    }

    /** True when {@code line}, the first that is not blank or a comment, is a header naming an ID column. */
    static boolean isHeader(String line) {
        for (String cell : line.split(",", -1)) {
            String name = unquoted(cell.strip()).strip().toLowerCase(Locale.ROOT);
            if (ID_COLUMNS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the records of {@code csv} (the header first) into {@code into}, each ID with the line it ends on,
     * counted from {@code headerLine}.
     */
    static void read(InputStream csv, String name, int headerLine, ReadIds into, Runnable beforeEachId) {
        CsvSchema header = CsvSchema.emptySchema().withHeader().withComments();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BoundedRecords reader = new BoundedRecords(new InputStreamReader(csv, decoder), name);
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(header)
                .with(CsvParser.Feature.TRIM_SPACES).readValues(reader)) {
            Columns columns = null;
            while (rows.hasNextValue()) {
                // where the record starts: asking for the next value has read its first cell, not more
                int line = headerLine + rows.getCurrentLocation().getLineNr() - 1;
                Map<String, String> row = rows.nextValue();
                columns = columns == null ? Columns.of(row.keySet(), name) : columns;
                reader.recordEnded();
                String id = columns.id(row);
                if (id == null || id.isEmpty()) {
                    continue; // a row without an ID, such as a spreadsheet's empty last row
                }
                beforeEachId.run();
                into.addLine(name, id, line, columns.site(row), columns.host(row));
            }
        } catch (UsageProblem e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UsageProblem(name + " is not a CSV file this command can read: " + firstLine(e.getMessage()), e);
        }
    }

    private static String unquoted(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1) : cell;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** The header's names for the columns read, as written in the file. */
    private record Columns(String id, String site, String host) {

        static Columns of(Iterable<String> names, String file) {
            String id = null;
            String site = null;
            String host = null;
            for (String name : names) {
                String key = name.strip().toLowerCase(Locale.ROOT);
                if (ID_COLUMNS.contains(key) && id == null) {
                    id = name;
                } else if (key.equals(SITE_COLUMN)) {
                    site = name;
                } else if (key.equals(HOST_COLUMN)) {
                    host = name;
                }
            }
            if (id == null) {
                throw new UsageProblem(file + ": the CSV header names no ID column: name it id or recordingId");
            }
            return new Columns(id, site, host);
        }

        String id(Map<String, String> row) {
            return row.get(id);
        }

        String site(Map<String, String> row) {
            return blankToNull(site == null ? null : row.get(site));
        }

        String host(Map<String, String> row) {
            return blankToNull(host == null ? null : row.get(host));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    // refuses a record longer than a plain file's line may be (a quote never closed would read the rest)
    private static final class BoundedRecords extends FilterReader {
        private static final int MAX_RECORD_CHARS = IdInput.MAX_LINE_BYTES;
        // the parser reads ahead by its buffer: a record is refused past the bound plus that much
        private static final int READ_AHEAD = 16 * 1024;
        private final String name;
        private long read;
        private long recordStart;

        BoundedRecords(Reader in, String name) {
            super(in);
            this.name = name;
        }

        void recordEnded() {
            recordStart = read;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                if (read - recordStart > MAX_RECORD_CHARS + READ_AHEAD + length) {
                    throw new UsageProblem(name + ": a CSV record is longer than " + MAX_RECORD_CHARS
                            + " characters (a quote that is never closed?): this is not a file of recording IDs");
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) == -1 ? -1 : one[0];
        }
    }
}
