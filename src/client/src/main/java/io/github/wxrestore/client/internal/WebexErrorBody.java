package io.github.wxrestore.client.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.generated.model.WebexError;
import io.github.wxrestore.generated.model.WebexErrorDetail;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a Webex error body ({@code {"message", "errors": [{"description"}], "trackingId"}}, property
 * names from the spec), read tolerantly: HTML, truncated JSON or JSON of another shape gives what it can
 * (possibly nothing) and never throws. Immutable.
 *
 * @param message      the Webex message, or null
 * @param descriptions the {@code errors[].description} values, possibly empty
 * @param trackingId   the {@code trackingId}, or null
 */
public record WebexErrorBody(String message, List<String> descriptions, String trackingId) {

    public static final WebexErrorBody NONE = new WebexErrorBody(null, List.of(), null);

    private static final ObjectMapper JSON = new ObjectMapper();

    public WebexErrorBody {
        descriptions = List.copyOf(descriptions);
    }

    public static WebexErrorBody parse(String body) {
        String text = body == null ? "" : body.replace("\uFEFF", "").stripLeading();
        if (!text.startsWith("{")) {
            return NONE; // an HTML page, plain text or nothing: no need to ask a JSON parser
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return NONE;
        }
        if (root == null || !root.isObject()) {
            return NONE;
        }
        List<String> descriptions = new ArrayList<>();
        JsonNode errors = root.get(WebexError.JSON_PROPERTY_ERRORS);
        if (errors != null && errors.isArray()) {
            for (JsonNode error : errors) {
                String description = text(error.isObject() ? error.get(WebexErrorDetail.JSON_PROPERTY_DESCRIPTION)
                        : error);
                if (description != null) {
                    descriptions.add(description);
                }
            }
        }
        return new WebexErrorBody(text(root.get(WebexError.JSON_PROPERTY_MESSAGE)), descriptions,
                text(root.get(WebexError.JSON_PROPERTY_TRACKING_ID)));
    }

    // a string, number or boolean as text; objects, arrays, null and blank strings count as absent
    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text.strip();
    }
}
