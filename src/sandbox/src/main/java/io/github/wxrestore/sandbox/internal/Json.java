package io.github.wxrestore.sandbox.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The sandbox's one ObjectMapper (thread-safe once configured): strict on input, plain on output, where an absent
 * optional field is left out (the spec's optional fields are not nullable) and a date-time is RFC 3339.
 */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            // the spec allows properties it does not name (no additionalProperties: false)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            // the sandbox has no jackson-datatype-jsr310: the generated model's OffsetDateTime is written here
            .addModule(new SimpleModule().addSerializer(OffsetDateTime.class, new DateTimeSerializer()))
            .build();

    private Json() {
    }

    /** {@code 2026-11-03T17:43:24Z}: seconds always, a fraction only if there is one. */
    private static final class DateTimeSerializer extends StdSerializer<OffsetDateTime> {
        DateTimeSerializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }
}
