package io.github.wxrestore.model.constraints;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import jakarta.validation.constraints.Size;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;

/**
 * The limits api-spec/ states for the request body, read once from the {@code @Size} constraints the generator
 * put on {@link RestoreRecordingsRequest}: change {@code maxItems}, {@code minLength} or {@code maxLength} in the
 * spec, rebuild, and the client's validation and the sandbox both follow, with no Java edit. A limit the spec
 * does not state reads as {@link Integer#MAX_VALUE} (a maximum) or 0 (a minimum). Thread-safe (constants).
 */
public final class SpecLimits {

    private static final int MAX_RECORDING_IDS;
    private static final int RECORDING_ID_MIN_LENGTH;
    private static final int RECORDING_ID_MAX_LENGTH;
    private static final int SITE_URL_MAX_LENGTH;

    static {
        Method ids = getter("getRecordingIds");
        MAX_RECORDING_IDS = max(ids.getAnnotation(Size.class));
        Size item = itemSize(ids.getAnnotatedReturnType());
        RECORDING_ID_MIN_LENGTH = item == null ? 0 : item.min();
        RECORDING_ID_MAX_LENGTH = max(item);
        SITE_URL_MAX_LENGTH = max(getter("getSiteUrl").getAnnotation(Size.class));
    }

    private SpecLimits() {
    }

    /** {@code recordingIds.maxItems}: the most IDs one request may name (100). */
    public static int maxRecordingIds() {
        return MAX_RECORDING_IDS;
    }

    /** {@code recordingIds.items.minLength}: the shortest recording ID (1). */
    public static int recordingIdMinLength() {
        return RECORDING_ID_MIN_LENGTH;
    }

    /** {@code recordingIds.items.maxLength}: the longest recording ID (256). */
    public static int recordingIdMaxLength() {
        return RECORDING_ID_MAX_LENGTH;
    }

    /** {@code siteUrl.maxLength}: the longest site host (253). */
    public static int siteUrlMaxLength() {
        return SITE_URL_MAX_LENGTH;
    }

    private static Method getter(String name) {
        try {
            return RestoreRecordingsRequest.class.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the generated model has no " + name + "(); was the spec renamed?", e);
        }
    }

    private static Size itemSize(AnnotatedType list) {
        return list instanceof AnnotatedParameterizedType p
                ? p.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class)
                : null;
    }

    private static int max(Size size) {
        return size == null ? Integer.MAX_VALUE : size.max();
    }
}
