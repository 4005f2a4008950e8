package io.github.wxrestore.validation.internal;

import io.github.wxrestore.validation.Rules;
import io.github.wxrestore.model.constraints.HostEmail;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.net.IDN;
import java.util.regex.Pattern;

/**
 * The spec's hostEmail ("Email address of the meeting host whose recordings are restored"; "one @, a dotted
 * domain, no whitespace or quotes"): when present, a plain email address. Accepts
 * {@code name@example.com} with an RFC 5322 dot-atom name, internationalised as RFC 6531 allows (letters of any
 * script in the name, a Unicode domain that has an IDNA form); refuses quoted names, IP-literal domains, a domain
 * without a dot, whitespace, line breaks and control characters. Immutable once initialized (a listing's
 * constraint says so in its payload, {@link OnListing}), thread-safe.
 */
public final class HostEmailValidator implements ConstraintValidator<HostEmail, String> {

    private boolean onListing;

    @Override
    public void initialize(HostEmail constraint) {
        onListing = OnListing.in(constraint.payload());
    }

    /** RFC 5321: at most 64 characters before the {@code @}. */
    static final int MAX_LOCAL_LENGTH = 64;

    // RFC 5322 dot-atom (atext runs joined by single dots, no dot at either end), with RFC 6531's non-ASCII
    // letters, marks and digits: an admin's directory may hold such addresses, and the query encodes them
    private static final Pattern DOT_ATOM = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String detail = detailOf(value);
        if (detail == null) {
            return true;
        }
        new RuleReport(context).with("value", Display.quoted(value)).with("maxLocal", MAX_LOCAL_LENGTH).with("maxDomain", HostNames.MAX_LENGTH)
                .add(Rules.HOST_EMAIL + "." + onListing(detail), value);
        return false;
    }

    /** The IDNA (xn--) form of a Unicode domain, or the domain itself when it has none. */
    private static String asciiDomain(String domain) {
        if (HostNames.isAscii(domain)) {
            return domain;
        }
        try {
            return IDN.toASCII(domain, 0);
        } catch (IllegalArgumentException notAnIdn) {
            return domain;
        }
    }

    /** The message detail of what is wrong, or null for a valid address. */
    private static String detailOf(String value) {
        if (value.isEmpty()) {
            return "empty";
        }
        // a quoted name is the root cause even when it holds a space: say that first
        if (value.indexOf('"') >= 0) {
            return "quoted";
        }
        if (HostNames.hasSpaceOrControl(value)) {
            return "whitespace";
        }
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1) {
            return "at";
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (local.length() > MAX_LOCAL_LENGTH || domain.length() > HostNames.MAX_LENGTH) {
            return "tooLong";
        }
        if (!DOT_ATOM.matcher(local).matches()) {
            return "localPart";
        }
        return HostNames.isHostName(asciiDomain(domain)) ? null : "domain";
    }

    // leaving the value out lists rather than restores: the message of an empty value says so
    private String onListing(String detail) {
        return onListing && detail.equals("empty") ? "emptyOnListing" : detail;
    }
}
