package io.github.wxrestore.validation.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import jakarta.validation.constraints.Size;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;

/**
 * The limits api-spec/ states, read from the {@code @Size} constraints the generator put on the model: change
 * {@code maxItems} or {@code maxLength} in the spec, rebuild, and the rules follow with no Java edit.
 * A limit the spec drops reads as {@link Integer#MAX_VALUE} (no limit). Thread-safe (constants).
 */
public final class SpecLimits {

    /** {@code recordingIds.maxItems}: the most IDs one request may name. */
    public static final int MAX_RECORDING_IDS;

    /** {@code recordingIds.items.maxLength}: the longest recording ID. */
    public static final int MAX_RECORDING_ID_LENGTH;

    /** {@code siteUrl.maxLength}: the longest site host. */
    public static final int MAX_SITE_URL_LENGTH;

    static {
        Method ids = getter("getRecordingIds");
        MAX_RECORDING_IDS = max(ids.getAnnotation(Size.class));
        MAX_RECORDING_ID_LENGTH = max(elementSize(ids.getAnnotatedReturnType()));
        MAX_SITE_URL_LENGTH = max(getter("getSiteUrl").getAnnotation(Size.class));
    }

    private SpecLimits() {
    }

    private static Method getter(String name) {
        try {
            return RestoreRecordingsRequest.class.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the generated model has no " + name + "(); was the spec renamed?", e);
        }
    }

    private static Size elementSize(AnnotatedType list) {
        return list instanceof AnnotatedParameterizedType p
                ? p.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class)
                : null;
    }

    private static int max(Size size) {
        return size == null ? Integer.MAX_VALUE : size.max();
    }
}
