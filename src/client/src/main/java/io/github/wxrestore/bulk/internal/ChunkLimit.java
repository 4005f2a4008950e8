package io.github.wxrestore.bulk.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import jakarta.validation.constraints.Size;

/**
 * The most IDs one call may name, read once from the {@code @Size(max)} the generator put on
 * {@code recordingIds} (the spec's {@code maxItems}), so the split follows api-spec/ with no Java edit.
 */
public final class ChunkLimit {

    /** {@code recordingIds.maxItems} of the spec. */
    public static final int MAX_IDS_PER_CALL = read();

    private ChunkLimit() {
    }

    private static int read() {
        Size size;
        try {
            size = RestoreRecordingsRequest.class.getMethod("getRecordingIds").getAnnotation(Size.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the generated model has no getRecordingIds(); was the spec renamed?", e);
        }
        if (size == null || size.max() < 1 || size.max() == Integer.MAX_VALUE) {
            throw new IllegalStateException("the generated model carries no @Size(max) on recordingIds: the spec "
                    + "must declare maxItems");
        }
        return size.max();
    }
}
