package io.github.wxrestore.sandbox.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The interval of {@code createTime} a listing covers, {@code from} inclusive and {@code to} exclusive, with the
 * documented defaults: neither given, the {@value #DEFAULT_DAYS} days before now; only {@code to}, the
 * {@value #DEFAULT_DAYS} days before it; only {@code from}, the {@value #DEFAULT_DAYS} days after it.
 *
 * @param from the first instant covered
 * @param to   the first instant after the interval
 */
record ListingInterval(Instant from, Instant to) {

    /** The length of a defaulted interval, in days. */
    static final int DEFAULT_DAYS = 7;
    /** The admin listing's longest interval, in days: its {@code x-max-interval-days} in api-spec/. */
    static final int ADMIN_MAX_DAYS = 30;

    private static final Duration DEFAULT_LENGTH = Duration.ofDays(DEFAULT_DAYS);
    private static final Duration ADMIN_MAX_LENGTH = Duration.ofDays(ADMIN_MAX_DAYS);

    /** The interval of these bounds (each null if not given), the missing ones defaulted from {@code now}. */
    static ListingInterval of(Instant from, Instant to, Instant now) {
        if (from == null && to == null) {
            return new ListingInterval(now.minus(DEFAULT_LENGTH), now);
        }
        if (from == null) {
            return new ListingInterval(to.minus(DEFAULT_LENGTH), to);
        }
        return new ListingInterval(from, to == null ? from.plus(DEFAULT_LENGTH) : to);
    }

    /** The rules it breaks, each one 400 description: the admin listing's also bounds its length. */
    List<String> problems(boolean adminListing) {
        List<String> problems = new ArrayList<>();
        if (from.isAfter(to)) {
            problems.add("from must not be after to.");
        } else if (adminListing && Duration.between(from, to).compareTo(ADMIN_MAX_LENGTH) > 0) {
            problems.add("The interval between from and to must be within " + ADMIN_MAX_DAYS + " days.");
        }
        return problems;
    }

    boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
