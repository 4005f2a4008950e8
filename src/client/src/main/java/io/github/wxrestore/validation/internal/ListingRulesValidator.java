package io.github.wxrestore.validation.internal;

import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.validation.Rules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.List;
import java.util.Locale;

/**
 * The listings' own rules, as the spec states them for their query parameters: {@code max} from 1 to 100,
 * {@code from} not after {@code to}, {@code hostEmail} only on {@code listRecordings} (the admin listing has no
 * such parameter), {@code format}, {@code serviceType} and {@code status} among their {@code enum} values (spelt
 * exactly), {@code topic}, {@code meetingId} and {@code integrationTag} not empty and within their
 * {@code maxLength}. The limits are {@link RecordingQuery}'s constants, pinned to the spec by its tests.
 * Stateless, thread-safe.
 */
public final class ListingRulesValidator implements ConstraintValidator<ListingRules, ListingCall> {

    @Override
    public boolean isValid(ListingCall call, ConstraintValidatorContext context) {
        if (call == null) {
            return true;
        }
        RuleReport report = new RuleReport(context);
        boolean valid = pageSize(call, report);
        valid &= range(call, report);
        valid &= hostEmail(call, report);
        valid &= text("meetingId", call.meetingId(), report);
        valid &= text("integrationTag", call.integrationTag(), report);
        valid &= text("topic", call.topic(), report);
        valid &= known("format", call.format(), RecordingQuery.FORMATS, report);
        valid &= known("serviceType", call.serviceType(), RecordingQuery.SERVICE_TYPES, report);
        valid &= known("status", call.status(), RecordingQuery.STATUSES, report);
        return valid;
    }

    private static boolean pageSize(ListingCall call, RuleReport report) {
        if (call.max() >= RecordingQuery.MIN_PAGE_SIZE && call.max() <= RecordingQuery.MAX_PAGE_SIZE) {
            return true;
        }
        report.with("min", RecordingQuery.MIN_PAGE_SIZE).with("max", RecordingQuery.MAX_PAGE_SIZE)
                .with("value", call.max()).addAtProperty(Rules.PAGE_SIZE, "max", call.max());
        return false;
    }

    // "from is inclusive and to exclusive; from is not after to": an empty range (from equal to to) is allowed
    private static boolean range(ListingCall call, RuleReport report) {
        if (call.from() == null || call.to() == null || !call.from().isAfter(call.to())) {
            return true;
        }
        report.with("from", call.from().toString()).with("to", call.to().toString())
                .addAtProperty(Rules.FROM_AFTER_TO, "from", call.from());
        return false;
    }

    private static boolean hostEmail(ListingCall call, RuleReport report) {
        if (call.hostEmail() == null || call.listing() != RecordingQuery.Listing.ADMIN) {
            return true;
        }
        report.with("value", Display.quoted(call.hostEmail()))
                .addAtProperty(Rules.HOST_EMAIL_ON_ADMIN_LISTING, "hostEmail", call.hostEmail());
        return false;
    }

    private static boolean text(String parameter, String value, RuleReport report) {
        if (value == null) {
            return true;
        }
        report.with("parameter", parameter).with("value", Display.quoted(value));
        if (value.isBlank()) {
            report.addAtProperty(Rules.TEXT_EMPTY, parameter, value);
            return false;
        }
        // the spec's maxLength counts characters, as JSON Schema does: code points, not UTF-16 units
        if (value.codePointCount(0, value.length()) > RecordingQuery.MAX_TEXT_LENGTH) {
            report.with("max", RecordingQuery.MAX_TEXT_LENGTH).addAtProperty(Rules.TEXT_TOO_LONG, parameter, value);
            return false;
        }
        return true;
    }

    private static boolean known(String parameter, String value, List<String> values, RuleReport report) {
        if (value == null || values.contains(value)) {
            return true;
        }
        report.with("parameter", parameter).with("values", String.join(", ", values))
                .with("value", Display.quoted(value));
        String sameLetters = values.stream().filter(v -> v.toLowerCase(Locale.ROOT).equals(
                value.strip().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        if (sameLetters != null) {
            report.with("match", Display.quoted(sameLetters))
                    .addAtProperty(Rules.UNKNOWN_VALUE + ".case", parameter, value);
        } else {
            report.addAtProperty(Rules.UNKNOWN_VALUE, parameter, value);
        }
        return false;
    }
}
