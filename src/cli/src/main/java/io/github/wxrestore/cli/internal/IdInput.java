package io.github.wxrestore.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the recording IDs of {@code --ids} (values, comma-separated) and {@code --ids-file} (one per line,
 * {@code -} for standard input, UTF-8; blank lines and lines starting with {@code #} are skipped; surrounding
 * whitespace and a byte-order mark are dropped). Everything else is kept as it is for validation to judge, except a
 * line with a comma, which no ID has. A file whose first line is a CSV header naming an {@code id} or
 * {@code recordingId} column is read as CSV ({@link CsvIds}), with the owners its other columns name. The
 * file is streamed, a line at most {@value #MAX_LINE_BYTES} bytes and at most {@value #MAX_IDS} IDs in all, so no
 * input can exhaust the memory.
 */
public final class IdInput {

    /** The longest line read: far more than an ID (256 characters) with spaces and a comment around it. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    /** The most IDs one run reads, from every source together. */
    static final int MAX_IDS = 2_000_000;

    /** The most lines a file may have, comments and blank lines included (so that no stream of them runs forever). */
    static final int MAX_LINES = 4 * MAX_IDS;

    private IdInput() {
    }

    /** The IDs in order: {@code --ids} values first, then the file's. */
    public static ReadIds read(List<String> idValues, String idsFile, InputStream stdin) {
        ReadIds ids = new ReadIds();
        for (int i = 0; i < idValues.size(); i++) {
            keep(ids, "--ids");
            ids.addValue(idValues.get(i).strip(), i + 1);
        }
        if (idsFile != null) {
            if (idsFile.equals("-")) {
                readLines(stdin, "standard input", ids);
            } else {
                try (InputStream in = Files.newInputStream(Path.of(idsFile))) {
                    readLines(in, idsFile, ids);
                } catch (NoSuchFileException e) {
                    throw new UsageProblem("--ids-file " + idsFile + ": no such file");
                } catch (AccessDeniedException e) {
                    throw new UsageProblem("--ids-file " + idsFile + ": permission denied");
                } catch (IOException e) {
                    throw new UsageProblem("--ids-file " + idsFile + ": cannot read it (" + e.getMessage() + ")", e);
                }
            }
        }
        return ids;
    }

    // streamed in blocks and split into lines, each line bounded, so that no file (not even /dev/zero) can fill
    // the memory; a line that is not UTF-8 is named by its number
    private static void readLines(InputStream in, String name, ReadIds into) {
        Lines lines = new Lines(name, into);
        byte[] block = new byte[1 << 16];
        try {
            for (int n = in.read(block); n != -1; n = in.read(block)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (block[i] == '\n') {
                        lines.append(block, start, i);
                        String header = lines.end();
                        if (header != null) { // a CSV file: the CSV reader takes the header and all that follows
                            InputStream rest = new SequenceInputStream(new ByteArrayInputStream(
                                    (header + "\n").getBytes(StandardCharsets.UTF_8)), new SequenceInputStream(
                                    new ByteArrayInputStream(block, i + 1, n - i - 1), in));
                            CsvIds.read(rest, name, lines.number, into, () -> keep(into, name));
                            return;
                        }
                        start = i + 1;
                    }
                }
                lines.append(block, start, n);
            }
            if (lines.length > 0 && lines.end() != null) { // a last line without its newline
                throw new UsageProblem(name + " holds only a CSV header line: no recording IDs");
            }
        } catch (IOException e) {
            throw new UsageProblem("cannot read " + name + " (" + e.getMessage() + ")", e);
        }
    }

    /** The line being read, and what ends it. */
    private static final class Lines {
        private final String name;
        private final ReadIds into;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private byte[] line = new byte[256];
        private int length;
        private boolean ascii = true;
        private int number;
        private boolean sawAnId;

        Lines(String name, ReadIds into) {
            this.name = name;
            this.into = into;
        }

        void append(byte[] bytes, int from, int to) {
            int more = to - from;
            if (more == 0) {
                return;
            }
            if (length + more > MAX_LINE_BYTES) {
                throw new UsageProblem(name + " line " + (number + 1) + " is longer than " + MAX_LINE_BYTES
                        + " bytes: this is not a file of recording IDs, one per line");
            }
            if (length + more > line.length) {
                line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, Math.max(length + more, 2 * line.length)));
            }
            for (int i = from; i < to; i++) {
                ascii &= bytes[i] >= 0;
            }
            System.arraycopy(bytes, from, line, length, more);
            length += more;
        }

        /** Ends the line; returns it when it is the header of a CSV file (its first line that says something). */
        String end() {
            if (number == MAX_LINES) {
                throw new UsageProblem(name + " has more than " + String.format(Locale.ROOT, "%,d", MAX_LINES)
                        + " lines: this is not a file of recording IDs a run takes");
            }
            number++;
            String id = decode().strip();
            length = 0;
            ascii = true;
            if (id.isEmpty() || id.startsWith("#")) {
                return null;
            }
            if (!sawAnId && CsvIds.isHeader(id)) {
                return id;
            }
            sawAnId = true;
            if (id.indexOf(',') >= 0) {
                // no recording ID holds a comma: sent as one, it would fail at Webex or restore the wrong thing
                throw new UsageProblem(name + " line " + number + " holds a comma, which no recording ID has: "
                        + "'" + Texts.oneLine(id) + "'. For a CSV file, start it with a header line naming the ID "
                        + "column (id or recordingId); for a list, put one ID per line");
            }
            keep(into, name);
            into.addLine(name, id, number);
            return null;
        }

        // ASCII, nearly every line of an export, needs no decoder
        private String decode() {
            if (ascii) {
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            try {
                String text = utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
                return number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                throw new UsageProblem(name + " line " + number + " is not UTF-8 text", e);
            }
        }
    }

    // the one bound on IDs, whatever their source: past it, one line that names the source
    private static void keep(ReadIds into, String source) {
        if (into.size() == MAX_IDS) {
            throw new UsageProblem(source + " brings the recording IDs past " + String.format(Locale.ROOT, "%,d",
                    MAX_IDS) + ", more than one run takes: split the input into several runs");
        }
    }
}
