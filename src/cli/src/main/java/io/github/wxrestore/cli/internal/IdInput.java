package io.github.wxrestore.cli.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the recording IDs of {@code --ids} (values, comma-separated) and {@code --ids-file} (one per line,
 * {@code -} for standard input, UTF-8; blank lines and lines starting with {@code #} are skipped; surrounding
 * whitespace and a byte-order mark are dropped). Everything else is kept as it is for validation to judge. The
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
    public static List<SourcedId> read(List<String> idValues, String idsFile, InputStream stdin) {
        List<SourcedId> ids = new ArrayList<>();
        for (int i = 0; i < idValues.size(); i++) {
            keep(new SourcedId(idValues.get(i).strip(), "--ids value " + (i + 1)), "--ids", ids);
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

    // streamed line by line, each line bounded, so that no file (not even /dev/zero) can fill the memory; a line
    // that is not UTF-8 is named by its number
    private static void readLines(InputStream raw, String name, List<SourcedId> into) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        byte[] line = new byte[256];
        int number = 0;
        try {
            for (int b = in.read(); b != -1; ) {
                int length = 0;
                for (; b != -1 && b != '\n'; b = in.read()) {
                    if (length == MAX_LINE_BYTES) {
                        throw new UsageProblem(name + " line " + (number + 1) + " is longer than "
                                + MAX_LINE_BYTES + " bytes: this is not a file of recording IDs, one per line");
                    }
                    if (length == line.length) {
                        line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, 2 * line.length));
                    }
                    line[length++] = (byte) b;
                }
                if (number == MAX_LINES) {
                    throw new UsageProblem(name + " has more than " + String.format(Locale.ROOT, "%,d", MAX_LINES)
                            + " lines: this is not a file of recording IDs a run takes");
                }
                number++;
                add(decode(utf8, line, length, name, number), name, number, into);
                if (b == '\n') {
                    b = in.read();
                }
            }
        } catch (IOException e) {
            throw new UsageProblem("cannot read " + name + " (" + e.getMessage() + ")", e);
        }
    }

    private static String decode(CharsetDecoder utf8, byte[] line, int length, String name, int number) {
        try {
            String text = utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
            return number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UsageProblem(name + " line " + number + " is not UTF-8 text", e);
        }
    }

    private static void add(String line, String name, int number, List<SourcedId> into) {
        String id = line.strip();
        if (id.isEmpty() || id.startsWith("#")) {
            return;
        }
        keep(new SourcedId(id, name + " line " + number), name, into);
    }

    // the one bound on IDs, whatever their source: past it, one line that names the source
    private static void keep(SourcedId id, String source, List<SourcedId> into) {
        if (into.size() == MAX_IDS) {
            throw new UsageProblem(source + " brings the recording IDs past " + String.format(Locale.ROOT, "%,d",
                    MAX_IDS) + ", more than one run takes: split the input into several runs");
        }
        into.add(id);
    }
}
