package io.github.wxrestore.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxrestore.client.RestoreResult;
import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.validation.Rules;
import io.github.wxrestore.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmarks compiling and honest without timing them (JMH does not run in {@code mvn verify}):
 * each benchmark method runs once, in-process, and does what its name says.
 */
class BenchmarksSmokeTest {

    private static final List<Class<?>> BENCHMARKS = List.of(PerCallOverheadBenchmark.class,
            ValidationBenchmark.class, FacadeStepsBenchmark.class, ValidatorBootstrapBenchmark.class);

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theThreeCallVariantsSendTheSameRequestAndEachGetsA204() throws Exception {
        PerCallOverheadBenchmark benchmark = new PerCallOverheadBenchmark();
        benchmark.start();
        try {
            assertThat(benchmark.handWritten()).isEqualTo(204);
            NoContentServer.Seen handWritten = benchmark.server.last();
            assertThat(benchmark.generatedClient()).isEqualTo(204);
            NoContentServer.Seen generated = benchmark.server.last();
            RestoreResult result = benchmark.facade();
            NoContentServer.Seen facade = benchmark.server.last();

            assertThat(benchmark.server.requests()).isEqualTo(3);
            assertThat(result.isNoContent()).isTrue();
            assertThat(result.attempts()).isEqualTo(1);
            for (NoContentServer.Seen seen : List.of(handWritten, generated, facade)) {
                assertThat(seen.method()).isEqualTo("POST");
                assertThat(seen.path()).isEqualTo("/v1/recordings/restore");
                assertThat(seen.query()).isNull();
                assertThat(seen.authorization()).isEqualTo("Bearer " + Requests.TOKEN);
                assertThat(seen.contentType()).startsWith("application/json");
                assertThat(seen.body()).isEqualTo(handWritten.body());
            }
            JsonNode sent = mapper.readTree(handWritten.body());
            assertThat(sent.path("recordingIds")).hasSize(100);
            assertThat(sent.path("siteUrl").asText()).isEqualTo(Requests.SITE);
            assertThat(handWritten.trackingId()).isNull();
            assertThat(generated.trackingId()).isNull();
            assertThat(facade.trackingId()).isEqualTo(result.trackingId()).startsWith("WXRESTORE_");
        } finally {
            benchmark.stop();
        }
    }

    @Test
    void aFacadeCallStartsNoThreadOfItsOwn() {
        // the JDK's public sendAsync completes through the common pool, a new thread per call where that pool
        // has one or two processors; the facade must cost what send() costs: no thread per call
        PerCallOverheadBenchmark benchmark = new PerCallOverheadBenchmark();
        benchmark.start();
        try {
            for (int i = 0; i < 5; i++) {
                benchmark.facade(); // the HttpClient's own pool and connection are set up here
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long before = threads.getTotalStartedThreadCount();
            for (int i = 0; i < 50; i++) {
                assertThat(benchmark.facade().isNoContent()).isTrue();
            }
            assertThat(threads.getTotalStartedThreadCount() - before).isLessThan(10);
        } finally {
            benchmark.stop();
        }
    }

    @Test
    void validationBenchmarksCheckTheShapesTheyAreNamedFor() {
        ValidationBenchmark benchmark = new ValidationBenchmark();
        benchmark.setUp();
        assertThat(benchmark.hundredIds.getRecordingIds()).hasSize(100).doesNotHaveDuplicates();
        assertThat(benchmark.validHundredIds().isValid()).isTrue();
        assertThat(benchmark.restoreAll().isValid()).isTrue();
        ValidationReport oneViolation = benchmark.oneViolation();
        assertThat(oneViolation.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rules.ID_WHITESPACE_OR_CONTROL);
            assertThat(v.property()).isEqualTo("recordingIds[49]");
        });
    }

    @Test
    void facadeStepsDoTheFacadesWork() throws Exception {
        FacadeStepsBenchmark benchmark = new FacadeStepsBenchmark();
        benchmark.setUp();
        RestoreRecordingsRequest copy = benchmark.defensiveCopy();
        String original = mapper.writeValueAsString(benchmark.hundredIds);
        assertThat(copy).isNotSameAs(benchmark.hundredIds);
        assertThat(mapper.writeValueAsString(copy)).isEqualTo(original);
        benchmark.hundredIds.getRecordingIds().set(0, "changed-after-the-copy");
        assertThat(mapper.writeValueAsString(copy)).isEqualTo(original);
        assertThat(benchmark.trackingId()).matches("WXRESTORE_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")
                .isNotEqualTo(benchmark.trackingId());
    }

    @Test
    void bootstrapBenchmarksReachTheSharedValidator() {
        ValidatorBootstrapBenchmark benchmark = new ValidatorBootstrapBenchmark();
        benchmark.setUp();
        assertThat(benchmark.sharedValidator()).isNotNull().isSameAs(benchmark.sharedValidator());
        assertThat(benchmark.firstCheck().isValid()).isTrue();
    }

    @Test
    void aBulkRunRestoresEveryIdOnceAndCountsTheMandatedWaits() {
        try (BulkRun bulk = new BulkRun(300)) {
            BulkRun.Outcome free = bulk.restoreAll(2, 0);
            assertThat(free.nothingLostOrRepeated()).as(free.toString()).isTrue();
            assertThat(free.requests()).isEqualTo(3);
            assertThat(free.throttled()).isZero();

            // 2 requests per window: the third is answered 429 with Retry-After 1 and sent again after it
            BulkRun.Outcome limited = bulk.restoreAll(1, 2);
            assertThat(limited.nothingLostOrRepeated()).as(limited.toString()).isTrue();
            assertThat(limited.accepted()).isEqualTo(3);
            assertThat(limited.throttled()).isPositive();
            assertThat(limited.requests()).isEqualTo(3 + limited.throttled());
            assertThat(limited.mandatedWaitSeconds()).isEqualTo(limited.throttled());
            assertThat(limited.wallNanos()).isGreaterThanOrEqualTo(limited.mandatedWaitSeconds() * 1_000_000_000L);
        }
    }

    @Test
    void aListingRunListsEveryRecordingOnceAndAPageAloneInOneRequest() {
        try (ListingRun listing = new ListingRun(250)) {
            assertThat(listing.pages()).isEqualTo(3);
            assertThat(listing.middlePageNumber()).isEqualTo(2);

            ListingRun.Outcome all = listing.listAll();
            assertThat(all.asExpected()).as(all.toString()).isTrue();
            assertThat(all.listed()).isEqualTo(250);
            assertThat(all.requests()).isEqualTo(3);

            // each stream is closed after its first 100 recordings: the next page is never asked for
            for (ListingRun.Outcome page : List.of(listing.middlePage(), listing.firstPage())) {
                assertThat(page.asExpected()).as(page.toString()).isTrue();
                assertThat(page.listed()).isEqualTo(100);
                assertThat(page.requests()).isEqualTo(1);
                assertThat(page.wallNanos()).isPositive();
            }
        }
    }

    @Test
    void jmhsAnnotationProcessorListedEveryBenchmarkMethod() {
        Set<String> declared = BENCHMARKS.stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> m.isAnnotationPresent(Benchmark.class))
                        .map(m -> type.getName() + "." + m.getName()))
                .collect(Collectors.toSet());
        Set<String> listed = BenchmarkList.defaultList()
                .getAll(OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()),
                        VerboseMode.SILENT), List.of())
                .stream().map(BenchmarkListEntry::getUsername).collect(Collectors.toSet());
        assertThat(declared).hasSizeGreaterThanOrEqualTo(10);
        assertThat(listed).containsAll(declared);
    }
}
