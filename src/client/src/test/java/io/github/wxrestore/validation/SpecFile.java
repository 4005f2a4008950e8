package io.github.wxrestore.validation;

import io.github.wxrestore.testing.ProjectFiles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
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

    /** The schema of a shared query parameter, such as {@code Max} (components.parameters). */
    static Schema<?> parameter(String name) {
        return load().getComponents().getParameters().get(name).getSchema();
    }

    /** The GET operation of a path, such as {@code /admin/recordings}. */
    static Operation get(String path) {
        return load().getPaths().get(path).getGet();
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
