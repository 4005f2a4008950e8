package io.github.wxrestore.cli.internal;

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
import java.util.List;

/**
 * Reads the recording IDs of {@code --ids} (values, comma-separated) and {@code --ids-file} (one per line,
 * {@code -} for standard input, UTF-8; blank lines and lines starting with {@code #} are skipped; surrounding
 * whitespace and a byte-order mark are dropped). Everything else is kept as it is for validation to judge.
 */
public final class IdInput {

    private IdInput() {
    }

    /** The IDs in order: {@code --ids} values first, then the file's. */
    public static List<SourcedId> read(List<String> idValues, String idsFile, InputStream stdin) {
        List<SourcedId> ids = new ArrayList<>();
        for (int i = 0; i < idValues.size(); i++) {
            ids.add(new SourcedId(idValues.get(i).strip(), "--ids value " + (i + 1)));
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

    // line by line from the bytes, so that a line that is not UTF-8 is named by its number
    private static void readLines(InputStream in, String name, List<SourcedId> into) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UsageProblem("cannot read " + name + " (" + e.getMessage() + ")", e);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int number = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            String line;
            try {
                line = utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new UsageProblem(name + " line " + number + " is not UTF-8 text", e);
            }
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                into.add(new SourcedId(id, name + " line " + number));
            }
            start = end + 1;
        }
    }
}
