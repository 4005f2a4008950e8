package io.github.wxrestore.validation.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.model.constraints.RestoreSelection;
import io.github.wxrestore.model.constraints.SpecLimits;
import io.github.wxrestore.validation.Rules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.List;

/**
 * The spec's "Either {@code restoreAll: true} and no {@code recordingIds}, or 1 to 100 {@code recordingIds}": restoreAll against
 * the size of recordingIds. It owns every message
 * about the size of the list, the spec's maxItems included (see RestoreCall), and reports at
 * {@code recordingIds}. Stateless, thread-safe.
 */
public final class RestoreSelectionValidator implements ConstraintValidator<RestoreSelection, RestoreRecordingsRequest> {

    private static final String PROPERTY = RestoreRecordingsRequest.JSON_PROPERTY_RECORDING_IDS;

    @Override
    public boolean isValid(RestoreRecordingsRequest body, ConstraintValidatorContext context) {
        if (body == null) {
            return true;
        }
        List<String> ids = body.getRecordingIds();
        int count = ids == null ? 0 : ids.size();
        int max = SpecLimits.maxRecordingIds();
        // absent restoreAll means false (documentation: "If not specified or false")
        if (Boolean.TRUE.equals(body.getRestoreAll())) {
            if (count == 0) {
                return true;
            }
            new RuleReport(context).with("ids", Display.ids(ids))
                    .addAtProperty(Rules.IDS_WITH_RESTORE_ALL, PROPERTY, ids);
            return false;
        }
        if (count >= 1 && count <= max) {
            return true;
        }
        RuleReport report = new RuleReport(context).with("max", max)
                .with("restoreAll", body.getRestoreAll() == null ? "absent" : "false");
        if (count == 0) {
            report.addAtProperty(ids == null ? Rules.IDS_REQUIRED + ".absent" : Rules.IDS_REQUIRED + ".empty",
                    PROPERTY, ids);
        } else {
            report.with("ids", Display.ids(ids)).addAtProperty(Rules.TOO_MANY_IDS, PROPERTY, ids);
        }
        return false;
    }
}
