package io.github.wxrestore.cli;

import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that never end or are far too large: each is read within a bound that fits its purpose, and exceeding
 * it is one clear line on stderr and exit 2, with nothing sent and no stack trace (no OutOfMemoryError).
 */
class BoundedInputTest {

    @TempDir
    Path dir;

    private static void refused(CliRun.Result run, String says) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(says).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anIdsFileThatNeverEndsIsRefusedAtItsFirstOverlongLine() {
        refused(CliRun.withToken("t").run("restore", "--ids-file", "/dev/zero", "--dry-run"),
                "/dev/zero line 1 is longer than 65536 bytes");
    }

    @Test
    void aTokenFileThatNeverEndsIsRefused() throws IOException {
        Path ids = Files.writeString(dir.resolve("ids.txt"), "9ed08880b10308314a9e4cc9aa5cb63b\n");
        refused(CliRun.noEnv().run("restore", "--ids-file", ids.toString(), "--base-url", "http://127.0.0.1:9/v1",
                "--token-file", "/dev/zero"), "--token-file /dev/zero: larger than any token");
    }

    @Test
    void aDeviceAsJournalIsRefusedBeforeAnythingIsReadOrSent() throws IOException {
        try (WebexSandbox sandbox = WebexSandbox.start()) {
            Path ids = Files.write(dir.resolve("ids.txt"), sandbox.seededIds(SandboxAccounts.ANN, 3));
            for (String device : new String[] {"/dev/full", "/dev/zero"}) {
                refused(CliRun.withToken(SandboxAccounts.ANN_TOKEN).run("restore", "--base-url", sandbox.baseUrl(),
                        "--ids-file", ids.toString(), "--journal", device), "is not a regular file");
            }
            assertThat(sandbox.requests()).isEmpty();
        }
    }

    @Test
    void aHugeFileAsJournalIsReadNoFurtherThanItsFirstBytesAndLeftAsItIs() throws IOException {
        Path huge = dir.resolve("huge.journal");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GiB that take no space
        }
        Path ids = Files.writeString(dir.resolve("ids.txt"), "9ed08880b10308314a9e4cc9aa5cb63b\n");

        refused(CliRun.withToken("t").run("restore", "--ids-file", ids.toString(), "--journal", huge.toString(),
                "--dry-run"), "is not a journal");
        assertThat(Files.size(huge)).isEqualTo(3L * 1024 * 1024 * 1024);
    }

    @Test
    void anEndlessStreamOfCommentsIsCutOffAtItsLineBound() {
        java.io.InputStream comments = new java.io.InputStream() { // "#\n" for ever, as `yes '#'` writes it
            private long read;

            @Override
            public int read() {
                return read++ % 2 == 0 ? '#' : '\n';
            }
        };

        refused(CliRun.withToken("t").stdin(comments).run("restore", "--ids-file", "-", "--dry-run"),
                "standard input has more than 8,000,000 lines");
    }

    @Test
    void moreIdsThanOneRunTakesAreRefusedNamingTheSource() {
        java.io.InputStream ids = new java.io.InputStream() { // 2,000,001 distinct short IDs, one per line
            private byte[] line = new byte[0];
            private int at;
            private int written;

            @Override
            public int read() {
                if (at == line.length) {
                    if (written == 2_000_001) {
                        return -1;
                    }
                    line = ("id" + written++ + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    at = 0;
                }
                return line[at++];
            }
        };

        refused(CliRun.withToken("t").stdin(ids).run("restore", "--ids-file", "-", "--dry-run"),
                "standard input brings the recording IDs past 2,000,000");
    }
}
