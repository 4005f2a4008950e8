package io.github.wxrestore.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.wxrestore.generated.model.WebexError;
import io.github.wxrestore.generated.model.WebexErrorDetail;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link Reply} and a tracking ID into the bytes and headers sent. */
final class Rendering {

    /** What goes on the wire. */
    record Rendered(int status, Map<String, List<String>> headers, byte[] body) {
    }

    private Rendering() {
    }

    static Rendered render(Reply reply, String trackingId) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];
        switch (reply.body()) {
            case WEBEX_ERROR -> {
                headers.put("Content-Type", List.of("application/json"));
                body = webexError(reply, trackingId);
            }
            case EMPTY_OBJECT -> {
                headers.put("Content-Type", List.of("application/json"));
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
            case JSON -> {
                headers.put("Content-Type", List.of("application/json"));
                body = reply.json().getBytes(StandardCharsets.UTF_8);
            }
            case HTML_GATEWAY_PAGE -> {
                headers.put("Content-Type", List.of("text/html; charset=utf-8"));
                body = htmlPage(reply.status()).getBytes(StandardCharsets.UTF_8);
            }
            case NONE -> {
            }
        }
        // a gateway's own page carries no Webex tracking ID; everything from "Webex" does
        if (reply.body() != Reply.Body.HTML_GATEWAY_PAGE) {
            headers.put("TrackingID", List.of(trackingId));
        }
        reply.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        return new Rendered(reply.status(), headers, body);
    }

    private static byte[] webexError(Reply reply, String trackingId) {
        WebexError error = new WebexError()
                .message(reply.message())
                .errors(reply.descriptions().stream().map(d -> new WebexErrorDetail().description(d)).toList())
                .trackingId(trackingId);
        try {
            return Json.MAPPER.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a Webex error body", e);
        }
    }

    private static String htmlPage(int status) {
        String title = status + " " + switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            default -> "Error";
        };
        return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>sandbox-gateway</center>\r\n</body>\r\n</html>\r\n";
    }
}
