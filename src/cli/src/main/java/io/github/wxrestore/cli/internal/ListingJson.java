package io.github.wxrestore.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The listing as one JSON document on stdout, streamed: {@code listing} ({@code user} or {@code admin}),
 * {@code from}, {@code to}, {@code recordings[]} (each with {@code id}, {@code topic}, {@code hostEmail},
 * {@code hostDisplayName}, {@code siteUrl}, {@code createTime}, {@code timeRecorded}, {@code format},
 * {@code serviceType}, {@code durationSeconds}, {@code sizeBytes}, {@code status}, {@code meetingId}), then
 * {@code count}, {@code totalSizeBytes}, {@code pages}, {@code complete}, and {@code error} when the listing failed
 * partway (the recordings before it kept).
 */
public final class ListingJson implements ListingOutput {

    private final PrintWriter out;
    private final JsonGenerator g;
    private final RecordingQuery query;
    private int count;
    private long totalBytes;

    public ListingJson(PrintWriter out, RecordingQuery query) {
        this.out = out;
        this.query = query;
        try {
            g = new JsonFactory().createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException("starting the JSON output", e);
        }
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // stdout stays open
        g.useDefaultPrettyPrinter();
    }

    @Override
    public void begin(String scope) {
        io(() -> {
            g.writeStartObject();
            g.writeStringField("listing", query.listing() == RecordingQuery.Listing.ADMIN ? "admin" : "user");
            g.writeStringField("status", query.status());
            g.writeStringField("from", query.from().map(Instant::toString).orElse(null));
            g.writeStringField("to", query.to().map(Instant::toString).orElse(null));
            g.writeArrayFieldStart("recordings");
        });
    }

    @Override
    public void recording(ListedRecording r) {
        count++;
        totalBytes += r.sizeBytes() == null ? 0 : r.sizeBytes();
        io(() -> {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("topic", r.topic());
            g.writeStringField("hostEmail", r.hostEmail());
            g.writeStringField("hostDisplayName", r.hostDisplayName());
            g.writeStringField("siteUrl", r.siteUrl());
            g.writeStringField("createTime", r.createTime() == null ? null : r.createTime().toString());
            g.writeStringField("timeRecorded", r.timeRecorded() == null ? null : r.timeRecorded().toString());
            g.writeStringField("format", r.format());
            g.writeStringField("serviceType", r.serviceType());
            number("durationSeconds", r.durationSeconds());
            number("sizeBytes", r.sizeBytes());
            g.writeStringField("status", r.status());
            g.writeStringField("meetingId", r.meetingId());
            g.writeEndObject();
        });
    }

    @Override
    public void end(boolean complete, int pages) {
        close(complete, pages, null);
    }

    // the document stays one document: what came, then why it is not all
    @Override
    public void failed(String problem, int pages) {
        close(false, pages, problem);
    }

    private void close(boolean complete, int pages, String error) {
        io(() -> {
            g.writeEndArray();
            g.writeNumberField("count", count);
            g.writeNumberField("totalSizeBytes", totalBytes);
            g.writeNumberField("pages", pages);
            g.writeBooleanField("complete", complete);
            if (error != null) {
                g.writeStringField("error", error);
            }
            g.writeEndObject();
            g.flush();
        });
        out.println();
    }

    private void number(String name, Long value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void io(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the JSON document", e); // checkError() says it on stdout
        }
    }
}
