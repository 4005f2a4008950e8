package io.github.wxrestore.sandbox.internal;

import com.sun.net.httpserver.HttpHandler;
import io.github.wxrestore.model.constraints.SpecLimits;
import io.github.wxrestore.sandbox.RecordedRequest;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.SandboxFaults;
import io.github.wxrestore.sandbox.SandboxRecording;
import io.github.wxrestore.sandbox.SandboxUser;
import io.github.wxrestore.sandbox.ScriptedReply;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything behind a sandbox except the socket: accounts, seeded bins and the recordings' metadata, faults,
 * scripted replies, the request log, and the HTTP handler and endpoints that use them. Thread-safe.
 */
public final class SandboxEngine {

    private final SandboxAccounts accounts;
    private final long seed;
    private final int recordingsPerHost;
    private final Instant start;
    private final SandboxFaults initialFaults;
    private final RecycleBins bins;
    private final RecordingCatalog catalog;
    private final FaultEngine faults;
    private final ScriptedReplies scripted = new ScriptedReplies();
    private final RequestLog log;
    private final TrackingIds trackingIds;
    private final SandboxHttpHandler handler;

    public SandboxEngine(SandboxAccounts accounts, long seed, int recordingsPerHost, SandboxFaults faults,
                         Clock clock, int maxRecordedRequests) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.seed = seed;
        this.recordingsPerHost = recordingsPerHost;
        this.initialFaults = Objects.requireNonNull(faults, "faults");
        this.bins = new RecycleBins(seed(accounts, seed, recordingsPerHost));
        // the recordings were made before the sandbox started, by its own clock
        this.start = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        this.catalog = new RecordingCatalog(seed, start, accounts, bins);
        this.faults = new FaultEngine(seed, clock, faults);
        this.log = new RequestLog(maxRecordedRequests);
        this.trackingIds = new TrackingIds(seed);
        Map<String, SandboxUser> byToken = accounts.users().stream()
                .collect(Collectors.toUnmodifiableMap(SandboxUser::token, Function.identity()));
        ListingSemantics listings = new ListingSemantics(clock, new ListingScope(accounts), catalog);
        this.handler = new SandboxHttpHandler(clock, token -> Optional.ofNullable(byToken.get(token)), List.of(
                new RestoreEndpoint(scripted, this.faults, bins, new RestoreSemantics(accounts, bins, this.faults)),
                ListingEndpoint.userListing(scripted, this.faults, listings),
                ListingEndpoint.adminListing(scripted, this.faults, listings)), this.faults, trackingIds, log);
    }

    private static Map<RecycleBins.Key, List<String>> seed(SandboxAccounts accounts, long seed, int perHost) {
        Map<RecycleBins.Key, List<String>> seeded = new LinkedHashMap<>();
        for (SandboxUser user : accounts.users()) {
            for (String site : user.sites()) {
                seeded.put(new RecycleBins.Key(site, user.email()),
                        SeededIds.generate(seed, site, user.email(), perHost));
            }
        }
        return seeded;
    }

    public HttpHandler handler() {
        return handler;
    }

    /** The path the endpoint answers on, such as {@code /v1/recordings/restore}. */
    public static String endpointPath() {
        return RestoreEndpoint.PATH;
    }

    /** The path of the user listing, {@code /v1/recordings}. */
    public static String listingPath() {
        return ListingEndpoint.USER_PATH;
    }

    /** The path of the admin listing, {@code /v1/admin/recordings}. */
    public static String adminListingPath() {
        return ListingEndpoint.ADMIN_PATH;
    }

    public SandboxAccounts accounts() {
        return accounts;
    }

    public long seed() {
        return seed;
    }

    public int recordingsPerHost() {
        return recordingsPerHost;
    }

    /** The sandbox clock's now at start, in whole seconds: every recording was made before it. */
    public Instant start() {
        return start;
    }

    public List<String> recycleBin(String site, String hostEmail) {
        return bins.contents(new RecycleBins.Key(site, hostEmail));
    }

    /** Every recording of this host on this site now, in the bin or restored from it, newest first. */
    public List<SandboxRecording> recordings(String site, String hostEmail) {
        return catalog.recordings(new RecycleBins.Key(site, hostEmail)).stream()
                .sorted(SandboxRecording.NEWEST_FIRST).toList();
    }

    public List<String> seededIds(String site, String hostEmail, int count) {
        if (count < 0 || count > recordingsPerHost) {
            throw new IllegalArgumentException("asked for " + count + " seeded IDs, but " + recordingsPerHost
                    + " recordings per host were seeded; start the sandbox with recordingsPerHost(" + count + ")");
        }
        return bins.seeded(new RecycleBins.Key(site, hostEmail)).subList(0, count);
    }

    public void addToRecycleBin(String site, String hostEmail, List<String> ids) {
        ids.forEach(id -> {
            Objects.requireNonNull(id, "recording id");
            if (id.length() < SpecLimits.recordingIdMinLength() || id.length() > SpecLimits.recordingIdMaxLength()) {
                throw new IllegalArgumentException("a recording ID is " + SpecLimits.recordingIdMinLength() + " to "
                        + SpecLimits.recordingIdMaxLength() + " characters long: " + WireSyntax.quote(id));
            }
        });
        bins.add(new RecycleBins.Key(site, hostEmail), List.copyOf(ids));
    }

    public Set<String> restoredIds() {
        return bins.restored();
    }

    public int timesRequested(String id) {
        return bins.timesNamed(id);
    }

    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    public SandboxFaults faults() {
        return faults.faults();
    }

    public void replaceFaults(SandboxFaults next) {
        faults.use(Objects.requireNonNull(next, "faults"));
    }

    public void respondNext(List<ScriptedReply> replies) {
        replies.forEach(r -> Objects.requireNonNull(r, "scripted reply"));
        scripted.add(replies);
    }

    public int pendingScriptedReplies() {
        return scripted.pending();
    }

    /** Back to the state at start: seeded bins, the starting faults, no scripted replies, an empty log. */
    public void reset() {
        scripted.clear();
        faults.use(initialFaults);
        bins.reset();
        trackingIds.reset();
        log.clear();
    }

    public String describe(String origin, String baseUrl) {
        return SandboxDescription.render(origin, baseUrl, this);
    }
}
