package io.github.wxrestore.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.wxrestore.sandbox.internal.WireSyntax;

/**
 * The users, tokens and sites of a sandbox. {@link #defaults()} holds three users on two sites, named by the
 * constants of this class. Immutable and thread-safe.
 */
public final class SandboxAccounts {

    /** The first default site: preferred site of {@link #ANN} and {@link #ADMIN}. */
    public static final String SITE = "example.webex.com";
    /** The second default site: the only site of {@link #BOB}. */
    public static final String EU_SITE = "example-eu.webex.com";

    /** A user (scope {@code meeting:recordings_write}) on both sites, preferring {@link #SITE}. */
    public static final String ANN = "ann@example.com";
    /** A user (scope {@code meeting:recordings_write}) on {@link #EU_SITE} only. */
    public static final String BOB = "bob@example.com";
    /** An administrator (scope {@code meeting:admin_recordings_write}) of both sites, preferring {@link #SITE}. */
    public static final String ADMIN = "admin@example.com";

    /** Token of {@link #ANN} in {@link #defaults()}. */
    public static final String ANN_TOKEN = "sandbox-token-ann";
    /** Token of {@link #BOB} in {@link #defaults()}. */
    public static final String BOB_TOKEN = "sandbox-token-bob";
    /** Token of {@link #ADMIN} in {@link #defaults()}. */
    public static final String ADMIN_TOKEN = "sandbox-token-admin";

    private static final SandboxAccounts DEFAULTS = of(
            SandboxUser.of(ANN, ANN_TOKEN, SandboxScope.USER, SITE, EU_SITE),
            SandboxUser.of(BOB, BOB_TOKEN, SandboxScope.USER, EU_SITE),
            SandboxUser.of(ADMIN, ADMIN_TOKEN, SandboxScope.ADMIN, SITE, EU_SITE));

    private final List<SandboxUser> users;

    private SandboxAccounts(List<SandboxUser> users) {
        this.users = users;
    }

    /** Ann and Bob (user scope) and an admin, on {@link #SITE} and {@link #EU_SITE}. */
    public static SandboxAccounts defaults() {
        return DEFAULTS;
    }

    /** Accounts made of these users; emails and tokens must be unique. */
    public static SandboxAccounts of(SandboxUser... users) {
        return of(List.of(users));
    }

    /** Accounts made of these users; emails and tokens must be unique. */
    public static SandboxAccounts of(List<SandboxUser> users) {
        Objects.requireNonNull(users, "users");
        if (users.isEmpty()) {
            throw new IllegalArgumentException("a sandbox needs at least one user");
        }
        Set<String> emails = new LinkedHashSet<>();
        Set<String> tokens = new LinkedHashSet<>();
        for (SandboxUser user : users) {
            if (!emails.add(user.email())) {
                throw new IllegalArgumentException("two users with the email " + user.email());
            }
            if (!tokens.add(user.token())) {
                // the token itself is not shown, even though sandbox tokens are not secrets
                throw new IllegalArgumentException("two users share a token; one of them is " + user.email());
            }
        }
        return new SandboxAccounts(List.copyOf(users));
    }

    /** Every user, in the order given. */
    public List<SandboxUser> users() {
        return users;
    }

    /** The user with this email (any case), if any. */
    public Optional<SandboxUser> find(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String wanted = WireSyntax.normalize(email);
        return users.stream().filter(u -> u.email().equals(wanted)).findFirst();
    }

    /** The user with this email (any case); throws {@link IllegalArgumentException} naming the known ones. */
    public SandboxUser user(String email) {
        return find(email).orElseThrow(() -> new IllegalArgumentException(
                "no sandbox user " + email + "; users are " + users.stream().map(SandboxUser::email).toList()));
    }

    /** Every site of every user, in order of first appearance. */
    public List<String> sites() {
        Set<String> sites = new LinkedHashSet<>();
        users.forEach(u -> sites.addAll(u.sites()));
        return List.copyOf(sites);
    }

    @Override
    public String toString() {
        List<String> emails = new ArrayList<>();
        users.forEach(u -> emails.add(u.email() + " (" + u.scope().wireName() + ")"));
        return "SandboxAccounts" + emails;
    }
}
