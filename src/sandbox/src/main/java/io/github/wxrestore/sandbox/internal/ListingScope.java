package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxScope;
import io.github.wxrestore.sandbox.SandboxUser;

import java.util.List;
import java.util.Optional;

/**
 * Which bins a listing covers for its caller, or the 403 or 404 that refuses it, by the documented rules:
 * {@code meetingId} makes {@code siteUrl} (on the admin listing also {@code from} and {@code to}) ignored.
 * <ul>
 *   <li>The user listing: the caller's own bins, on {@code siteUrl} (404 if not a site of the caller) or on
 *       every site of the caller. With {@code hostEmail}, the admin scope is needed (403); the host must exist
 *       (404) and have the site (404), which the caller administers (403); without {@code siteUrl}, every site
 *       of the host the caller administers (403 if none), as a restore's rules go.</li>
 *   <li>The admin listing: the admin scope is needed (403); the bins of every host on {@code siteUrl} (404 if no
 *       one has that site, 403 if the caller does not administer it) or on the caller's preferred site; with
 *       {@code meetingId}, on every site the caller administers.</li>
 * </ul>
 */
final class ListingScope {

    /** The bins to list, or the refusal. */
    record Covered(List<RecycleBins.Key> bins, Reply refusal) {
        static Covered refused(Reply reply) {
            return new Covered(List.of(), reply);
        }
    }

    private final SandboxAccounts accounts;

    ListingScope(SandboxAccounts accounts) {
        this.accounts = accounts;
    }

    Covered forUserListing(SandboxUser caller, ListingQuery query) {
        String site = query.meetingId() == null ? query.siteUrl() : null;
        if (query.hostEmail() == null) {
            if (site != null && !caller.hasSite(site)) {
                return Covered.refused(siteNotFound(site, caller));
            }
            return new Covered(bins(site == null ? caller.sites() : List.of(site), caller), null);
        }
        if (!caller.isAdmin()) {
            return Covered.refused(Reply.error(403, "Not allowed to list recordings of another host.", List.of(
                    "hostEmail requires the scope " + SandboxScope.ADMIN.readWireName() + "; this token has "
                            + caller.scope().readWireName() + ".")));
        }
        Optional<SandboxUser> host = accounts.find(query.hostEmail());
        if (host.isEmpty()) {
            return Covered.refused(Reply.error(404, "Host not found.", List.of(
                    "No user with the email " + query.hostEmail() + ".")));
        }
        if (site != null) {
            if (!host.get().hasSite(site)) {
                return Covered.refused(siteNotFound(site, host.get()));
            }
            return caller.hasSite(site) ? new Covered(bins(List.of(site), host.get()), null)
                    : Covered.refused(notAdministered(caller.email() + " does not administer " + site + "."));
        }
        List<String> managed = host.get().sites().stream().filter(caller::hasSite).toList();
        if (managed.isEmpty()) {
            return Covered.refused(notAdministered(caller.email() + " administers no site of " + host.get().email()
                    + "."));
        }
        return new Covered(bins(managed, host.get()), null);
    }

    Covered forAdminListing(SandboxUser caller, ListingQuery query) {
        if (!caller.isAdmin()) {
            return Covered.refused(Reply.error(403, "Not allowed to list the recordings of a site.", List.of(
                    "The admin listing requires the scope " + SandboxScope.ADMIN.readWireName() + "; this token has "
                            + caller.scope().readWireName() + ".")));
        }
        if (query.meetingId() != null) {
            return new Covered(everyHostOn(caller.sites()), null);
        }
        String site = query.siteUrl() == null ? caller.preferredSite() : query.siteUrl();
        if (!caller.hasSite(site)) {
            return Covered.refused(accounts.sites().contains(site)
                    ? notAdministered(caller.email() + " does not administer " + site + ".")
                    : Reply.error(404, "Site not found.", List.of("No user of this sandbox is on " + site + ".")));
        }
        return new Covered(everyHostOn(List.of(site)), null);
    }

    private static List<RecycleBins.Key> bins(List<String> sites, SandboxUser host) {
        return sites.stream().map(site -> new RecycleBins.Key(site, host.email())).toList();
    }

    private List<RecycleBins.Key> everyHostOn(List<String> sites) {
        return sites.stream().flatMap(site -> accounts.users().stream().filter(u -> u.hasSite(site))
                .map(u -> new RecycleBins.Key(site, u.email()))).toList();
    }

    private static Reply siteNotFound(String site, SandboxUser host) {
        return Reply.error(404, "Site not found.", List.of(site + " is not a site of " + host.email() + "."));
    }

    private static Reply notAdministered(String why) {
        return Reply.error(403, "Not an administrator of this site.", List.of(why));
    }
}
