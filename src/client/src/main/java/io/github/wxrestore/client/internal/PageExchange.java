package io.github.wxrestore.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.client.Attempt;
import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.AttemptListener;
import io.github.wxrestore.client.HumanText;
import io.github.wxrestore.client.PageResult;
import io.github.wxrestore.generated.api.RecordingsApi;
import io.github.wxrestore.generated.invoker.ApiClient;
import io.github.wxrestore.generated.invoker.ApiException;
import io.github.wxrestore.generated.model.AdminRecording;
import io.github.wxrestore.generated.model.AdminRecordingList;
import io.github.wxrestore.generated.model.Recording;
import io.github.wxrestore.generated.model.RecordingList;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The page calls of one client's listings: {@link #first} is the first page of a window, built by the generated
 * client from the query (URL, query encoding, {@code TrackingID} header); {@link #next} is the page a
 * {@code Link} named, requested at exactly that URI. Either way this module's {@link AttemptHttpClient} carries
 * the attempt, bounded in time and size, with the same token, User-Agent and TrackingID as a restore. Every page
 * is a GET: sending it again is safe, and a failed page cannot have changed anything. Thread-safe: per-call and
 * per-attempt state lives in per-call and per-attempt objects; the mapper is only read.
 */
public final class PageExchange {

    /**
     * A page's body is read up to this many bytes (1 MiB), the rest never downloaded: a page of 100 recordings is
     * some 100 to 300 KiB of JSON (2 to 3 KiB a recording, long download and playback URLs included), so this
     * leaves room for recordings three times as large. An error's body keeps the restore's bound.
     */
    public static final int MAX_PAGE_BYTES = 1024 * 1024;
    private static final int MAX_REASON_CHARS = 200;

    private final HttpClient transport;
    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
    private final String baseUrl;
    private final String userAgent;

    public PageExchange(HttpClient transport, String baseUrl, String userAgent) {
        this.transport = transport;
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
    }

    /** The first page of {@code window} of {@code query} (already validated). */
    Exchange<FetchedPage> first(RecordingQuery query, Window window) {
        String path = query.listing() == RecordingQuery.Listing.ADMIN ? "/admin/recordings" : "/recordings";
        return new FirstPage(query, window, URI.create(baseUrl + path).getRawPath());
    }

    /** The page at {@code uri}, exactly as a {@code Link} named it, of the listing {@code listing}. */
    Exchange<FetchedPage> next(RecordingQuery.Listing listing, URI uri) {
        return new NextPage(listing, uri);
    }

    /** What every page call shares: the attempt client, reading the page, telling the listeners. */
    private abstract class PageCall implements Exchange<FetchedPage> {
        private final RecordingQuery.Listing listing;
        private final Operation operation;
        private URI sent;

        PageCall(RecordingQuery.Listing listing, String path) {
            this.listing = listing;
            // a server-chosen path goes into log lines: on one line, and not too long
            this.operation = Operation.listPage(HumanText.oneLine(path, MAX_REASON_CHARS));
        }

        @Override
        public Operation operation() {
            return operation;
        }

        @Override
        public ExchangeResult send(String trackingId, String token, Duration budget) {
            AttemptHttpClient http = new AttemptHttpClient(transport, token, userAgent, budget, MAX_PAGE_BYTES,
                    RestoreExchange.MAX_BODY_BYTES);
            ExchangeResult result = request(http, trackingId);
            sent = http.sentTo().orElse(sent);
            return result;
        }

        /** Sends the attempt through {@code http}; never throws for HTTP or I/O trouble, it reports it. */
        abstract ExchangeResult request(AttemptHttpClient http, String trackingId);

        @Override
        public FetchedPage success(ExchangeResult.Received received, Attempt attempt, Redactor redactor) {
            List<ListedRecording> recordings = recordings(received, attempt, redactor);
            Optional<URI> next = next(received, attempt, redactor);
            PageResult result = new PageResult(received.status(), attempt.trackingId(),
                    redactor.apply(received.headers()), attempt.number(), recordings.size(), next.isPresent());
            return new FetchedPage(result, recordings, sent, next);
        }

        @Override
        public void tellSucceeded(AttemptListener listeners, AttemptAnswer answer, FetchedPage page) {
            listeners.pageFetched(answer, page.result());
        }

        private List<ListedRecording> recordings(ExchangeResult.Received received, Attempt attempt,
                                                 Redactor redactor) {
            if (received.body().truncated()) {
                throw Failures.unreadablePage(operation, "its body is longer than the " + MAX_PAGE_BYTES / 1024
                        + " KiB the client reads of a page; ask for smaller pages (pageSize)", attempt);
            }
            List<ListedRecording> recordings = new ArrayList<>();
            try {
                if (listing == RecordingQuery.Listing.ADMIN) {
                    AdminRecordingList page = mapper.readValue(received.body().text(), AdminRecordingList.class);
                    for (AdminRecording item : items(page == null ? null : page.getItems(), attempt)) {
                        requireId(item == null ? null : item.getId(), recordings.size(), attempt);
                        recordings.add(ListedRecordings.of(item));
                    }
                } else {
                    RecordingList page = mapper.readValue(received.body().text(), RecordingList.class);
                    for (Recording item : items(page == null ? null : page.getItems(), attempt)) {
                        requireId(item == null ? null : item.getId(), recordings.size(), attempt);
                        recordings.add(ListedRecordings.of(item));
                    }
                }
            } catch (JsonProcessingException e) {
                // Jackson quotes the body it could not read: the token is masked before the message is made
                throw Failures.unreadablePage(operation, "its body is not a page of recordings ("
                        + e.getClass().getSimpleName() + ": " + HumanText.oneLine(
                        redactor.apply(e.getOriginalMessage()), MAX_REASON_CHARS) + ")", attempt);
            }
            return recordings;
        }

        private <I> List<I> items(List<I> items, Attempt attempt) {
            if (items == null) {
                throw Failures.unreadablePage(operation, "its body holds no items", attempt);
            }
            return items;
        }

        // an item must have an ID: it is what a restore takes
        private void requireId(String id, int index, Attempt attempt) {
            if (id == null) {
                throw Failures.unreadablePage(operation, "its item " + index + " has no id", attempt);
            }
        }

        private Optional<URI> next(ExchangeResult.Received received, Attempt attempt, Redactor redactor) {
            Optional<String> target;
            try {
                target = LinkHeader.next(received.headers().allValues("Link"));
            } catch (LinkHeader.UnreadableLinkException e) {
                throw Failures.unreadableLink(operation, "its Link header does not read as RFC 8288 writes it ("
                        + e.getMessage() + ")", attempt);
            }
            if (target.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(resolve(sent, target.get()));
            } catch (URISyntaxException e) {
                throw Failures.unreadableLink(operation, "its next link is not a URI: " + HumanText.oneLine(
                        redactor.apply(e.getMessage()), MAX_REASON_CHARS), attempt);
            }
        }
    }

    /**
     * The link's target as a URI: exactly as given when absolute (nothing rebuilt or normalised), resolved
     * against the page it came with when relative (RFC 8288's context, RFC 3986's resolution).
     */
    static URI resolve(URI page, String target) throws URISyntaxException {
        URI reference = new URI(target);
        if (reference.isAbsolute()) {
            return reference;
        }
        if (target.startsWith("?")) {
            // RFC 3986 5.2.2: a query-only reference keeps the whole path, which URI.resolve does not
            return new URI(page.getScheme(), page.getRawAuthority(), null, null, null)
                    .resolve(page.getRawPath() + target);
        }
        return page.resolve(reference);
    }

    /** The first page of a window: the generated client builds the request from the query. */
    private final class FirstPage extends PageCall {
        private final RecordingQuery query;
        private final Window window;

        FirstPage(RecordingQuery query, Window window, String path) {
            super(query.listing(), path);
            this.query = query;
            this.window = window;
        }

        @Override
        ExchangeResult request(AttemptHttpClient http, String trackingId) {
            RecordingsApi api = new RecordingsApi(new AttemptApiClient(http, mapper, baseUrl));
            String from = window.from() == null ? null : DateTimeFormatter.ISO_INSTANT.format(window.from());
            String to = window.to() == null ? null : DateTimeFormatter.ISO_INSTANT.format(window.to());
            try {
                if (query.listing() == RecordingQuery.Listing.ADMIN) {
                    api.listRecordingsForAdminOrComplianceOfficerWithHttpInfo(query.pageSize(), from, to,
                            query.meetingId().orElse(null), query.siteUrl().orElse(null),
                            query.integrationTag().orElse(null), query.topic().orElse(null),
                            query.format().orElse(null), query.serviceType().orElse(null), query.status(), null,
                            null, trackingId); // no timezone: times are read as instants; no cursor on a first page
                } else {
                    api.listRecordingsWithHttpInfo(query.pageSize(), from, to, query.meetingId().orElse(null),
                            query.hostEmail().orElse(null), query.siteUrl().orElse(null),
                            query.integrationTag().orElse(null), query.topic().orElse(null),
                            query.format().orElse(null), query.serviceType().orElse(null), query.status(), null,
                            null, trackingId);
                }
            } catch (ApiException e) {
                // expected for every non-2xx status and I/O failure: the attempt client has recorded what happened
                if (http.result().isEmpty()) {
                    return new ExchangeResult.NotSent(e.getCause() != null ? e.getCause()
                            : new IllegalStateException("the request could not be built: " + e.getMessage()));
                }
            } catch (RuntimeException e) {
                return http.result().orElseGet(() -> new ExchangeResult.NotSent(e));
            }
            return http.result().orElseThrow(() -> new IllegalStateException("the generated client sent nothing"));
        }
    }

    /** A page a {@code Link} named: requested at exactly its URI, never rebuilt from the query. */
    private final class NextPage extends PageCall {
        private final URI uri;

        NextPage(RecordingQuery.Listing listing, URI uri) {
            super(listing, uri.getRawPath() == null ? "" : uri.getRawPath());
            this.uri = uri;
        }

        @Override
        ExchangeResult request(AttemptHttpClient http, String trackingId) {
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).GET().header("Accept", "application/json")
                        .header("TrackingID", trackingId).build();
                http.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                // the attempt client has recorded what happened
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // recorded as a failure; the runner ends the call
            } catch (RuntimeException e) {
                // a URI or a header the JDK will not send: nothing went out
                return http.result().orElseGet(() -> new ExchangeResult.NotSent(e));
            }
            return http.result().orElseThrow(() -> new IllegalStateException("nothing was sent"));
        }
    }
}
