package io.github.wxrestore.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bulk journal as it lies on disk between two runs, read by the test's own reading of the format, not the
 * library's: whole lines (each ending in a newline), every one a JSON object with a known {@code type}, the first
 * the header; after them at most one torn line (no newline). Reading fails with an {@link AssertionError} naming
 * the line when the journal is anything else. Immutable.
 */
public final class JournalSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("header", "run", "call", "result", "badId",
            "presumedRestored");

    private final byte[] bytes;
    private final int complete;
    private final List<JsonNode> records;
    private final List<Integer> lineStarts;

    private JournalSnapshot(byte[] bytes, int complete, List<JsonNode> records, List<Integer> lineStarts) {
        this.bytes = bytes;
        this.complete = complete;
        this.records = records;
        this.lineStarts = lineStarts;
    }

    /** The journal at {@code file}; an empty one when there is no file yet. */
    public static JournalSnapshot read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int complete = 0;
        for (int i = bytes.length - 1; i >= 0 && complete == 0; i--) {
            complete = bytes[i] == '\n' ? i + 1 : 0;
        }
        List<JsonNode> records = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        while (start < complete) {
            int end = start;
            while (bytes[end] != '\n') {
                end++;
            }
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            records.add(parse(line, records.size() + 1));
            starts.add(start);
            start = end + 1;
        }
        return new JournalSnapshot(bytes, complete, List.copyOf(records), List.copyOf(starts));
    }

    /** Lines ending in a newline in {@code file} now: what a process has written whole so far. */
    public static int wholeLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        int lines = 0;
        for (byte b : Files.readAllBytes(file)) {
            lines += b == '\n' ? 1 : 0;
        }
        return lines;
    }

    private static JsonNode parse(String line, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new AssertionError("journal line " + number + " is not JSON: " + line, e);
        }
        if (node == null || !node.isObject() || !TYPES.contains(node.path("type").asText())) {
            throw new AssertionError("journal line " + number + " is not a journal record: " + line);
        }
        if ((number == 1) != node.path("type").asText().equals("header")) {
            throw new AssertionError("journal line " + number + (number == 1 ? " is not the header: " : " is a second "
                    + "header: ") + line);
        }
        return node;
    }

    /** The whole records, header first. */
    public List<JsonNode> records() {
        return records;
    }

    /** The bytes of the whole lines, which every later run must keep as they are (the journal is append-only). */
    public byte[] wholeBytes() {
        return Arrays.copyOf(bytes, complete);
    }

    /** True when the file ends in a line without its newline. */
    public boolean torn() {
        return complete < bytes.length;
    }

    /** Where the last whole line starts in the file. */
    public int lastLineStart() {
        return lineStarts.get(lineStarts.size() - 1);
    }

    /** The last whole record. */
    public JsonNode last() {
        return records.get(records.size() - 1);
    }

    /** IDs of the calls the journal records as restored. */
    public Set<String> restoredIds() {
        Set<String> restored = new HashSet<>();
        Map<String, List<String>> calls = callIds();
        for (JsonNode r : records) {
            if (r.path("type").asText().equals("result") && r.path("outcome").asText().equals("restored")) {
                List<String> ids = calls.get(key(r));
                if (ids == null) {
                    throw new AssertionError("a result without its call record before it: " + r);
                }
                restored.addAll(ids);
            }
        }
        return restored;
    }

    /** IDs the journal records as presumed restored ({@code presumedRestored} records). */
    public Set<String> presumedRestoredIds() {
        Set<String> presumed = new HashSet<>();
        records.stream().filter(r -> r.path("type").asText().equals("presumedRestored"))
                .forEach(r -> r.path("ids").forEach(id -> presumed.add(id.asText())));
        return presumed;
    }

    /** IDs of the calls the journal records as started but not how they ended: sent, perhaps, answer unknown. */
    public Set<String> unansweredIds() {
        Map<String, List<String>> open = callIds();
        records.stream().filter(r -> r.path("type").asText().equals("result")).forEach(r -> open.remove(key(r)));
        Set<String> ids = new HashSet<>();
        open.values().forEach(ids::addAll);
        return ids;
    }

    /** Runs recorded ({@code run} records). */
    public int runs() {
        return (int) records.stream().filter(r -> r.path("type").asText().equals("run")).count();
    }

    private Map<String, List<String>> callIds() {
        Map<String, List<String>> calls = new LinkedHashMap<>();
        for (JsonNode r : records) {
            if (r.path("type").asText().equals("call")) {
                List<String> ids = new ArrayList<>();
                r.path("ids").forEach(id -> ids.add(id.asText()));
                calls.put(key(r), ids);
            }
        }
        return calls;
    }

    private static String key(JsonNode record) {
        return record.path("run").asInt() + ":" + record.path("call").asInt();
    }
}
