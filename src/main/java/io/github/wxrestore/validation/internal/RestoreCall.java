package io.github.wxrestore.validation.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;

/** What one restore call sends: the generated body (validated with its own constraints) and hostEmail. */
public record RestoreCall(
        @NotNull @Valid RestoreRecordingsRequest body,
        @Email String hostEmail) {
}
