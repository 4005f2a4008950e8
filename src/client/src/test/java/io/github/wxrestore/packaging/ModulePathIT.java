package io.github.wxrestore.packaging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client as a named module, the way a modular application gets it: its jar and its runtime closure on a
 * module path, resolved from {@code io.github.wxrestore} alone. Hibernate Validator must reach our validators and
 * messages, and Jackson our models, through what module-info opens; nothing else is on that path.
 */
class ModulePathIT {

    private static final String VERSION = System.getProperty("project.version");

    private static ModuleLayer clientLayer() throws IOException {
        List<Path> path = new ArrayList<>();
        path.add(Path.of("target", "webex-recordings-restore-" + VERSION + ".jar"));
        // written by dependency:build-classpath (runtime scope) before the integration tests
        for (String jar : Files.readString(Path.of("target", "runtime-classpath.txt")).strip()
                .split(java.io.File.pathSeparator)) {
            path.add(Path.of(jar));
        }
        ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("io.github.wxrestore")); // as the java launcher does
        return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void validatesOnTheModulePathWithOurMessages() throws Exception {
        ModuleLayer layer = clientLayer();
        assertThat(layer.findModule("io.github.wxrestore")).get().matches(Module::isNamed);
        ClassLoader loader = layer.findLoader("io.github.wxrestore");

        Class<?> request = loader.loadClass("io.github.wxrestore.generated.model.RestoreRecordingsRequest");
        Object body = request.getConstructor().newInstance();
        request.getMethod("setRecordingIds", List.class).invoke(body, List.of("a b", "a b"));
        Class<?> validation = loader.loadClass("io.github.wxrestore.validation.RestoreRequestValidation");
        Object report = validation.getMethod("check", request, String.class).invoke(null, body, "not-an-email");

        String text = report.toString();
        assertThat(text).contains("recordingIds[0]", "hostEmail");
        assertThat(text).as("our own messages, not keys or Hibernate Validator's defaults")
                .doesNotContain("{io.github.wxrestore").doesNotContain("must match");
        Method isValid = report.getClass().getMethod("isValid");
        assertThat(isValid.invoke(report)).isEqualTo(false);
    }

    @Test
    void validatesARecordingQueryOnTheModulePathWithOurMessages() throws Exception {
        ClassLoader loader = clientLayer().findLoader("io.github.wxrestore");
        Class<?> queryType = loader.loadClass("io.github.wxrestore.listing.RecordingQuery");
        Object builder = queryType.getMethod("builder").invoke(null);
        builder.getClass().getMethod("pageSize", int.class).invoke(builder, 0);
        builder.getClass().getMethod("siteUrl", String.class).invoke(builder, "https://example.webex.com");
        Object query = builder.getClass().getMethod("build").invoke(builder);
        Class<?> validation = loader.loadClass("io.github.wxrestore.validation.RecordingQueryValidation");

        String text = validation.getMethod("check", queryType).invoke(null, query).toString();

        assertThat(text).contains("max: max, the page size, must be 1 to 100; got 0")
                .contains("siteUrl: siteUrl must be a Webex site host").contains("Use 'example.webex.com'")
                .as("our own messages, not keys").doesNotContain("{io.github.wxrestore");
    }

    @Test
    void theUserAgentShowsTheRealVersionOnTheModulePath() throws Exception {
        ClassLoader loader = clientLayer().findLoader("io.github.wxrestore");
        Class<?> client = loader.loadClass("io.github.wxrestore.client.WebexRecordingsClient");
        Object builder = client.getMethod("builder").invoke(null);

        assertThat(builder.toString()).contains("userAgent=webex-recordings-restore/" + VERSION + " (Java/");
    }
}
