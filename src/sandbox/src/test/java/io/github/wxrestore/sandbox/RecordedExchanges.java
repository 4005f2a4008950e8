package io.github.wxrestore.sandbox;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A recorded request and the sandbox's answer, as swagger-request-validator reads them. */
final class RecordedExchanges {

    private RecordedExchanges() {
    }

    static SimpleRequest request(RecordedRequest recorded) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(recorded.method(), recorded.path())
                .withBody(recorded.body());
        recorded.headers().forEach(builder::withHeader);
        if (recorded.query() != null) {
            for (String pair : recorded.query().split("&")) {
                String[] kv = pair.split("=", 2);
                builder.withQueryParam(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return builder.build();
    }

    static SimpleResponse response(RecordedRequest.RecordedResponse recorded) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(recorded.status());
        recorded.headers().forEach(builder::withHeader);
        if (!recorded.body().isEmpty()) {
            builder.withBody(recorded.body());
        }
        return builder.build();
    }
}
