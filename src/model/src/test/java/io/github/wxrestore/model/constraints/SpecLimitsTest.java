package io.github.wxrestore.model.constraints;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits are the spec's, read from the model generated from it (the client and the sandbox both use them). */
class SpecLimitsTest {

    @Test
    void theLimitsAreTheSpecs() {
        assertThat(SpecLimits.maxRecordingIds()).isEqualTo(100);
        assertThat(SpecLimits.recordingIdMinLength()).isEqualTo(1);
        assertThat(SpecLimits.recordingIdMaxLength()).isEqualTo(256);
        assertThat(SpecLimits.siteUrlMaxLength()).isEqualTo(253);
    }
}
