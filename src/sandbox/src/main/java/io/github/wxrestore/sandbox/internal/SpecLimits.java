package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import jakarta.validation.constraints.Size;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;

/**
 * Limits of the request body, read from the constraints the generator put on the model, so that the sandbox
 * follows api-spec/ (maxItems of recordingIds, min/maxLength of an ID, maxLength of siteUrl) without repeating it.
 * The client reads the same constraints in its own validation.internal.SpecLimits: the sandbox keeps its own reader
 * on purpose, as it shares no code with the client (SandboxIndependenceTest).
 */
public final class SpecLimits {

    private static final int MAX_RECORDING_IDS;
    private static final int ID_MIN_LENGTH;
    private static final int ID_MAX_LENGTH;
    private static final int SITE_URL_MAX_LENGTH;

    static {
        Method ids = getter("getRecordingIds");
        MAX_RECORDING_IDS = required(ids.getAnnotation(Size.class), "recordingIds").max();
        Size item = itemSize(ids.getAnnotatedReturnType());
        ID_MIN_LENGTH = item.min();
        ID_MAX_LENGTH = item.max();
        SITE_URL_MAX_LENGTH = required(getter("getSiteUrl").getAnnotation(Size.class), "siteUrl").max();
    }

    private SpecLimits() {
    }

    /** maxItems of {@code recordingIds} (100 in the spec). */
    public static int maxRecordingIds() {
        return MAX_RECORDING_IDS;
    }

    /** minLength of one recording ID. */
    public static int idMinLength() {
        return ID_MIN_LENGTH;
    }

    /** maxLength of one recording ID. */
    public static int idMaxLength() {
        return ID_MAX_LENGTH;
    }

    /** maxLength of {@code siteUrl}. */
    public static int siteUrlMaxLength() {
        return SITE_URL_MAX_LENGTH;
    }

    private static Method getter(String name) {
        try {
            return RestoreRecordingsRequest.class.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the generated model has no " + name + "(): has the spec changed?", e);
        }
    }

    private static Size itemSize(AnnotatedType listType) {
        if (listType instanceof AnnotatedParameterizedType parameterized) {
            return required(parameterized.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class),
                    "recordingIds items");
        }
        throw new IllegalStateException("recordingIds is not a parameterized list in the generated model");
    }

    private static Size required(Size size, String what) {
        if (size == null) {
            throw new IllegalStateException("the generated model carries no @Size on " + what
                    + ": the spec must declare its limits");
        }
        return size;
    }
}
