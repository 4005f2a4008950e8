package io.github.wxrestore.reliability;

import io.github.wxrestore.testing.ProjectFiles;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.wxrestore.testing.LoopbackServer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Checks a request as it arrived on the wire against api-spec/ with swagger-request-validator. */
final class SpecCheck {

    private static final String SPEC = ProjectFiles.spec().toString();

    private final OpenApiInteractionValidator validator =
            OpenApiInteractionValidator.createForSpecificationUrl(Path.of(SPEC).toUri().toString()).build();

    /** What the validator says about this request: method, path, query, headers and body. */
    ValidationReport validate(LoopbackServer.Recorded sent) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(sent.method(), sent.uri().getRawPath())
                .withBody(sent.bodyText());
        sent.headers().forEach(request::withHeader);
        String query = sent.rawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.withQueryParam(decode(nameValue[0]), nameValue.length < 2 ? "" : decode(nameValue[1]));
            }
        }
        return validator.validateRequest(request.build());
    }

    /** One query-string component, percent-decoded as a server decodes it. */
    static String decode(String component) {
        return URLDecoder.decode(component, StandardCharsets.UTF_8);
    }
}
