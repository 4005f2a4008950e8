package io.github.wxrestore.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bodies of listing pages the pacts expect, {@code {"items": [...]}} (the spec's RecordingList, or
 * AdminRecordingList, whose items name their host), built from example recordings. Each item holds the spec's
 * required fields, matched so that the provider's real recordings verify (IDs and sites by the spec's patterns,
 * times as ISO 8601 date-times, the rest by type), except what the query filters on: those fields must be what it
 * asked for ({@code status}, {@code siteUrl}, {@code format}, {@code serviceType} equal; {@code topic} containing
 * the text in any case).
 */
final class RecordingBodies {

    /** A recording ID as a restore takes it: printable ASCII, 1 to 256 characters (api-spec/). */
    static final String RECORDING_ID = "[!-~]{1,256}";
    /** The spec's pattern of a site host, as siteUrl has it. */
    static final String SITE_HOST =
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    /** The spec's pattern of hostEmail. */
    static final String HOST_EMAIL = "[^@\\s\"]+@[^@\\s\"]+\\.[^@\\s\"]+";
    /** RFC 3339 with whole seconds, as Webex writes it: {@code 2026-11-03T17:43:24Z}. */
    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm:ssXXX";

    private RecordingBodies() {
    }

    /** A page of at least {@code min} recordings like {@code example}, as {@code query} lists them. */
    static DslPart atLeast(int min, ListedRecording example, RecordingQuery query) {
        return LambdaDsl.newJsonBody(page -> page.minArrayLike("items", min, item -> item(item, example, query)))
                .build();
    }

    /** A page of exactly these recordings, in this order (Pact compares an array without a rule by its size). */
    static DslPart exactly(List<ListedRecording> examples, RecordingQuery query) {
        return LambdaDsl.newJsonBody(page -> page.array("items", items -> examples.forEach(
                example -> items.object(item -> item(item, example, query))))).build();
    }

    private static void item(LambdaDslObject item, ListedRecording example, RecordingQuery query) {
        item.stringMatcher("id", RECORDING_ID, example.id());
        if (query.topic().isPresent()) {
            item.stringMatcher("topic", "(?i).*" + Pattern.quote(query.topic().get()) + ".*", example.topic());
        } else {
            item.stringType("topic", example.topic());
        }
        item.datetime("createTime", DATE_TIME, utc(example.createTime()));
        item.datetime("timeRecorded", DATE_TIME, utc(example.timeRecorded()));
        if (query.listing() == RecordingQuery.Listing.ADMIN) {
            item.stringMatcher("hostEmail", HOST_EMAIL, example.hostEmail());
            item.stringType("hostDisplayName", example.hostDisplayName());
        }
        if (query.siteUrl().isPresent()) {
            item.stringValue("siteUrl", query.siteUrl().get());
        } else {
            item.stringMatcher("siteUrl", SITE_HOST, example.siteUrl());
        }
        if (query.format().isPresent()) {
            item.stringValue("format", query.format().get());
        } else {
            item.stringType("format", example.format());
        }
        if (query.serviceType().isPresent()) {
            item.stringValue("serviceType", query.serviceType().get());
        } else {
            item.stringType("serviceType", example.serviceType());
        }
        item.integerType("durationSeconds", Math.toIntExact(example.durationSeconds()));
        item.integerType("sizeBytes", Math.toIntExact(example.sizeBytes()));
        item.stringValue("status", query.status());
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
