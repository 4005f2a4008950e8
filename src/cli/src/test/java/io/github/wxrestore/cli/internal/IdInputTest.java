package io.github.wxrestore.cli.internal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines are what they are however the stream hands out its bytes: a line may span any number of reads. */
class IdInputTest {

    @Test
    void linesSpanningReadsOfAnySizeAreReadWholeWithTheirNumbers() {
        StringBuilder file = new StringBuilder("\uFEFF# exported\r\n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String id = "id-" + i + "-" + "x".repeat(i % 97) + (i % 500 == 0 ? "-é" : "");
            expected.add(id);
            file.append(i % 3 == 0 ? "  " + id + "\t\r\n" : id + "\n").append(i % 1000 == 0 ? "\n" : "");
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).as("more than one block of 64 KiB").isGreaterThan(3 * 65_536);

        for (int chunk : new int[] {1, 7, 4_096, 65_536, 1 << 20}) {
            ReadIds read = IdInput.read(List.of("first"), "-", trickle(bytes, chunk));

            assertThat(read.ids()).as("reads of %d bytes", chunk).hasSize(5_001).startsWith("first")
                    .endsWith(expected.get(expected.size() - 1)).containsSubsequence(expected);
            assertThat(read.origin(0)).isEqualTo("--ids value 1");
            assertThat(read.origin(1)).isEqualTo("standard input line 2");
            assertThat(read.origin(2)).as("after the blank line that follows ID 0").isEqualTo("standard input line 4");
        }
    }

    @Test
    void aLastLineWithoutItsNewlineIsRead() {
        ReadIds read = IdInput.read(List.of(), "-", new ByteArrayInputStream("a\nb".getBytes(StandardCharsets.UTF_8)));

        assertThat(read.ids()).containsExactly("a", "b");
        assertThat(read.origin(1)).isEqualTo("standard input line 2");
    }

    // a stream that hands out at most `chunk` bytes per read
    private static InputStream trickle(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }
}
