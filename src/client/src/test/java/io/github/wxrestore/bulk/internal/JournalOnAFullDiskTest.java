package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.bulk.BulkJournalException;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.bulk.RestoreSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal whose disk fills up mid-line stays readable: the failed write is cut back to the last whole line and
 * nothing is appended after it, not even the result of a call that was in flight. The disk is made full for real,
 * in a child JVM whose file size limit ({@code ulimit -f}) is 4 KiB: its writes past the limit fail with
 * "File too large" after a short write, as on a full disk.
 */
class JournalOnAFullDiskTest {

    private static final JournalHeader HEADER = JournalHeader.of(false, "example.webex.com", null,
            UniqueIds.of(ids(0, 500)));

    @Test
    void aWriteThatFailsHalfwayLeavesOnlyWholeLinesAndTheJournalStillOpens(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("run.journal");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder("bash", "-c", "ulimit -f 4 && exec \"$0\" \"$@\"", java, "-cp",
                System.getProperty("java.class.path"), Writer.class.getName(), journal.toString())
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the writer ends").isTrue();
        String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(said).isZero();
        assertThat(said).contains("first failure: WRITE_FAILED").contains("File too large")
                .contains("then: WRITE_FAILED");

        byte[] bytes = Files.readAllBytes(journal);
        assertThat(bytes.length).isLessThanOrEqualTo(4096);
        assertThat(bytes[bytes.length - 1]).as("the journal ends with a whole line").isEqualTo((byte) '\n');
        Journal.ReadOnly read = Journal.read(journal, HEADER); // refused as damaged before the fix
        assertThat(read.tornLastLine()).isFalse();
        assertThat(read.history().callOrder()).isNotEmpty();
    }

    private static List<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> String.format("%032x", i)).toList();
    }

    /** Writes call lines until the disk is full, then the result of the first call, as a worker in flight would. */
    public static final class Writer {
        public static void main(String[] args) {
            try (Journal journal = Journal.open(Path.of(args[0]), HEADER, Clock.systemUTC())) {
                journal.runStarted(5, 500);
                PlannedCall first = new PlannedCall(1, RestoreSelection.ids(ids(0, 100)), false);
                try {
                    for (int call = 1; call <= 5; call++) {
                        journal.callStarting(new PlannedCall(call, RestoreSelection.ids(ids(call * 100 - 100,
                                call * 100)), false));
                    }
                    System.out.println("no failure: the file size limit did not apply");
                } catch (BulkJournalException e) {
                    System.out.println("first failure: " + e.reason() + " " + e.getMessage());
                }
                try {
                    journal.callFinished(new CallOutcome(first, true, 204, "t", null, List.of(), null, 1, false));
                    System.out.println("then: written");
                } catch (BulkJournalException e) {
                    System.out.println("then: " + e.reason());
                }
            }
        }
    }
}
