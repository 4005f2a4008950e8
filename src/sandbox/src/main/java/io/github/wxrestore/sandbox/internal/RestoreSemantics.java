package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxScope;
import io.github.wxrestore.sandbox.SandboxUser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the documented endpoint does with a POST that got past the faults ({@link RestoreEndpoint}'s decide
 * answers before it), checked in this order, the code of {@link #answer} and {@code restore}: token (401),
 * content type (415), body and rules (400), hostEmail scope (403), host and site (404, 403), recordings (404
 * for unknown IDs, all or nothing; 423 for locked ones), then the restore itself (204).
 */
final class RestoreSemantics {

    private final SandboxAccounts accounts;
    private final RecycleBins bins;
    private final FaultEngine faults;

    RestoreSemantics(SandboxAccounts accounts, RecycleBins bins, FaultEngine faults) {
        this.accounts = accounts;
        this.bins = bins;
        this.faults = faults;
    }

    Reply answer(Incoming in, Optional<SandboxUser> caller, BodyParser.Parsed parsed) {
        if (caller.isEmpty()) {
            return Refusals.unauthorized(in.header("Authorization"));
        }
        Optional<Reply> mediaType = checkContentType(in.header("Content-Type"));
        if (mediaType.isPresent()) {
            return mediaType.get();
        }
        if (in.tooLarge()) {
            return Refusals.badRequest(List.of("The request body is larger than " + Incoming.MAX_BODY + " bytes."));
        }
        if (!parsed.ok()) {
            return Refusals.badRequest(parsed.problems());
        }
        List<String> hostEmails;
        try {
            hostEmails = QueryString.values(in.rawQuery(), "hostEmail");
        } catch (IllegalArgumentException e) {
            // the HTTP server already refuses most bad escapes; this catches what slips through
            return Refusals.badRequest(List.of("The query string is not valid percent-encoding."));
        }
        if (hostEmails.size() > 1) {
            return Refusals.badRequest(List.of("hostEmail must be given at most once, not " + hostEmails.size()
                    + " times."));
        }
        String hostEmail = hostEmails.isEmpty() ? null : hostEmails.get(0);
        RestoreRecordingsRequest body = parsed.request();
        List<String> broken = SelectionRules.check(body, hostEmail);
        if (!broken.isEmpty()) {
            return Refusals.badRequest(broken);
        }
        return restore(caller.get(), hostEmail, body);
    }

    private Reply restore(SandboxUser caller, String hostEmail, RestoreRecordingsRequest body) {
        if (hostEmail != null && !caller.isAdmin()) {
            return Reply.error(403, "Not allowed to restore recordings of another host.", List.of(
                    "hostEmail requires the scope " + SandboxScope.ADMIN.wireName() + "; this token has "
                            + caller.scope().wireName() + "."));
        }
        Optional<SandboxUser> host = hostEmail == null ? Optional.of(caller) : accounts.find(hostEmail);
        if (host.isEmpty()) {
            return Reply.error(404, "Host not found.", List.of("No user with the email " + hostEmail + "."));
        }
        String site = body.getSiteUrl() == null ? host.get().preferredSite() : WireSyntax.normalize(body.getSiteUrl());
        if (!host.get().hasSite(site)) {
            return Reply.error(404, "Site not found.", List.of(site + " is not a site of " + host.get().email() + "."));
        }
        if (hostEmail != null && !caller.hasSite(site)) {
            return Reply.error(403, "Not an administrator of this site.", List.of(
                    caller.email() + " does not administer " + site + "."));
        }
        boolean restoreAll = Boolean.TRUE.equals(body.getRestoreAll());
        RecycleBins.Outcome outcome = bins.restore(new RecycleBins.Key(site, host.get().email()),
                restoreAll ? null : body.getRecordingIds(), faults::lockedAmong);
        if (outcome instanceof RecycleBins.NotFound notFound) {
            return Reply.error(404, DocumentedStatus.NOT_FOUND.message(),
                    notFound.ids().stream().map(id -> "Recording not found: " + id).toList());
        }
        if (outcome instanceof RecycleBins.Locked locked) {
            return faults.locked(locked.ids());
        }
        return Reply.success(faults.faults().successStatus());
    }

    /** Accepts {@code application/json}, with no charset or UTF-8. */
    private static Optional<Reply> checkContentType(String contentType) {
        if (contentType == null) {
            return Optional.of(unsupported("No Content-Type was sent; use application/json."));
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            return Optional.of(unsupported("Content-Type " + WireSyntax.quote(contentType)
                    + " is not supported; use application/json."));
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && (parameter.length < 2
                    || !parameter[1].trim().replace("\"", "").toLowerCase(Locale.ROOT).equals("utf-8"))) {
                return Optional.of(unsupported("JSON must be UTF-8, not " + WireSyntax.quote(parts[i].trim()) + "."));
            }
        }
        return Optional.empty();
    }

    private static Reply unsupported(String why) {
        return Reply.error(415, DocumentedStatus.UNSUPPORTED_MEDIA_TYPE.message(), List.of(why));
    }
}
