package io.github.wxrestore.validation;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.internal.RestoreCall;
import io.github.wxrestore.validation.internal.SharedValidator;
import io.github.wxrestore.validation.internal.ViolationMapper;

/**
 * Checks a whole restore call (the body plus the optional {@code hostEmail} query parameter) against every
 * rule the documentation states, before anything is sent. Thread-safe; the underlying Jakarta
 * {@code Validator} is bootstrapped once, on first use.
 */
public final class RestoreRequestValidation {

    private RestoreRequestValidation() {
    }

    /** Every violation of the call; never throws for bad input (a null body is a violation too). */
    public static ValidationReport check(RestoreRecordingsRequest body, String hostEmail) {
        RestoreCall call = new RestoreCall(body, hostEmail);
        return ViolationMapper.toReport(SharedValidator.get().validate(call));
    }

    /** Returns when the call is valid; otherwise throws one exception naming every violation. */
    public static void requireValid(RestoreRecordingsRequest body, String hostEmail) {
        check(body, hostEmail).throwIfInvalid();
    }
}
