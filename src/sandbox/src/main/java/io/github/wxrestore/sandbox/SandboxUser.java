package io.github.wxrestore.sandbox;

import io.github.wxrestore.sandbox.internal.WireSyntax;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A user of the sandbox: email, access token, scope, preferred site, the sites where the user hosts meetings
 * (for an {@link SandboxScope#ADMIN admin}, also the sites the user administers) and the name the admin listing
 * shows. Emails and sites are kept in lower case. Immutable and thread-safe; {@link #toString()} never shows the
 * token.
 *
 * @param email         the user's email address, also the {@code hostEmail} that names this user
 * @param token         the access token, sent as {@code Authorization: Bearer <token>}
 * @param scope         the scope the token carries
 * @param preferredSite the site used when a request has no {@code siteUrl}
 * @param sites         every site of the user, the preferred one included, in order
 * @param displayName   the user's name, the {@code hostDisplayName} of the user's recordings
 */
public record SandboxUser(String email, String token, SandboxScope scope, String preferredSite, List<String> sites,
                          String displayName) {

    /** The longest display name accepted. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 256;

    /** Checks every field and normalizes emails and sites to lower case. */
    public SandboxUser {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(preferredSite, "preferredSite");
        Objects.requireNonNull(sites, "sites");
        if (!WireSyntax.isEmail(email)) {
            throw new IllegalArgumentException("email must be an email address: " + WireSyntax.quote(email));
        }
        if (token.isEmpty() || !token.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("token of " + email + " must be non-empty visible ASCII");
        }
        email = WireSyntax.normalize(email);
        preferredSite = site(preferredSite);
        Set<String> all = new LinkedHashSet<>();
        all.add(preferredSite);
        sites.forEach(s -> all.add(site(s)));
        sites = List.copyOf(all);
        Objects.requireNonNull(displayName, "displayName");
        if (displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME_LENGTH
                || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("displayName of " + email + " must be 1 to " + MAX_DISPLAY_NAME_LENGTH
                    + " characters, not blank, without control characters: " + WireSyntax.quote(displayName));
        }
    }

    /** A user whose display name is made from the email (see {@link #nameFromEmail(String)}). */
    public SandboxUser(String email, String token, SandboxScope scope, String preferredSite, List<String> sites) {
        this(email, token, scope, preferredSite, sites, nameFromEmail(email));
    }

    /** A user whose sites are the preferred one and {@code otherSites}. */
    public static SandboxUser of(String email, String token, SandboxScope scope, String preferredSite,
                                 String... otherSites) {
        return new SandboxUser(email, token, scope, preferredSite, List.of(otherSites));
    }

    /** The same user with another display name. */
    public SandboxUser withDisplayName(String name) {
        return new SandboxUser(email, token, scope, preferredSite, sites, name);
    }

    /**
     * The display name a user without one gets: the local part of the email, split at dots, hyphens, underscores
     * and plus signs, each word capitalised ({@code john.andersen@example.com} is {@code John Andersen}).
     */
    public static String nameFromEmail(String email) {
        Objects.requireNonNull(email, "email");
        int at = email.indexOf('@');
        String local = at < 0 ? email : email.substring(0, at);
        StringBuilder name = new StringBuilder();
        for (String word : local.split("[._+-]+")) {
            if (!word.isEmpty()) {
                name.append(name.length() == 0 ? "" : " ").append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(word.substring(1));
            }
        }
        return name.length() == 0 ? email : name.toString();
    }

    /** True if the token carries the admin scope. */
    public boolean isAdmin() {
        return scope == SandboxScope.ADMIN;
    }

    /** True if {@code site} (any case) is one of this user's sites. */
    public boolean hasSite(String site) {
        return site != null && sites.contains(WireSyntax.normalize(site));
    }

    private static String site(String value) {
        if (!WireSyntax.isSiteHost(value)) {
            throw new IllegalArgumentException("a site must be a host name such as example.webex.com: "
                    + WireSyntax.quote(String.valueOf(value)));
        }
        return WireSyntax.normalize(value);
    }

    @Override
    public String toString() {
        return "SandboxUser[email=" + email + ", displayName=" + displayName + ", scope=" + scope.wireName()
                + ", preferredSite=" + preferredSite + ", sites=" + sites + ", token=<redacted>]";
    }
}
