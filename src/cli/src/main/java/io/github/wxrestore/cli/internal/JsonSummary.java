package io.github.wxrestore.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wxrestore.bulk.BadId;
import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.BulkReport;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.PlannedCall;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The one JSON document {@code --json} prints on stdout: {@code status} (ok, partial, failed; dry-run),
 * {@code requested}, {@code unique}, {@code duplicates}, {@code restored} (null for restore-all: the API does
 * not count), {@code alreadyRestored}, {@code presumedRestored} and {@code presumedRestoredIds[]} (with
 * {@code presumedRestoredConfirmedIds[]}: those the listing shows as available, or null when not checked), {@code calls},
 * {@code retries}, {@code serverWaitMillis}, {@code failed[]} ({@code recordingIds}, {@code status},
 * {@code trackingId}, {@code message}, ..., the {@code siteUrl} and {@code hostEmail} the call sent), {@code badIds[]}
 * ({@code recordingId}, {@code status}, {@code description}, {@code run}, and the {@code siteUrl} and {@code hostEmail} of its call), {@code notAttempted[]}, {@code stoppedBy}, {@code interrupted},
 * {@code signal} (such as {@code SIGINT}, or null), {@code exitCode}. Stateless.
 */
public final class JsonSummary {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonSummary() {
    }

    /** {@code signal}: the signal that stopped the run, such as {@code SIGINT}, or null. */
    public static String report(BulkReport r, int exitCode, String signal, PresumedCheck evidence) {
        ObjectNode root = JSON.createObjectNode();
        root.put("status", r.status().name().toLowerCase(Locale.ROOT));
        root.put("restoreAll", r.selection().isAll());
        root.put("requested", r.requested()).put("unique", r.unique()).put("duplicates", r.duplicates());
        if (r.selection().isAll()) {
            root.putNull("restored");
        } else {
            root.put("restored", r.restored());
        }
        root.put("alreadyRestored", r.alreadyRestored());
        root.put("presumedRestored", r.presumedRestored());
        strings(root.putArray("presumedRestoredIds"), r.presumedRestoredIds());
        if (evidence.checked() && evidence.problem() == null) {
            strings(root.putArray("presumedRestoredConfirmedIds"), evidence.confirmed());
        } else {
            root.putNull("presumedRestoredConfirmedIds"); // nothing presumed, or the listing could not say
        }
        root.put("calls", r.calls()).put("retries", r.retries()).put("serverWaitMillis", r.serverWait().toMillis())
                .put("elapsedMillis", r.elapsed().toMillis());
        ArrayNode failed = root.putArray("failed");
        for (CallOutcome f : r.failed()) {
            ObjectNode node = failed.addObject();
            strings(node.putArray("recordingIds"), f.recordingIds());
            node.put("status", f.status());
            node.put("trackingId", f.trackingId());
            node.put("message", f.message());
            node.put("category", f.category().name());
            strings(node.putArray("descriptions"), f.descriptions());
            node.put("attempts", f.attempts()).put("mayHaveBeenApplied", f.mayHaveBeenApplied());
            node.put("siteUrl", f.owner().siteUrl()).put("hostEmail", f.owner().hostEmail());
        }
        badIds(root.putArray("badIds"), r.badIds());
        strings(root.putArray("notAttempted"), r.notAttempted());
        root.put("stoppedBy", r.stoppedBy() == null ? null : r.stoppedBy().name());
        root.put("interrupted", r.interrupted()).put("signal", signal);
        root.put("exitCode", exitCode);
        return write(root);
    }

    /**
     * Writes a dry run's plan to {@code out}, streamed: a plan of a million IDs is never held a second time as a
     * JSON tree or a string. The same fields and layout as every document here.
     */
    public static void writePlan(PrintWriter out, BulkPlan plan) {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // stdout stays open
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("status", "dry-run");
            g.writeBooleanField("restoreAll", plan.selection().isAll());
            g.writeNumberField("requested", plan.requested());
            g.writeNumberField("unique", plan.unique());
            g.writeNumberField("duplicates", plan.duplicates());
            g.writeNumberField("alreadyRestored", plan.alreadyRestored());
            g.writeNumberField("presumedRestored", plan.presumedRestored());
            g.writeNumberField("calls", plan.calls().size());
            g.writeFieldName("knownBadIds");
            g.writeTree(badIds(JSON.createArrayNode(), plan.knownBadIds())); // the shape the report writes
            g.writeStringField("siteUrl", plan.siteUrl());
            g.writeStringField("hostEmail", plan.hostEmail());
            g.writeArrayFieldStart("plannedCalls");
            for (PlannedCall call : plan.calls()) {
                g.writeStartObject();
                g.writeNumberField("call", call.number());
                g.writeBooleanField("restoreAll", call.selection().isAll());
                g.writeStringField("siteUrl", call.siteUrl()); // what the call sends: its owner's, or the run's
                g.writeStringField("hostEmail", call.hostEmail());
                g.writeArrayFieldStart("recordingIds");
                for (String id : call.recordingIds()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("exitCode", 0);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the plan", e); // a PrintWriter never throws: checkError() says
        }
        out.println();
    }

    /** The document of a restore whose filters found nothing: nothing planned, nothing sent. */
    public static void writeNothingFound(PrintWriter out, boolean dryRun) {
        ObjectNode root = JSON.createObjectNode();
        root.put("status", dryRun ? "dry-run" : "ok").put("restoreAll", false).put("requested", 0).put("unique", 0)
                .put("duplicates", 0).put("restored", 0).put("calls", 0);
        root.putArray("failed");
        root.putArray("badIds");
        root.put("exitCode", 0);
        out.println(write(root));
    }

    private static ArrayNode badIds(ArrayNode array, List<BadId> values) {
        for (BadId b : values) {
            array.addObject().put("recordingId", b.recordingId()).put("status", b.status())
                    .put("description", b.description()).put("run", b.run())
                    .put("siteUrl", b.owner().siteUrl()).put("hostEmail", b.owner().hostEmail());
        }
        return array;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }
}
