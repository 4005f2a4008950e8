package io.github.wxrestore.validation.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.ValidationReport;

import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * Where the IDs of one call sit in a longer input the caller gave (a bulk run splits its input into calls):
 * given to the validator as data, so a problem with an ID is reported, message included, at its input position
 * rather than at its index in the call. Immutable when its function is.
 *
 * @param ofIndex the input position of the ID at an index of the call
 */
public record InputPositions(IntUnaryOperator ofIndex) {

    public InputPositions {
        Objects.requireNonNull(ofIndex, "inputPosition");
    }

    /** The IDs of the call are the input: each sits at its own index. */
    static final InputPositions SAME = new InputPositions(IntUnaryOperator.identity());

    /** Every violation of the call, as {@code RestoreRequestValidation.check} reports them, IDs at these positions. */
    public ValidationReport check(RestoreRecordingsRequest body, String hostEmail) {
        return ViolationMapper.toReport(SharedValidator.at(this).validate(new RestoreCall(body, hostEmail)));
    }

    int of(int indexInCall) {
        return ofIndex.applyAsInt(indexInCall);
    }
}
