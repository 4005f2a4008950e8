package io.github.wxrestore.bulk;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import static io.github.wxrestore.bulk.OwnedIds.hexIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The owner of each ID of a selection: given per ID, kept once per owner, resolved against the run's. */
class RecordingOwnersTest {

    private static final RecordingOwner ANN = new RecordingOwner("example.webex.com", "ann@example.com");
    private static final RecordingOwner BOB = new RecordingOwner("example-eu.webex.com", "bob@example.com");

    @Test
    void aMillionIdsOfThreeOwnersHoldThreeOwnerObjects() {
        int n = 1_000_000;
        List<String> ids = new ArrayList<>(n);
        List<RecordingOwner> owners = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add("rec" + i);
            // a new object per ID, as a reader of an export makes them
            owners.add(switch (i % 3) {
                case 0 -> new RecordingOwner(ANN.siteUrl(), ANN.hostEmail());
                case 1 -> new RecordingOwner(BOB.siteUrl(), BOB.hostEmail());
                default -> null;
            });
        }

        RestoreSelection.Ids selection = RestoreSelection.owned(ids, owners);

        Set<RecordingOwner> objects = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < n; i++) {
            objects.add(selection.ownerOf(i));
        }
        assertThat(objects).hasSize(3);
        assertThat(selection.distinctOwners()).containsExactly(ANN, BOB, RecordingOwner.RUN_DEFAULTS);
        assertThat(selection.ownerOf(4)).isEqualTo(BOB);
        assertThat(selection.ownerOf(5)).isSameAs(RecordingOwner.RUN_DEFAULTS);
        assertThat(selection.namesOwners()).isTrue();
        assertThat(selection).hasToString("1000000 IDs of 3 owners");
    }

    @Test
    void idsWithoutOwnersAreTheRunsOwn() {
        RestoreSelection.Ids plain = RestoreSelection.ids(hexIds(0, 3));
        RestoreSelection.Ids nulls = RestoreSelection.owned(hexIds(0, 3), Arrays.asList(null, null, null));

        assertThat(plain.owners()).containsExactly(RecordingOwner.RUN_DEFAULTS, RecordingOwner.RUN_DEFAULTS,
                RecordingOwner.RUN_DEFAULTS);
        assertThat(plain.namesOwners()).isFalse();
        assertThat(nulls).isEqualTo(plain);
        assertThat(nulls).hasToString("3 IDs");
        assertThat(RestoreSelection.owned(hexIds(0, 2), List.of(ANN, ANN))).hasToString("2 IDs of " + ANN);
    }

    @Test
    void eachIdNeedsItsOwner() {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> RestoreSelection.owned(hexIds(0, 3), List.of(ANN, BOB)));

        assertThat(e).hasMessageContaining("3 IDs and 2 owners");
    }

    @Test
    void anOwnerIsResolvedAgainstTheRunsSiteAndHostPartByPart() {
        assertThat(new RecordingOwner(null, "ann@example.com").resolvedAgainst("example.webex.com", null))
                .isEqualTo(new RecordingOwner("example.webex.com", "ann@example.com"));
        assertThat(new RecordingOwner("example-eu.webex.com", null).resolvedAgainst("example.webex.com",
                "bob@example.com")).isEqualTo(new RecordingOwner("example-eu.webex.com", "bob@example.com"));
        assertThat(ANN.resolvedAgainst("other.webex.com", "other@example.com")).isSameAs(ANN);
        assertThat(RecordingOwner.RUN_DEFAULTS.resolvedAgainst(null, null)).isEqualTo(RecordingOwner.RUN_DEFAULTS);
    }

    @Test
    void anOwnerReadsAsItsHostOnItsSite() {
        assertThat(ANN).hasToString("ann@example.com on example.webex.com");
        assertThat(new RecordingOwner(null, "ann@example.com")).hasToString("ann@example.com on the default site");
        assertThat(RecordingOwner.RUN_DEFAULTS).hasToString("the default host on the default site");
    }
}
