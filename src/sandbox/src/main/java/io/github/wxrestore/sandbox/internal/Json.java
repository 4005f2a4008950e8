package io.github.wxrestore.sandbox.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The sandbox's one ObjectMapper (thread-safe once configured): strict on input, plain on output. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            // the spec allows properties it does not name (no additionalProperties: false)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }
}
