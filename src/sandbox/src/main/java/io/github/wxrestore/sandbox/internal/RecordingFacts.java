package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxRecording;
import io.github.wxrestore.sandbox.SandboxUser;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The metadata of one recording, derived from the seed and its ID only (so an ID added to a bin gets metadata
 * too, and adding a user or a site changes no one else's), placed in time before the sandbox's start and owned by
 * the host and site of its bin. About half the topics carry a number ({@code Weekly sync 12}); most recordings are
 * MP4 of MeetingCenter.
 */
final class RecordingFacts {

    /** The topics recordings are named after, a number added to about half of them. */
    static final List<String> TOPICS = List.of("Board meeting", "Weekly sync", "Customer call", "All hands",
            "Design review");
    /** How far before the start createTime goes: past a year, so that a 365-day search leaves some out. */
    static final Duration HORIZON = Duration.ofDays(400);
    // the newest recording is a minute old, as `to` defaults to now and is exclusive
    private static final long YOUNGEST_SECONDS = 60;
    private static final int PERCENT_MP4 = 85;

    private RecordingFacts() {
    }

    /** The recording {@code id} of {@code host} on {@code site}, in the recycle bin, made before {@code start}. */
    static SandboxRecording derive(long seed, Instant start, String site, SandboxUser host, String id) {
        Random random = new Random(ByteBuffer.wrap(sha256(seed + "|recording|" + id)).getLong());
        String topic = TOPICS.get(random.nextInt(TOPICS.size()));
        if (random.nextBoolean()) {
            topic = topic + " " + (1 + random.nextInt(52));
        }
        long age = YOUNGEST_SECONDS + Math.floorMod(random.nextLong(), HORIZON.toSeconds() - YOUNGEST_SECONDS);
        Instant createTime = start.minusSeconds(age);
        long duration = 120 + random.nextInt(7_080);
        // the file is made a little after recording stops
        Instant timeRecorded = createTime.minusSeconds(duration + 5 + random.nextInt(115));
        boolean mp4 = random.nextInt(100) < PERCENT_MP4;
        String serviceType = serviceType(random.nextInt(100));
        long bytesPerSecond = mp4 ? 30_000 + random.nextInt(90_000) : 8_000 + random.nextInt(20_000);
        String meetingId = HexFormat.of().formatHex(sha256(seed + "|meeting|" + id), 0, 16) + "_I_"
                + timeRecorded.getEpochSecond();
        return new SandboxRecording(id, meetingId, topic, createTime, timeRecorded, host.email(), host.displayName(),
                site, mp4 ? "MP4" : "ARF", serviceType, duration, duration * bytesPerSecond,
                SandboxRecording.Status.DELETED);
    }

    private static String serviceType(int percentile) {
        if (percentile < 70) {
            return "MeetingCenter";
        }
        if (percentile < 82) {
            return "EventCenter";
        }
        return percentile < 92 ? "TrainingCenter" : "SupportCenter";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
