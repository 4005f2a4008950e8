package io.github.wxrestore.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Reads a request body into the generated model, checking JSON types first (so {@code "true"} is not a boolean).
 * A field given as {@code null} is read as absent, as a server that binds JSON with Jackson does: the one public
 * SDK with this call (wxc_sdk, Python) sends every field, {@code null} for those not given. Also lists the IDs a
 * body names, even a body that is otherwise wrong.
 */
final class BodyParser {

    /**
     * The outcome: the model (null if there are problems), the problems (each a 400 description), and every
     * string in {@code recordingIds}.
     */
    record Parsed(RestoreRecordingsRequest request, List<String> problems, List<String> namedIds) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final List<String> FIELDS = List.of(RestoreRecordingsRequest.JSON_PROPERTY_RESTORE_ALL,
            RestoreRecordingsRequest.JSON_PROPERTY_RECORDING_IDS, RestoreRecordingsRequest.JSON_PROPERTY_SITE_URL);

    private BodyParser() {
    }

    static Parsed parse(byte[] body) {
        JsonNode tree;
        try {
            if (new String(body, StandardCharsets.UTF_8).isBlank()) {
                return failed("The request body is required: a JSON object such as {\"recordingIds\": [\"...\"]}.");
            }
            tree = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return failed("Malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return failed("Unreadable request body: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            return failed("The request body must be a JSON object.");
        }
        List<String> problems = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (String field : FIELDS) {
            if (tree.path(field).isNull()) {
                ((ObjectNode) tree).remove(field);
            }
        }
        checkType(tree, RestoreRecordingsRequest.JSON_PROPERTY_RESTORE_ALL, JsonNode::isBoolean, "true or false",
                problems);
        checkType(tree, RestoreRecordingsRequest.JSON_PROPERTY_SITE_URL, JsonNode::isTextual, "a string", problems);
        if (checkType(tree, RestoreRecordingsRequest.JSON_PROPERTY_RECORDING_IDS, JsonNode::isArray,
                "an array of strings", problems)) {
            JsonNode ids = tree.get(RestoreRecordingsRequest.JSON_PROPERTY_RECORDING_IDS);
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i).isTextual()) {
                    named.add(ids.get(i).textValue());
                } else {
                    problems.add("recordingIds[" + i + "] must be a string, not " + kind(ids.get(i)) + ".");
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems), List.copyOf(named));
        }
        try {
            return new Parsed(Json.MAPPER.treeToValue(tree, RestoreRecordingsRequest.class), List.of(),
                    List.copyOf(named));
        } catch (JsonProcessingException e) {
            return new Parsed(null, List.of("Invalid request body: " + e.getOriginalMessage()), List.copyOf(named));
        }
    }

    /** True if the field is present and of the right type; absent is fine. */
    private static boolean checkType(JsonNode tree, String field, Predicate<JsonNode> type,
                                     String expected, List<String> problems) {
        JsonNode value = tree.get(field);
        if (value == null) {
            return false;
        }
        if (!type.test(value)) {
            problems.add(field + " must be " + expected + ", not " + kind(value) + ".");
            return false;
        }
        return true;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL -> "null";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static Parsed failed(String problem) {
        return new Parsed(null, List.of(problem), List.of());
    }
}
