package io.github.wxrestore.bulk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wxrestore.bulk.BadId;
import io.github.wxrestore.bulk.BulkJournalException.Reason;
import io.github.wxrestore.bulk.BulkJournalException;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.PlannedCall;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The append-only journal of a bulk run: JSON lines, each written whole and forced to disk
 * ({@link FileChannel#force}) before the run goes on. Line 1 is the header (which input it belongs to); each
 * run adds a {@code run} line, then per call a {@code call} line (its IDs) before anything is sent and a
 * {@code result} line (status, tracking ID, message) after the answer; after a result, a {@code badId} line for an
 * ID Webex answered for on its own ({@link BadId}) and a {@code presumedRestored} line for IDs a 404 after a lost
 * answer leaves presumed restored. A grouped run (IDs of several owners) has the fingerprint of its (ID,
 * owner) pairs in its header, and its call lines name the owner they send ({@code siteUrl}, {@code hostEmail});
 * any other run's lines are as they were before owners. A call line without a result is a call
 * whose answer was lost in a crash. A last line without its newline is a torn write: it is dropped; any other
 * line that is not a record makes the journal refused. The access token is never written. The file is locked
 * while open, so two runs cannot share it. Thread-safe: appends are serialised.
 */
public final class Journal implements AutoCloseable {

    /**
     * Still 1 with owners: a run that is not grouped writes what it wrote before, byte for byte, and an older
     * version refuses a grouped journal before it reads a line past the header (its fingerprint, of (ID, owner)
     * pairs, is one no older version makes, so it is another input to them: nothing sent). The owner of a call
     * line is an added field, which nothing older reads.
     */
    static final int FORMAT = 1;
    /**
     * The longest journal line read: a call line of 100 IDs of 256 characters is about 52 KB, a result line holds
     * at most what Webex said (a 64 KiB body); a longer line is not a record.
     */
    static final int MAX_LINE_BYTES = 1 << 20;
    private static final String MAY_HAVE_BEEN_APPLIED = "mayHaveBeenApplied";
    // the same flag, as journals written before the one failure vocabulary named it; still read
    private static final String MAY_HAVE_BEEN_APPLIED_OLD_NAME = "uncertain";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final Clock clock;
    private final JournalHistory history;
    private final boolean recovered;
    private final boolean namesOwners;
    private final int run;
    private String writeFailed; // guarded by this

    private Journal(Path path, FileChannel channel, FileLock lock, Clock clock, JournalHistory history,
                    boolean recovered, boolean namesOwners) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.clock = clock;
        this.history = history;
        this.recovered = recovered;
        this.namesOwners = namesOwners;
        this.run = history.runs() + 1;
    }

    /** No journal: every method does nothing. */
    public static Journal none() {
        return new Journal(null, null, null, Clock.systemUTC(), JournalHistory.empty(), false, false);
    }

    /**
     * Opens {@code path} for a run of {@code expected}: creates it with its header, or checks the header of the
     * one there, drops a torn last line, and reads what it says. Holds its lock until {@link #close()}.
     *
     * @throws BulkJournalException (MISMATCH, CORRUPT, IN_USE, UNUSABLE) when it cannot be used; nothing was sent
     */
    public static Journal open(Path path, JournalHeader expected, Clock clock) {
        requireRegularFile(path);
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            throw new BulkJournalException(Reason.UNUSABLE, path, "cannot create journal " + path
                    + ": its directory does not exist", e);
        } catch (IOException | UnsupportedOperationException e) {
            throw new BulkJournalException(Reason.UNUSABLE, path, "cannot open journal " + path + ": " + e, e);
        }
        try {
            FileLock lock = lockOrRefuse(path, channel);
            channel.position(0);
            // not closed: closing this stream would close the channel the journal goes on writing to
            Scan scan = scan(path, Channels.newInputStream(channel), expected);
            if (scan.torn()) {
                channel.truncate(scan.complete());
                channel.force(true);
            }
            Journal journal = new Journal(path, channel, lock, clock, scan.history(), scan.torn(),
                    expected.grouped());
            channel.position(scan.complete());
            if (scan.complete() == 0) {
                journal.append(header(expected, clock));
                syncDirectory(path);
            }
            return journal;
        } catch (BulkJournalException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new BulkJournalException(Reason.UNUSABLE, path, "cannot read journal " + path + ": " + e, e);
        }
    }

    /**
     * What the journal at {@code path} says, without changing or locking it (for a dry run): empty when there
     * is no file; a torn last line is ignored.
     *
     * @throws BulkJournalException (MISMATCH, CORRUPT, UNUSABLE) as {@link #open} would
     */
    public static ReadOnly read(Path path, JournalHeader expected) {
        if (!Files.exists(path)) {
            return new ReadOnly(JournalHistory.empty(), false);
        }
        requireRegularFile(path);
        try (InputStream in = Files.newInputStream(path)) {
            Scan scan = scan(path, in, expected);
            return new ReadOnly(scan.history(), scan.torn());
        } catch (IOException e) {
            throw new BulkJournalException(Reason.UNUSABLE, path, "cannot read journal " + path + ": " + e, e);
        }
    }

    /** What a journal says, read without opening it for writing. */
    public record ReadOnly(JournalHistory history, boolean tornLastLine) {
    }

    public JournalHistory history() {
        return history;
    }

    /** True when the journal ended in a torn line, which was dropped. */
    public boolean recovered() {
        return recovered;
    }

    /** This run's number: 1 for a new journal, one more than the last recorded run otherwise. */
    public int run() {
        return run;
    }

    /** Records that a run starts with {@code calls} calls for {@code pendingIds} IDs. */
    public void runStarted(int calls, int pendingIds) {
        ObjectNode node = record("run");
        node.put("calls", calls).put("pendingIds", pendingIds);
        append(node);
    }

    /**
     * Records, before anything is sent, which recordings {@code call} of this run names, and in a grouped run
     * whose they are (the site and host it sends).
     */
    public void callStarting(PlannedCall call) {
        ObjectNode node = record("call");
        node.put("call", call.number()).put("restoreAll", call.selection().isAll());
        if (namesOwners) {
            node.put("siteUrl", call.siteUrl()).put("hostEmail", call.hostEmail());
        }
        ArrayNode array = node.putArray("ids");
        call.recordingIds().forEach(array::add);
        append(node);
    }

    /** Records how a call ended. */
    public void callFinished(CallOutcome outcome) {
        ObjectNode node = record("result");
        node.put("call", outcome.number()).put("outcome", outcome.restored() ? "restored" : "failed")
                .put("status", outcome.status()).put("attempts", outcome.attempts());
        if (outcome.trackingId() != null) {
            node.put("trackingId", outcome.trackingId());
        }
        if (outcome.category() != null) {
            node.put("category", outcome.category().name());
        }
        if (outcome.mayHaveBeenApplied()) {
            node.put(MAY_HAVE_BEEN_APPLIED, true); // a later 404 for these IDs would not mean much
        }
        if (outcome.message() != null) {
            node.put("message", outcome.message());
        }
        if (!outcome.descriptions().isEmpty()) {
            ArrayNode array = node.putArray("descriptions");
            outcome.descriptions().forEach(array::add);
        }
        append(node);
    }

    /** Records that {@code bad} is bad, as the answer to call {@code call} of this run said. */
    public void badId(int call, BadId bad) {
        ObjectNode node = record("badId");
        node.put("call", call).put("id", bad.recordingId()).put("status", bad.status())
                .put("description", bad.description());
        append(node);
    }

    /** Records that the IDs of {@code outcome} are presumed restored ({@link CallOutcome#presumedRestored()}). */
    public void presumedRestored(CallOutcome outcome) {
        ObjectNode node = record("presumedRestored");
        node.put("call", outcome.number()).put("status", outcome.status());
        ArrayNode array = node.putArray("ids");
        outcome.recordingIds().forEach(array::add);
        append(node);
    }

    private ObjectNode record(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", type).put("run", run).put("at", clock.instant().toString());
        return node;
    }

    private static ObjectNode header(JournalHeader h, Clock clock) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "header").put("format", FORMAT).put("restoreAll", h.restoreAll())
                .put("siteUrl", h.siteUrl()).put("hostEmail", h.hostEmail()).put("uniqueIds", h.uniqueIds());
        if (h.grouped()) {
            node.put("owners", h.owners());
        }
        node.put("fingerprint", h.fingerprint());
        if (h.grouped()) {
            node.put("idsFingerprint", h.idsFingerprint());
        }
        node.put("created", clock.instant().toString());
        return node;
    }

    // one write of the whole line, then force: a crash leaves whole lines, or a torn last one without its newline.
    // A write that fails (a full disk) is cut back to the last whole line, and nothing more is appended: calls
    // still in flight must not write their results after a fragment, which would make the journal unreadable
    private synchronized void append(ObjectNode node) {
        if (channel == null) {
            return;
        }
        if (writeFailed != null) {
            throw new BulkJournalException(Reason.WRITE_FAILED, path, "journal " + path + " could not be written "
                    + "earlier in this run (" + writeFailed + "); nothing more is written to it", null);
        }
        long wholeLines = -1;
        try {
            wholeLines = channel.position();
            byte[] line = JSON.writeValueAsBytes(node);
            ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            writeFailed = e.toString();
            cutBackTo(wholeLines);
            throw new BulkJournalException(Reason.WRITE_FAILED, path, "cannot write to journal " + path + ": " + e
                    + "; the run stopped, and what the journal holds is still valid", e);
        }
    }

    // best effort: a fragment left behind would still read as a torn last line, as long as nothing follows it
    private void cutBackTo(long wholeLines) {
        if (wholeLines < 0) {
            return;
        }
        try {
            channel.truncate(wholeLines);
            channel.position(wholeLines);
            channel.force(false);
        } catch (IOException ignored) {
            // the disk refuses even this: the next open drops the fragment as a torn last line
        }
    }

    @Override
    public synchronized void close() {
        if (channel == null) {
            return;
        }
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it anyway
        }
        closeQuietly(channel);
    }

    private static FileLock lockOrRefuse(Path path, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new BulkJournalException(Reason.IN_USE, path, "journal " + path
                    + " is in use by another run; wait for it to end, or use another journal file", null);
        }
        return lock;
    }

    /**
     * Refuses, before reading a byte, what cannot be a journal: a device or a directory (/dev/zero and /dev/full
     * never end). A path that does not exist yet is fine: it becomes a new journal.
     */
    private static void requireRegularFile(Path path) {
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new BulkJournalException(Reason.UNUSABLE, path, "journal " + path + " is not a regular file (a "
                    + "device, a directory...): nothing was sent; use a file", null);
        }
    }

    /** What reading a journal found: its history, the bytes of its whole lines, and whether a torn line follows. */
    private record Scan(JournalHistory history, long complete, boolean torn) {
    }

    /**
     * Reads a journal line by line, each line at most {@value #MAX_LINE_BYTES} bytes, so that its size never
     * decides the memory it takes. A file that is not a journal is refused before anything changes it: its first
     * bytes must be those of a header ({@code {"type":"header"}), also when they are all there is (a header torn
     * by a crash). A last line without its newline is torn; any other line that is not a record is damage.
     */
    private static Scan scan(Path path, InputStream raw, JournalHeader expected) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        JournalHistory history = JournalHistory.empty();
        byte[] line = new byte[4096];
        long complete = 0;
        int lineNumber = 0;
        int length = 0;
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b != '\n') {
                if (length == MAX_LINE_BYTES) {
                    throw lineNumber == 0 ? notAJournal(path) : corrupt(path, lineNumber + 1,
                            "it is longer than any journal record (" + MAX_LINE_BYTES + " bytes)");
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, 2 * line.length));
                }
                line[length++] = (byte) b;
                if (lineNumber == 0 && length == HEADER_START.length && !startsLikeAHeader(line, length)) {
                    throw notAJournal(path);
                }
                continue;
            }
            lineNumber++;
            if (lineNumber == 1 && (length < HEADER_START.length || !startsLikeAHeader(line, length))) {
                throw notAJournal(path);
            }
            JsonNode node = parseLine(path, lineNumber, line, 0, length);
            if (lineNumber == 1) {
                checkHeader(path, node, expected);
            } else {
                replay(path, lineNumber, node, history);
            }
            complete += length + 1;
            length = 0;
        }
        if (lineNumber == 0 && length > 0 && !startsLikeAHeader(line, length)) {
            throw notAJournal(path);
        }
        return new Scan(history, complete, length > 0);
    }

    private static BulkJournalException notAJournal(Path path) {
        return new BulkJournalException(Reason.NOT_A_JOURNAL, path, path + " is not a journal: its first line is "
                + "not a journal header. It was left as it is and nothing was sent; use a new file, or one an "
                + "earlier run wrote.", null);
    }

    // the start of every header this class writes: {"type":"header", then the format and the rest
    private static final byte[] HEADER_START = "{\"type\":\"header\"".getBytes(StandardCharsets.US_ASCII);

    // the first `length` bytes are HEADER_START, or (cut shorter) the start of it
    private static boolean startsLikeAHeader(byte[] bytes, int length) {
        int n = Math.min(length, HEADER_START.length);
        for (int i = 0; i < n; i++) {
            if (bytes[i] != HEADER_START[i]) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode parseLine(Path path, int lineNumber, byte[] bytes, int start, int end) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw corrupt(path, lineNumber, "it is not UTF-8 text");
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject() || !node.path("type").isTextual()) {
                throw corrupt(path, lineNumber, "it is not a journal record");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw corrupt(path, lineNumber, "it is not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static void checkHeader(Path path, JsonNode node, JournalHeader expected) {
        if (!"header".equals(node.path("type").asText())) {
            throw corrupt(path, 1, "the first line is not a journal header");
        }
        if (node.path("format").asInt(-1) != FORMAT) {
            throw corrupt(path, 1, "it has journal format " + node.path("format") + ", this version reads format "
                    + FORMAT);
        }
        JournalHeader found = JournalHeader.read(node.path("restoreAll").asBoolean(), textOrNull(node, "siteUrl"),
                textOrNull(node, "hostEmail"), node.path("uniqueIds").asInt(), node.path("fingerprint").asText(),
                node.path("owners").asInt(0), textOrNull(node, "idsFingerprint"));
        List<String> differences = expected.differencesFrom(found);
        if (!differences.isEmpty()) {
            throw new BulkJournalException(Reason.MISMATCH, path, "journal " + path + " does not match this input: "
                    + String.join("; ", differences) + ". Nothing was sent. Use another journal file, or the input "
                    + "it was written for.", null);
        }
    }

    private static void replay(Path path, int lineNumber, JsonNode node, JournalHistory history) {
        String type = node.path("type").asText();
        int run = node.path("run").asInt(-1);
        if (run < 1) {
            throw corrupt(path, lineNumber, "its run number is missing");
        }
        switch (type) {
            case "run" -> history.runStarted(run);
            case "call" -> {
                List<String> list = ids(path, lineNumber, node, "call");
                history.runStarted(run);
                if (!history.callStarted(key(run, node.path("call").asInt()), list,
                        node.path("restoreAll").asBoolean(false))) {
                    throw corrupt(path, lineNumber, "call " + node.path("call").asInt() + " of run " + run
                            + " is recorded twice");
                }
            }
            case "result" -> {
                String outcome = node.path("outcome").asText();
                if (!outcome.equals("restored") && !outcome.equals("failed")) {
                    throw corrupt(path, lineNumber, "a result that is neither restored nor failed");
                }
                boolean applied = node.path(MAY_HAVE_BEEN_APPLIED).asBoolean(false)
                        || node.path(MAY_HAVE_BEEN_APPLIED_OLD_NAME).asBoolean(false);
                if (!history.callEnded(key(run, node.path("call").asInt()), outcome.equals("restored"), applied)) {
                    throw corrupt(path, lineNumber, "a result for call " + node.path("call") + " of run " + run
                            + ", which has no call record before it");
                }
            }
            case "badId" -> {
                JsonNode id = node.path("id");
                if (!id.isTextual() || !node.path("status").canConvertToInt()) {
                    throw corrupt(path, lineNumber, "a badId record without its ID or status");
                }
                history.badId(new BadId(id.asText(), node.path("status").asInt(),
                        node.path("description").asText(""), run));
            }
            case "presumedRestored" -> history.presumedRestored(ids(path, lineNumber, node, "presumedRestored"));
            default -> throw corrupt(path, lineNumber, "unknown record type '" + type + "'");
        }
    }

    private static List<String> ids(Path path, int lineNumber, JsonNode node, String type) {
        JsonNode ids = node.path("ids");
        if (!ids.isArray() || !node.path("call").canConvertToInt()) {
            throw corrupt(path, lineNumber, "a " + type + " record without its call number or IDs");
        }
        List<String> list = new ArrayList<>(ids.size());
        for (JsonNode id : ids) {
            if (!id.isTextual()) {
                throw corrupt(path, lineNumber, "a " + type + " record with an ID that is not text");
            }
            list.add(id.asText());
        }
        return List.copyOf(list);
    }

    static String key(int run, int call) {
        return run + ":" + call;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BulkJournalException corrupt(Path path, int lineNumber, String why) {
        return new BulkJournalException(Reason.CORRUPT, path, "journal " + path + " line " + lineNumber
                + " is damaged: " + why + ". Nothing was sent. Only a torn last line (a crash while writing) is "
                + "recovered on its own; move this file aside to start afresh.", null);
    }

    private static void syncDirectory(Path path) {
        Path dir = path.toAbsolutePath().getParent();
        if (dir == null) {
            return;
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true); // the new file's directory entry survives a crash too
        } catch (IOException | RuntimeException ignored) {
            // not every platform can open or sync a directory; the file itself is synced
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}
