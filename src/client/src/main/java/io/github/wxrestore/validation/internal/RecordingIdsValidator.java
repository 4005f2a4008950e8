package io.github.wxrestore.validation.internal;

import io.github.wxrestore.model.constraints.RecordingIds;
import io.github.wxrestore.model.constraints.SpecLimits;
import io.github.wxrestore.validation.Rules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.util.List;

/**
 * The spec's recordingIds items ("A recording ID as Webex issues it, printable ASCII without spaces"; "Each ID
 * appears once"), element by element: each ID present, not blank, without whitespace or control
 * characters, ASCII, at most the spec's maxLength, and named once. One problem per element (the first in that
 * order); an invalid ID is not also checked for duplicates. At most {@value #MAX_REPORTED} elements are
 * reported one by one and the rest are counted, so a huge list cannot flood the report. Stateless,
 * thread-safe.
 *
 * <p>An ID is reported at its index in the list, or, when the validator was given {@link InputPositions}, at its
 * position in the caller's input: in the path and in the message alike.
 */
public final class RecordingIdsValidator implements ConstraintValidator<RecordingIds, List<?>> {

    static final int MAX_REPORTED = 100;

    @Override
    public boolean isValid(List<?> ids, ConstraintValidatorContext context) {
        if (ids == null) {
            return true;
        }
        InputPositions positions = positions(context);
        RuleReport report = null;
        int reported = 0;
        int unreported = 0;
        FirstSeen firstIndex = new FirstSeen(ids.size());
        int index = 0;
        for (Object element : ids) {
            String id = element == null ? null : element.toString();
            int position = positions.of(index);
            IdProblem problem = IdProblem.of(id, position, firstIndex);
            if (problem != null && reported < MAX_REPORTED) {
                report = report == null ? new RuleReport(context) : report;
                problem.parameters().forEach(report::with);
                report.with("index", position).addAtIndex(problem.key(), position, id);
                reported++;
            } else if (problem != null) {
                unreported++;
            }
            index++;
        }
        if (unreported > 0) {
            report.with("count", unreported).with("reported", reported).add(Rules.MORE_INVALID_IDS, null);
        }
        return report == null;
    }

    // a bulk run's calls name each ID at its position in the whole input (see SharedValidator.at)
    private static InputPositions positions(ConstraintValidatorContext context) {
        InputPositions given = context.unwrap(HibernateConstraintValidatorContext.class)
                .getConstraintValidatorPayload(InputPositions.class);
        return given == null ? InputPositions.SAME : given;
    }
}
