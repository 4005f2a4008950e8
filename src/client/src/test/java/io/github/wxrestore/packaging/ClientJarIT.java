package io.github.wxrestore.packaging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar an application imports holds the client alone: the generated low-level client, the listing's values,
 * validation, the facade and bulk, its module descriptor and namespaced resources; nothing of the sandbox, the CLI,
 * logging configuration, or a resource at the root that could shadow an application's own.
 */
class ClientJarIT {

    private static final String VERSION = System.getProperty("project.version");
    private static final Path JAR = Path.of("target", "webex-recordings-restore-" + VERSION + ".jar");

    // what may be in the jar: our packages, the module descriptor, and Maven's and the jar's own metadata
    private static final Pattern ALLOWED = Pattern.compile(
            "io/github/wxrestore/(generated/(api|invoker)|listing|validation|client|bulk)(/.*)?"
                    + "|module-info\\.class|META-INF/MANIFEST\\.MF|META-INF/maven/.*"
                    + "|io/|io/github/|io/github/wxrestore/|io/github/wxrestore/generated/|META-INF/");

    @Test
    void holdsOnlyTheClientsPackagesAndItsModuleDescriptor() throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            jar.stream().forEach(entry -> names.add(entry.getName()));
        }

        assertThat(names).contains("module-info.class",
                "io/github/wxrestore/client/WebexRecordingsClient.class",
                "io/github/wxrestore/validation/internal/ValidationMessages.properties",
                "io/github/wxrestore/generated/api/RecordingsApi.class");
        assertThat(names).as("entries outside the client's packages").filteredOn(n -> !ALLOWED.matcher(n).matches())
                .isEmpty();
        assertThat(names).as("the model is an artifact of its own").noneMatch(n -> n.contains("/generated/model/"));
    }

    @Test
    void exportsThePublicPackagesOnly() {
        ModuleReference module = ModuleFinder.of(JAR).findAll().iterator().next();
        ModuleDescriptor descriptor = module.descriptor();

        assertThat(descriptor.name()).isEqualTo("io.github.wxrestore");
        assertThat(descriptor.isAutomatic()).isFalse();
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified())
                .extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
                        "io.github.wxrestore.client", "io.github.wxrestore.listing", "io.github.wxrestore.validation",
                        "io.github.wxrestore.bulk");
        assertThat(descriptor.packages()).contains("io.github.wxrestore.client.internal",
                "io.github.wxrestore.generated.invoker");
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .contains("io.github.wxrestore.model", "org.hibernate.validator", "org.slf4j")
                .doesNotContain("io.github.wxrestore.sandbox", "info.picocli", "ch.qos.logback.classic");
    }

    @Test
    void theManifestCarriesTheVersion() throws IOException {
        assertThat(VERSION).isNotBlank();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Manifest manifest = jar.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Implementation-Version")).isEqualTo(VERSION);
            assertThat(manifest.getMainAttributes().getValue("Implementation-Title"))
                    .isEqualTo("webex-recordings-restore");
        }
        assertThat(Files.size(JAR)).isPositive();
    }
}
