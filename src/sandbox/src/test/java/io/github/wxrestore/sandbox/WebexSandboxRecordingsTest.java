package io.github.wxrestore.sandbox;

import io.github.wxrestore.testing.FakeTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.github.wxrestore.sandbox.SandboxAccounts.ADMIN;
import static io.github.wxrestore.sandbox.SandboxAccounts.ANN;
import static io.github.wxrestore.sandbox.SandboxAccounts.EU_SITE;
import static io.github.wxrestore.sandbox.SandboxAccounts.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The metadata of the seeded recordings, and their status through restores, seen through the Java API. */
class WebexSandboxRecordingsTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final List<String> TOPICS = List.of("Board meeting", "Weekly sync", "Customer call", "All hands",
            "Design review");

    private static WebexSandbox.Builder at(Instant now) {
        return WebexSandbox.builder().clock(FakeTime.manualAt(now));
    }

    @Test
    void theSeededRecordingsAreTheBinsRecordingsInTheBinNewestFirst() {
        try (WebexSandbox sandbox = at(NOW).recordingsPerHost(300).start()) {
            List<SandboxRecording> recordings = sandbox.recordings(SITE, ANN);

            assertThat(recordings).extracting(SandboxRecording::id)
                    .containsExactlyInAnyOrderElementsOf(sandbox.recycleBin(SITE, ANN));
            assertThat(recordings).isSortedAccordingTo(SandboxRecording.NEWEST_FIRST)
                    .allMatch(r -> r.status() == SandboxRecording.Status.DELETED)
                    .allMatch(r -> r.hostEmail().equals(ANN) && r.hostDisplayName().equals("Ann")
                            && r.siteUrl().equals(SITE));
        }
    }

    @Test
    void createTimesSpreadOverThe400DaysBeforeStartSoThatEveryWindowMatters() {
        try (WebexSandbox sandbox = at(NOW).recordingsPerHost(300).start()) {
            List<SandboxRecording> recordings = sandbox.recordings(SITE, ANN);

            assertThat(recordings).allMatch(r -> r.createTime().isBefore(NOW)
                    && !r.createTime().isBefore(NOW.minus(Duration.ofDays(400)).minus(Duration.ofDays(1))));
            assertThat(recordings).filteredOn(r -> r.createTime().isAfter(NOW.minus(Duration.ofDays(7)))).isNotEmpty();
            assertThat(recordings).filteredOn(r -> r.createTime().isAfter(NOW.minus(Duration.ofDays(30))))
                    .hasSizeBetween(5, 60);
            assertThat(recordings).filteredOn(r -> r.createTime().isBefore(NOW.minus(Duration.ofDays(365))))
                    .isNotEmpty();
            assertThat(recordings).allMatch(r -> r.createTime().getNano() == 0);
        }
    }

    @Test
    void eachRecordingHasPlausibleMetadata() {
        try (WebexSandbox sandbox = at(NOW).recordingsPerHost(400).start()) {
            List<SandboxRecording> recordings = sandbox.recordings(EU_SITE, ANN);

            assertThat(recordings).allSatisfy(r -> {
                assertThat(r.timeRecorded()).isBefore(r.createTime())
                        .isAfterOrEqualTo(r.createTime().minusSeconds(r.durationSeconds() + 120));
                assertThat(r.topic()).matches(t -> TOPICS.stream().anyMatch(t::startsWith), "from the vocabulary");
                assertThat(r.topic()).matches("[A-Za-z ]+( [0-9]{1,2})?");
                assertThat(r.durationSeconds()).isBetween(60L, 7_200L);
                assertThat(r.sizeBytes()).isPositive();
                assertThat(r.meetingId()).isNotBlank();
            });
            Map<String, Long> formats = count(recordings, SandboxRecording::format);
            Map<String, Long> services = count(recordings, SandboxRecording::serviceType);
            assertThat(formats.keySet()).containsExactlyInAnyOrder("MP4", "ARF");
            assertThat(formats.get("MP4")).isGreaterThan(formats.get("ARF") * 3);
            assertThat(services.keySet()).contains("MeetingCenter", "EventCenter", "TrainingCenter");
            assertThat(services.get("MeetingCenter")).isGreaterThan(recordings.size() / 2);
            assertThat(count(recordings, SandboxRecording::topic).keySet()).contains(TOPICS.toArray(String[]::new))
                    .anyMatch(t -> t.matches(".* [0-9]+"));
        }
    }

    @Test
    void someRecordingsShareAMeetingAndItsTopic() {
        try (WebexSandbox sandbox = at(NOW).recordingsPerHost(100).start()) {
            Map<String, List<SandboxRecording>> byMeeting = sandbox.recordings(SITE, ANN).stream()
                    .collect(Collectors.groupingBy(SandboxRecording::meetingId));

            assertThat(byMeeting.values()).filteredOn(parts -> parts.size() > 1).hasSizeGreaterThanOrEqualTo(20)
                    .allMatch(parts -> parts.stream().map(SandboxRecording::topic).distinct().count() == 1);
            assertThat(byMeeting.values()).filteredOn(parts -> parts.size() == 1).isNotEmpty();
        }
    }

    @Test
    void theSameSeedAndClockGiveTheSameRecordingsAndAnotherSeedOthers() {
        try (WebexSandbox one = at(NOW).seed(7).recordingsPerHost(50).start();
             WebexSandbox same = at(NOW).seed(7).recordingsPerHost(50).start();
             WebexSandbox other = at(NOW).seed(8).recordingsPerHost(50).start()) {
            assertThat(same.recordings(SITE, ANN)).isEqualTo(one.recordings(SITE, ANN));
            assertThat(same.recordings(EU_SITE, ADMIN)).isEqualTo(one.recordings(EU_SITE, ADMIN));
            assertThat(other.recordings(SITE, ANN)).extracting(SandboxRecording::createTime)
                    .isNotEqualTo(one.recordings(SITE, ANN).stream().map(SandboxRecording::createTime).toList());
        }
    }

    @Test
    void anotherUserOrSiteChangesNoOneElsesRecordings() {
        SandboxAccounts more = SandboxAccounts.of(
                SandboxUser.of("zoe@example.com", "t-zoe", SandboxScope.USER, "zoe.webex.com"),
                SandboxUser.of(ANN, "t-ann", SandboxScope.USER, SITE, EU_SITE, "other.webex.com"));
        try (WebexSandbox defaults = at(NOW).recordingsPerHost(40).start();
             WebexSandbox bigger = at(NOW).accounts(more).recordingsPerHost(40).start()) {
            assertThat(bigger.recordings(SITE, ANN)).isEqualTo(defaults.recordings(SITE, ANN));
            assertThat(bigger.recordings(EU_SITE, ANN)).isEqualTo(defaults.recordings(EU_SITE, ANN));
        }
    }

    @Test
    void aRestoredRecordingIsAvailableAndAResetPutsItBack() {
        try (WebexSandbox sandbox = at(NOW).recordingsPerHost(10).start()) {
            String id = sandbox.seededIds(ANN, 1).get(0);
            SandboxRecording before = find(sandbox, id);

            assertThat(new SandboxHttp(sandbox).post().as(ANN).ids(id).send().status()).isEqualTo(204);
            SandboxRecording after = find(sandbox, id);
            sandbox.reset();

            assertThat(before.status()).isEqualTo(SandboxRecording.Status.DELETED);
            assertThat(after).isEqualTo(before.withStatus(SandboxRecording.Status.AVAILABLE));
            assertThat(sandbox.recordings(SITE, ANN)).hasSize(10).contains(before);
        }
    }

    @Test
    void anAddedIdGetsMetadataFromTheIdAndSeedAndIsDeletedAgainWhenPutBack() {
        String id = "4f914b1dfe3c4d11a61730f18c0f5387";
        try (WebexSandbox sandbox = at(NOW).recordingsPerHost(2).start();
             WebexSandbox twin = at(NOW).recordingsPerHost(5).start()) {
            sandbox.addToRecycleBin(SITE, ANN, id);
            twin.addToRecycleBin(SITE, ANN, id);
            SandboxRecording added = find(sandbox, id);

            assertThat(added).isEqualTo(find(twin, id));
            assertThat(added.status()).isEqualTo(SandboxRecording.Status.DELETED);
            assertThat(added.createTime()).isBefore(NOW);
            assertThat(new SandboxHttp(sandbox).post().as(ANN).ids(id).send().status()).isEqualTo(204);
            assertThat(find(sandbox, id).status()).isEqualTo(SandboxRecording.Status.AVAILABLE);
            sandbox.addToRecycleBin(SITE, ANN, id);
            assertThat(sandbox.recordings(SITE, ANN)).filteredOn(r -> r.id().equals(id)).containsExactly(added);
            sandbox.reset();
            assertThat(sandbox.recordings(SITE, ANN)).extracting(SandboxRecording::id).doesNotContain(id);
        }
    }

    @Test
    void aBinTheSandboxDoesNotHaveIsNamedInTheError() {
        try (WebexSandbox sandbox = at(NOW).recordingsPerHost(1).start()) {
            assertThatThrownBy(() -> sandbox.recordings(SITE, SandboxAccounts.BOB))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bob@example.com on "
                            + "example.webex.com");
        }
    }

    @Test
    void displayNamesComeFromTheEmailUnlessGiven() {
        SandboxUser john = SandboxUser.of("john.andersen@example.com", "t-j", SandboxScope.USER, SITE);

        assertThat(john.displayName()).isEqualTo("John Andersen");
        assertThat(john.withDisplayName("Johnny A.").displayName()).isEqualTo("Johnny A.");
        assertThat(SandboxAccounts.defaults().user(ANN).displayName()).isEqualTo("Ann");
        assertThatThrownBy(() -> john.withDisplayName(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("displayName");
        try (WebexSandbox sandbox = at(NOW).accounts(SandboxAccounts.of(john.withDisplayName("Johnny A.")))
                .recordingsPerHost(3).start()) {
            assertThat(sandbox.recordings(SITE, john.email())).extracting(SandboxRecording::hostDisplayName)
                    .containsOnly("Johnny A.");
        }
    }

    private static SandboxRecording find(WebexSandbox sandbox, String id) {
        return sandbox.recordings(SITE, ANN).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static <K> Map<K, Long> count(List<SandboxRecording> recordings, Function<SandboxRecording, K> key) {
        return recordings.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
