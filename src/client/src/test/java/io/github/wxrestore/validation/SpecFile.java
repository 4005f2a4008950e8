package io.github.wxrestore.validation;

import io.github.wxrestore.testing.ProjectFiles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.nio.file.Path;

/** api-spec/restore-recordings.yaml as the build used it, read at test time. */
final class SpecFile {

    private SpecFile() {
    }

    /** A property of the request body schema, such as {@code recordingIds}. */
    static Schema<?> requestProperty(String name) {
        Schema<?> body = load().getComponents().getSchemas().get("RestoreRecordingsRequest");
        return (Schema<?>) body.getProperties().get(name);
    }

    private static OpenAPI load() {
        Path spec = ProjectFiles.spec();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().read(spec.toString(), null, options);
        if (api == null) {
            throw new IllegalStateException("not a readable OpenAPI document: " + spec);
        }
        return api;
    }
}
