package io.github.wxrestore.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decides whether a candidate spec may replace the last released one: a change that is incompatible for
 * clients (per openapi-diff) is allowed only when the major part of {@code info.version} goes up, and a new
 * operation only when the minor part (or the major) goes up.
 */
final class SpecEvolutionGuard {

    /** The guard's answer, with a report a person can act on when the change is refused. */
    record Verdict(boolean allowed, boolean incompatible, String report) {
    }

    private SpecEvolutionGuard() {
    }

    static OpenAPI load(Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(spec.toString(), null, options);
        if (api == null) {
            throw new IllegalArgumentException("not a readable OpenAPI document: " + spec);
        }
        return api;
    }

    static Verdict judge(OpenAPI released, OpenAPI candidate) {
        ChangedOpenApi diff = OpenApiCompare.fromSpecifications(released, candidate);
        if (!diff.isIncompatible()) {
            if (!diff.getNewEndpoints().isEmpty() && !minorRaised(released, candidate)) {
                // an addition is what a minor version says: clients that need the new operation can ask for it
                return new Verdict(false, false, "api-spec/ adds " + diff.getNewEndpoints().size()
                        + " operation(s) to the released contract (" + version(released) + ") without raising the "
                        + "minor version: raise info.version to " + major(released) + "." + (minor(released) + 1)
                        + ".0.");
            }
            return new Verdict(true, false, "compatible");
        }
        int from = major(released);
        int to = major(candidate);
        if (to > from) {
            return new Verdict(true, true, "incompatible, declared as major version " + to);
        }
        return new Verdict(false, true, "api-spec/ changes the released contract (major version " + from
                + ") incompatibly for clients. Undo the change, or declare it by raising info.version to "
                + (from + 1) + ".0.0 and keeping the released copy.\n" + render(diff));
    }

    static int major(OpenAPI api) {
        return Integer.parseInt(version(api).split("\\.", 2)[0]);
    }

    static int minor(OpenAPI api) {
        String[] parts = version(api).split("\\.");
        return parts.length > 1 && parts[1].matches("\\d+") ? Integer.parseInt(parts[1]) : 0;
    }

    private static boolean minorRaised(OpenAPI released, OpenAPI candidate) {
        return major(candidate) > major(released)
                || major(candidate) == major(released) && minor(candidate) > minor(released);
    }

    private static String version(OpenAPI api) {
        String version = api.getInfo() == null ? null : api.getInfo().getVersion();
        if (version == null || !version.matches("\\d+(\\..*)?")) {
            throw new IllegalArgumentException("info.version must start with a major number, was: " + version);
        }
        return version;
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (java.io.IOException e) {
            return "(diff could not be rendered: " + e.getMessage() + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
