package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.model.constraints.SpecLimits;
import io.github.wxrestore.validation.internal.InputPositions;
import io.github.wxrestore.validation.internal.RestoreCall;
import io.github.wxrestore.validation.internal.SharedValidator;
import io.github.wxrestore.validation.internal.ViolationMapper;

import java.util.function.IntUnaryOperator;

/**
 * Checks a whole restore call (the body plus the optional {@code hostEmail} query parameter) against every
 * rule the documentation states, before anything is sent. The rule names are listed in {@link Rules}.
 * Thread-safe; the underlying Jakarta {@code Validator} is bootstrapped once, on first use.
 */
public final class RestoreRequestValidation {

    private RestoreRequestValidation() {
    }

    /**
     * Every violation of the call, all at once; never throws for bad input (a null body, null IDs and null
     * restoreAll are reported or read as documented, not thrown).
     */
    public static ValidationReport check(RestoreRecordingsRequest body, String hostEmail) {
        RestoreCall call = new RestoreCall(body, hostEmail);
        return ViolationMapper.toReport(SharedValidator.get().validate(call));
    }

    /**
     * {@link #check(RestoreRecordingsRequest, String)} for one call of a longer input that the caller split into
     * calls: the ID at index {@code i} of the body is reported at {@code inputPosition.applyAsInt(i)}, in
     * {@link Violation#index()} and in the message alike (a duplicate names its first position the same way).
     */
    public static ValidationReport check(RestoreRecordingsRequest body, String hostEmail,
                                         IntUnaryOperator inputPosition) {
        return new InputPositions(inputPosition).check(body, hostEmail);
    }

    /** Returns when the call is valid; otherwise throws one exception naming every violation. */
    public static void requireValid(RestoreRecordingsRequest body, String hostEmail) {
        check(body, hostEmail).throwIfInvalid();
    }

    /**
     * Bootstraps the underlying validator now, if no check has yet, so that the first check does not wait for it
     * (about a fifth of a second on a cold JVM). For a program that can do this on another thread while it starts;
     * calling it is never needed.
     */
    public static void prepare() {
        SharedValidator.get();
    }

    /** The most recording IDs one request may name: the spec's {@code maxItems}, for callers that split lists. */
    public static int maxRecordingIdsPerRequest() {
        return SpecLimits.maxRecordingIds();
    }
}
