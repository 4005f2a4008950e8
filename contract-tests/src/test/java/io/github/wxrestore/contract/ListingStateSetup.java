package io.github.wxrestore.contract;

import io.github.wxrestore.sandbox.SandboxRecording;
import io.github.wxrestore.sandbox.SandboxUser;
import io.github.wxrestore.sandbox.WebexSandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.github.wxrestore.contract.ProviderStates.*;

/**
 * The listing provider states on the sandbox, through its public API: makes sure a host (or a site) has the deleted
 * recordings a state names, and answers the values the pacts' requests take from the state: the window of
 * {@code createTime} that holds those recordings and, for paging, the cursor where the window's first page ends.
 *
 * <p>The sandbox seeds a few recordings per bin and derives a recording's metadata (topic, format, service,
 * createTime) from its ID; it has no way to add a recording with given metadata. When the seeded recordings are too
 * few, or do not match the state's filters, recordings with new IDs are added one by one until enough match: the
 * IDs and so the recordings are the same on every run.
 */
final class ListingStateSetup {

    /** How many recordings one state may add before it gives up: a match is 1 in 10 or so. */
    private static final int MAX_ADDED = 1_000;
    /** The admin listing's longest interval (api-spec/'s x-max-interval-days). */
    private static final Duration ADMIN_MAX_INTERVAL = Duration.ofDays(30);

    private final WebexSandbox sandbox;

    ListingStateSetup(WebexSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** {@link ProviderStates#HOST_HAS_DELETED_RECORDINGS}. */
    Map<String, Object> hostHas(Map<String, Object> params) {
        String site = (String) params.get(SITE);
        String host = (String) params.get(HOST_EMAIL);
        int count = ((Number) params.get(COUNT)).intValue();
        Filter filter = new Filter((String) params.get(TOPIC), (String) params.get(FORMAT),
                (String) params.get(SERVICE_TYPE));
        List<SandboxRecording> newest = newest(ensure(site, host, count, filter), count);
        Map<String, Object> values = window(newest);
        if (params.get(PAGE_SIZE) != null) {
            values.put(CURSOR, cursorAfter(newest.get(((Number) params.get(PAGE_SIZE)).intValue() - 1)));
        }
        return values;
    }

    /** {@link ProviderStates#SITE_HAS_DELETED_RECORDINGS}: every host of the site, as the admin listing sees it. */
    Map<String, Object> siteHas(Map<String, Object> params) {
        String site = (String) params.get(SITE);
        int count = ((Number) params.get(COUNT)).intValue();
        List<SandboxUser> hosts = sandbox.accounts().users().stream().filter(u -> u.hasSite(site)).toList();
        if (hosts.isEmpty()) {
            throw new IllegalStateException("no sandbox user is on " + site);
        }
        ensure(site, hosts.get(0).email(), count, Filter.NONE);
        List<SandboxRecording> newest = newest(hosts.stream()
                .flatMap(h -> sandbox.recordings(site, h.email()).stream()).filter(Filter.NONE::matches).toList(),
                count);
        Map<String, Object> values = window(newest);
        Duration span = Duration.between(Instant.parse((String) values.get(FROM)),
                Instant.parse((String) values.get(TO)));
        if (span.compareTo(ADMIN_MAX_INTERVAL) > 0) {
            throw new IllegalStateException("the " + count + " newest deleted recordings of " + site + " span " + span
                    + ", more than the admin listing covers in one call");
        }
        return values;
    }

    // the recordings of the bin that match, after adding some if there are fewer than count
    private List<SandboxRecording> ensure(String site, String host, int count, Filter filter) {
        List<SandboxRecording> matching = matching(site, host, filter);
        for (int added = 0; matching.size() < count; added++) {
            if (added == MAX_ADDED) {
                throw new IllegalStateException("no " + count + " deleted recordings of " + host + " on " + site
                        + " match " + filter + " after adding " + MAX_ADDED);
            }
            sandbox.addToRecycleBin(site, host, newId(site, host, added));
            matching = matching(site, host, filter);
        }
        return matching;
    }

    private List<SandboxRecording> matching(String site, String host, Filter filter) {
        return sandbox.recordings(site, host).stream().filter(filter::matches).toList();
    }

    private static List<SandboxRecording> newest(List<SandboxRecording> recordings, int count) {
        return recordings.stream().sorted(SandboxRecording.NEWEST_FIRST).limit(count).toList();
    }

    /** From the oldest one's createTime (inclusive) to just after the newest one's ({@code to} is exclusive). */
    private static Map<String, Object> window(List<SandboxRecording> newestFirst) {
        Map<String, Object> values = new HashMap<>();
        values.put(FROM, newestFirst.get(newestFirst.size() - 1).createTime().toString());
        values.put(TO, newestFirst.get(0).createTime().plusSeconds(1).toString());
        return values;
    }

    /**
     * The sandbox's cursor after {@code last}: base64url without padding of {@code v1:<epoch second>:<id>}. Opaque
     * to a client; a provider state knows its own provider's paging. The sandbox does not export it, so it is
     * written out here (a {@code WebexSandbox.cursorAfter(SandboxRecording)} would say it once).
     */
    private static String cursorAfter(SandboxRecording last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("v1:" + last.createTime().getEpochSecond() + ":" + last.id()).getBytes(StandardCharsets.UTF_8));
    }

    // 32 hex digits as Webex IDs look, one set per bin, the same on every run
    private static String newId(String site, String host, int n) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("pact|" + site + "|" + host + "|" + n).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * What a listing's filters keep, as the sandbox applies them: in the recycle bin, {@code topic} a substring
     * in any case, {@code format} and {@code serviceType} equal; null for any.
     */
    private record Filter(String topic, String format, String serviceType) {
        static final Filter NONE = new Filter(null, null, null);

        boolean matches(SandboxRecording r) {
            return r.status() == SandboxRecording.Status.DELETED
                    && (topic == null || r.topic().toLowerCase(Locale.ROOT).contains(topic.toLowerCase(Locale.ROOT)))
                    && (format == null || format.equals(r.format()))
                    && (serviceType == null || serviceType.equals(r.serviceType()));
        }
    }
}
