package io.github.wxrestore.validation.internal;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.RestoreRequestValidation;
import io.github.wxrestore.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The one Validator: shared, safe across threads, and its messages survive an application's own bundle. */
class SharedValidatorTest {

    @Test
    void everyCallerGetsTheSameValidator() {
        assertThat(SharedValidator.get()).isSameAs(SharedValidator.get());
    }

    @Test
    @Timeout(60)
    void threadsCheckingAtOnceGetTheSameReports() throws Exception {
        RestoreRecordingsRequest body = new RestoreRecordingsRequest().recordingIds(List.of("a", "a", " "))
                .siteUrl("https://example.webex.com");
        ValidationReport expected = RestoreRequestValidation.check(body, "a@b");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> reports = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                reports.add(pool.submit(() -> RestoreRequestValidation.check(body, "a@b")));
            }
            for (Future<ValidationReport> report : reports) {
                assertThat(report.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anApplicationsValidationMessagesFirstOnTheClassPathDoesNotHideOurs(@TempDir Path app) throws Exception {
        Files.writeString(app.resolve("ValidationMessages.properties"), "com.example.app.Rule=the application's\n");
        // ours is namespaced: nothing of ours sits at the root, where an application's bundle lives
        assertThat(SharedValidator.class.getResource("/ValidationMessages.properties")).isNull();
        assertThat(SharedValidator.class.getResource("ValidationMessages.properties")).isNotNull();
        Path ourRoot = Path.of(SharedValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // the application's bundle comes first, as it would in a fat jar or a class path ordered that way
        try (URLClassLoader appFirst = new URLClassLoader(
                new URL[] {app.toUri().toURL(), ourRoot.toUri().toURL()}, null);
             ValidatorFactory factory = SharedValidator.buildFactory(appFirst)) {

            Set<ConstraintViolation<RestoreCall>> violations = factory.getValidator()
                    .validate(new RestoreCall(null, null));

            assertThat(violations).singleElement().extracting(ConstraintViolation::getMessage)
                    .asString().startsWith("body must be a restore request; got null");
        }
    }
}
