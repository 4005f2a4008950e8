package io.github.wxrestore.validation.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.model.constraints.HostEmail;
import io.github.wxrestore.model.constraints.RestoreRules;
import io.github.wxrestore.model.constraints.SpecLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;

/**
 * What one restore call sends: the generated body (validated with the constraints the spec put on it) and the
 * hostEmail query parameter, which the generated model does not carry.
 */
public record RestoreCall(
        // One owner per message: the body is checked in group RestoreRules only, so the generator's @Size and
        // @Pattern twins (maxItems, the items' minLength/maxLength/pattern, siteUrl's) never report; our rules
        // enforce the same limits (SpecLimits), and 101 IDs are reported once, by TooManyIds.
        @NotNull(message = "{io.github.wxrestore.validation.BodyRequired}")
        @Valid @ConvertGroup(from = Default.class, to = RestoreRules.class)
        RestoreRecordingsRequest body,
        @HostEmail String hostEmail) {
}
