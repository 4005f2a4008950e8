package io.github.wxrestore.cli;

import io.github.wxrestore.bulk.BulkReport;
import io.github.wxrestore.bulk.CallOutcome;
import io.github.wxrestore.bulk.FailureKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a report becomes an exit code when several things happened. */
class ExitCodeMappingTest {

    private static CallOutcome failed(int number, FailureKind kind, int status) {
        return CallOutcome.failed(number, List.of("id" + number), false, status, "t", "m", List.of(), kind, 1, false);
    }

    private static BulkReport.Builder report(int unique, List<String> restored, CallOutcome... failed) {
        return BulkReport.builder().requested(unique).unique(unique).restoredIds(restored).failed(List.of(failed))
                .calls(restored.isEmpty() ? failed.length : failed.length + 1, failed.length + 1);
    }

    @Test
    void whenNothingIsRestoredTheFailureToFixFirstDecides() {
        assertThat(ExitCode.of(report(2, List.of(), failed(1, FailureKind.SERVER_OR_NETWORK, 502),
                failed(2, FailureKind.NOT_FOUND, 404)).build())).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(ExitCode.of(report(2, List.of(), failed(1, FailureKind.THROTTLED, 429),
                failed(2, FailureKind.REJECTED, 400)).build())).isEqualTo(ExitCode.REJECTED);
        assertThat(ExitCode.of(report(1, List.of(), failed(1, FailureKind.CLIENT, 0)).build()))
                .isEqualTo(ExitCode.INTERNAL_ERROR);
    }

    @Test
    void someRestoredIsPartialUnlessAnAuthorizationFailureStoppedTheRun() {
        assertThat(ExitCode.of(report(2, List.of("id0"), failed(1, FailureKind.THROTTLED, 429)).build()))
                .isEqualTo(ExitCode.PARTIAL);
        assertThat(ExitCode.of(report(2, List.of("id0"), failed(1, FailureKind.AUTHORIZATION, 401))
                .stoppedBy(FailureKind.AUTHORIZATION).build())).isEqualTo(ExitCode.AUTHORIZATION);
    }

    @Test
    void codesAreZeroToEightInOrder() {
        for (ExitCode code : ExitCode.values()) {
            assertThat(code.code()).isEqualTo(code.ordinal());
        }
    }
}
