package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxRecording;
import io.github.wxrestore.sandbox.SandboxUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recordings seeded in one bin, in seeded order: each one's metadata from its ID ({@link RecordingFacts}),
 * and every fourth one an earlier recording of the same meeting as the one before it (its meetingId, topic and
 * service), made shortly before that one started, so that {@code meetingId} finds more than one recording.
 */
final class SeededRecordings {

    private static final int MEETING_SHARED_EVERY = 4;

    private SeededRecordings() {
    }

    static List<SandboxRecording> generate(long seed, Instant start, String site, SandboxUser host, List<String> ids) {
        List<SandboxRecording> recordings = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            SandboxRecording own = RecordingFacts.derive(seed, start, site, host, ids.get(i));
            recordings.add(i % MEETING_SHARED_EVERY == MEETING_SHARED_EVERY - 1
                    ? earlierPartOf(recordings.get(i - 1), own) : own);
        }
        return recordings;
    }

    private static SandboxRecording earlierPartOf(SandboxRecording later, SandboxRecording own) {
        long gap = 60 + own.durationSeconds() % 540;
        long lag = own.createTime().getEpochSecond() - own.timeRecorded().getEpochSecond() - own.durationSeconds();
        Instant createTime = later.timeRecorded().minusSeconds(gap);
        return new SandboxRecording(own.id(), later.meetingId(), later.topic(), createTime,
                createTime.minusSeconds(own.durationSeconds() + lag), own.hostEmail(), own.hostDisplayName(),
                own.siteUrl(), own.format(), later.serviceType(), own.durationSeconds(), own.sizeBytes(), own.status());
    }
}
