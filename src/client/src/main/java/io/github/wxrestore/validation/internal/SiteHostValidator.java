package io.github.wxrestore.validation.internal;

import io.github.wxrestore.model.constraints.SiteHost;
import io.github.wxrestore.model.constraints.SpecLimits;
import io.github.wxrestore.validation.Rules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The spec's siteUrl ("Host name of the Webex site to restore from, such as example.webex.com (no scheme, port,
 * path, query or credentials)"): when present, a bare site host.
 * The message says what is wrong and, for a URL that holds a valid host, which host to use instead.
 * Immutable once initialized (a listing's
 * constraint says so in its payload, {@link OnListing}), thread-safe.
 */
public final class SiteHostValidator implements ConstraintValidator<SiteHost, String> {

    private boolean onListing;

    @Override
    public void initialize(SiteHost constraint) {
        onListing = OnListing.in(constraint.payload());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String detail = detailOf(value);
        if (detail == null) {
            return true;
        }
        RuleReport report = new RuleReport(context).with("value", Display.quoted(value)).with("max", maxLength());
        if (detail.startsWith("url")) {
            SiteUrlParts parts = SiteUrlParts.of(value);
            report.with("parts", parts.describeExtras()).with("host", Display.quoted(parts.host()));
        }
        report.add(Rules.SITE_HOST + "." + onListing(detail), value);
        return false;
    }

    /** The message detail of what is wrong, or null for a valid host. */
    private static String detailOf(String value) {
        if (value.isEmpty()) {
            return "empty";
        }
        if (HostNames.hasSpaceOrControl(value)) {
            return "whitespace";
        }
        SiteUrlParts parts = SiteUrlParts.of(value);
        if (!parts.extras().isEmpty()) {
            return HostNames.isHostName(parts.host()) ? "url" : "urlNoHost";
        }
        if (value.length() > maxLength()) {
            return "tooLong";
        }
        if (!HostNames.isAscii(value)) {
            return "nonAscii";
        }
        return HostNames.isHostName(value) ? null : "notHost";
    }

    private static int maxLength() {
        return Math.min(SpecLimits.siteUrlMaxLength(), HostNames.MAX_LENGTH);
    }

    // leaving the value out lists rather than restores: the message of an empty value says so
    private String onListing(String detail) {
        return onListing && detail.equals("empty") ? "emptyOnListing" : detail;
    }
}
