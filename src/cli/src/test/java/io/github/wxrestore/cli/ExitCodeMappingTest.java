package io.github.wxrestore.cli;

import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.BulkReport;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.PlannedCall;
import io.github.wxrestore.bulk.RestoreSelection;
import io.github.wxrestore.client.FailureCategory;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How a report becomes an exit code when several things happened. */
class ExitCodeMappingTest {

    private static CallOutcome failed(int number, FailureCategory category, int status) {
        PlannedCall call = new PlannedCall(number, RestoreSelection.ids(List.of("id" + number)), false);
        return new CallOutcome(call, false, status, "t", "m", List.of(), category, 1, false);
    }

    // a run of `unique` IDs, `restored` of them restored, one call per failure and one for what was restored
    private static BulkReport report(int unique, List<String> restored, FailureCategory stoppedBy,
                                     CallOutcome... failed) {
        List<String> ids = IntStream.range(0, unique).mapToObj(i -> "id" + i).toList();
        BulkPlan plan = new BulkPlan(RestoreSelection.ids(ids), ids, 0, 0, List.of(), false, List.of(), null, null,
                false);
        int calls = restored.isEmpty() ? failed.length : failed.length + 1;
        return new BulkReport(plan, restored, List.of(), false, List.of(failed), List.of(), List.of(), calls, calls,
                Duration.ZERO, Duration.ZERO, stoppedBy, false);
    }

    @Test
    void whenNothingIsRestoredTheFailureToFixFirstDecides() {
        assertThat(ExitCode.of(report(2, List.of(), null, failed(1, FailureCategory.SERVER_OR_NETWORK, 502),
                failed(2, FailureCategory.NOT_FOUND, 404)))).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(ExitCode.of(report(2, List.of(), null, failed(1, FailureCategory.THROTTLED, 429),
                failed(2, FailureCategory.REJECTED, 400)))).isEqualTo(ExitCode.REJECTED);
        assertThat(ExitCode.of(report(1, List.of(), null, failed(1, FailureCategory.CLIENT, 0))))
                .isEqualTo(ExitCode.INTERNAL_ERROR);
    }

    @Test
    void someRestoredIsPartialUnlessAnAuthorizationFailureStoppedTheRun() {
        assertThat(ExitCode.of(report(2, List.of("id0"), null, failed(1, FailureCategory.THROTTLED, 429))))
                .isEqualTo(ExitCode.PARTIAL);
        assertThat(ExitCode.of(report(2, List.of("id0"), FailureCategory.AUTHORIZATION,
                failed(1, FailureCategory.AUTHORIZATION, 401)))).isEqualTo(ExitCode.AUTHORIZATION);
    }

    @Test
    void everyFailureCategoryHasItsOwnCode() {
        assertThat(java.util.Arrays.stream(FailureCategory.values()).map(ExitCode::of).distinct())
                .hasSize(FailureCategory.values().length);
    }

    @Test
    void codesAreZeroToEightInOrder() {
        for (ExitCode code : ExitCode.values()) {
            assertThat(code.code()).isEqualTo(code.ordinal());
        }
    }
}
