package io.github.wxrestore.bulk.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Duplicates removed in first-seen order, and the set's fingerprint, which journals already on disk carry. */
class UniqueIdsTest {

    private static final String A = "9ed0a7f1c2b34d5e8f60718293a4b5c6";
    private static final String B = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @Test
    void duplicatesAreRemovedKeepingTheFirstPositionOfEach() {
        UniqueIds unique = UniqueIds.of(Arrays.asList(A, B, A, null, B, null));

        assertThat(unique.ids()).containsExactly(A, B, null);
        assertThat(unique.requested()).isEqualTo(6);
        assertThat(List.of(unique.inputIndex(0), unique.inputIndex(1), unique.inputIndex(2))).containsExactly(0, 1, 3);
    }

    @Test
    void theFingerprintIsTheOneEarlierVersionsWroteSoTheirJournalsStillResume() {
        // the value the first set128 version computed for this set: a change of the hash strands every journal
        assertThat(UniqueIds.of(List.of(A, B, A)).fingerprint()).isEqualTo("set128:90fbed9ecac0939371b5b19254a8f5ad");
        assertThat(UniqueIds.of(List.of(B, A)).fingerprint()).as("order and duplicates do not count")
                .isEqualTo("set128:90fbed9ecac0939371b5b19254a8f5ad");
    }

    @Test
    void eachRepeatIsToldWithThePositionWhereItsIdFirstAppeared() {
        List<String> heard = new ArrayList<>();

        UniqueIds.of(Arrays.asList(A, B, A, null, B, null, A),
                (first, position) -> heard.add(first + "<-" + position));

        assertThat(heard).containsExactly("0<-2", "1<-4", "3<-5", "0<-6");
    }

    @Test
    void aFingerprintOfPairsWithNoSaltIsTheSetsAndAnySaltChangesIt() {
        UniqueIds unique = UniqueIds.of(List.of(A, B));
        UniqueIds.Salt none = new UniqueIds.Salt() {
            @Override
            public long first() {
                return 0;
            }

            @Override
            public long second() {
                return 0;
            }
        };
        UniqueIds.Salt ann = UniqueIds.saltOf("ann@example.com");
        UniqueIds.Salt bob = UniqueIds.saltOf("bob@example.com");

        assertThat(unique.fingerprint("set128:", u -> none)).isEqualTo(unique.fingerprint());
        String annsBoth = unique.fingerprint("p:", u -> ann);
        assertThat(annsBoth).isNotEqualTo("p:" + unique.fingerprint().substring("set128:".length()));
        assertThat(unique.fingerprint("p:", u -> u == 0 ? ann : bob)).as("B is Bob's now").isNotEqualTo(annsBoth)
                .isNotEqualTo(unique.fingerprint("p:", u -> u == 0 ? bob : ann));
        assertThat(UniqueIds.of(List.of(B, A)).fingerprint("p:", u -> u == 0 ? bob : ann)).as("order does not count")
                .isEqualTo(unique.fingerprint("p:", u -> u == 0 ? ann : bob));
    }

    @Test
    void idsThatDifferOnlyInTheirLastCharactersAreAllKept() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            ids.add(String.format("9ed0a7f1c2b34d5e8f607182%08x", i));
        }
        ids.addAll(ids.subList(0, 1_000));

        UniqueIds unique = UniqueIds.of(ids);

        assertThat(unique.size()).isEqualTo(50_000);
        assertThat(unique.ids()).isEqualTo(ids.subList(0, 50_000));
    }

    @Test
    void idsWithTheSameHashAreToldApartByTheirCharacters() {
        // "Aa" and "BB" have the same String hash: every ID made of 10 such pairs hashes alike (1,024 of them)
        List<String> ids = new ArrayList<>();
        for (int bits = 0; bits < 1 << 10; bits++) {
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                id.append((bits >> i & 1) == 0 ? "Aa" : "BB");
            }
            ids.add(id.toString());
        }
        List<String> input = new ArrayList<>(ids);
        input.addAll(ids.subList(500, 600));

        UniqueIds unique = UniqueIds.of(input);

        assertThat(ids.stream().map(String::hashCode).distinct()).hasSize(1);
        assertThat(unique.ids()).isEqualTo(ids);
    }

    @Test
    void anInputWithoutDuplicatesIsKeptAsItIsNotCopied() {
        List<String> input = List.of(A, B);

        UniqueIds unique = UniqueIds.of(input);

        assertThat(unique.ids()).isSameAs(input);
        assertThat(List.of(unique.inputIndex(0), unique.inputIndex(1))).containsExactly(0, 1);
    }
}
