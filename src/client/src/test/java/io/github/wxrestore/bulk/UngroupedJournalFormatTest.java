package io.github.wxrestore.bulk;

import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.sandbox.SandboxAccounts;
import io.github.wxrestore.sandbox.WebexSandbox;
import io.github.wxrestore.testing.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run whose IDs are all the run's own writes its journal exactly as the code before owners did, byte for
 * byte: header, run, call, result and badId lines. The expected text is what that code (commit a539f7c) wrote
 * for the same runs, with the client's random tracking IDs written as {@code T}; the clock is fixed.
 */
class UngroupedJournalFormatTest {

    private static final String DEAD = "0000000000000000000000000000dead";

    /** Run 1: the call gets a 502 (its answer lost); run 2 sends it again, one ID is bad, the rest restored. */
    private static final String TWO_RUNS = """
            {"type":"header","format":1,"restoreAll":false,"siteUrl":"example.webex.com","hostEmail":null,\
            "uniqueIds":6,"fingerprint":"set128:9bbd8502cbe5186490174d908a133f19","created":"2026-03-02T10:00:00Z"}
            {"type":"run","run":1,"at":"2026-03-02T10:00:00Z","calls":1,"pendingIds":6}
            {"type":"call","run":1,"at":"2026-03-02T10:00:00Z","call":1,"restoreAll":false,\
            "ids":["{0}","{1}","0000000000000000000000000000dead","{2}","{3}","{4}"]}
            {"type":"result","run":1,"at":"2026-03-02T10:00:00Z","call":1,"outcome":"failed","status":502,\
            "attempts":1,"trackingId":"T","category":"SERVER_OR_NETWORK","mayHaveBeenApplied":true,\
            "message":"Bad gateway.","descriptions":["Bad gateway."]}
            {"type":"run","run":2,"at":"2026-03-02T10:00:00Z","calls":1,"pendingIds":6}
            {"type":"call","run":2,"at":"2026-03-02T10:00:00Z","call":1,"restoreAll":false,\
            "ids":["{0}","{1}","0000000000000000000000000000dead","{2}","{3}","{4}"]}
            {"type":"result","run":2,"at":"2026-03-02T10:00:00Z","call":1,"outcome":"failed","status":404,\
            "attempts":1,"trackingId":"T","category":"NOT_FOUND","mayHaveBeenApplied":true,\
            "message":"Recording not found in the recycle bin.",\
            "descriptions":["Recording not found: 0000000000000000000000000000dead"]}
            {"type":"badId","run":2,"at":"2026-03-02T10:00:00Z","call":2,"id":"0000000000000000000000000000dead",\
            "status":404,"description":"Recording not found: 0000000000000000000000000000dead"}
            {"type":"call","run":2,"at":"2026-03-02T10:00:00Z","call":3,"restoreAll":false,\
            "ids":["{0}","{1}","{2}","{3}","{4}"]}
            {"type":"result","run":2,"at":"2026-03-02T10:00:00Z","call":3,"outcome":"restored","status":204,\
            "attempts":1,"trackingId":"T"}
            """;

    /** A restore-all of another host with a user's token: refused (403). */
    private static final String RESTORE_ALL = """
            {"type":"header","format":1,"restoreAll":true,"siteUrl":null,"hostEmail":"ann@example.com",\
            "uniqueIds":0,"fingerprint":"set128:00000000000000000000000000000000","created":"2026-03-02T10:00:00Z"}
            {"type":"run","run":1,"at":"2026-03-02T10:00:00Z","calls":1,"pendingIds":0}
            {"type":"call","run":1,"at":"2026-03-02T10:00:00Z","call":1,"restoreAll":true,"ids":[]}
            {"type":"result","run":1,"at":"2026-03-02T10:00:00Z","call":1,"outcome":"failed","status":403,\
            "attempts":1,"trackingId":"T","category":"AUTHORIZATION",\
            "message":"Not allowed to restore recordings of another host.",\
            "descriptions":["hostEmail requires the scope meeting:admin_recordings_write; this token has \
            meeting:recordings_write."]}
            """;

    @TempDir
    Path dir;

    private WebexSandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aRunOfTheRunsOwnIdsWritesTheJournalItWroteBeforeOwners() throws IOException {
        sandbox = BulkFixtures.sandbox(10);
        List<String> seeded = sandbox.seededIds(SandboxAccounts.ANN, 5);

        assertThat(twoRuns(seeded, RestoreSelection::ids, "ids")).isEqualTo(expected(TWO_RUNS, seeded));
    }

    @Test
    void ownersGivenAsTheRunsOwnWriteTheSameJournal() throws IOException {
        sandbox = BulkFixtures.sandbox(10);
        List<String> seeded = sandbox.seededIds(SandboxAccounts.ANN, 5);
        String expected = expected(TWO_RUNS, seeded);

        for (RecordingOwner owner : new RecordingOwner[] {null, RecordingOwner.RUN_DEFAULTS,
                new RecordingOwner(SandboxAccounts.SITE, null), new RecordingOwner("EXAMPLE.webex.com", null)}) {
            sandbox.reset();
            String journal = twoRuns(seeded, ids -> RestoreSelection.owned(ids, Collections.nCopies(ids.size(),
                    owner)), "owned-" + String.valueOf(owner).replace(' ', '-'));
            assertThat(journal).as("every ID of %s", owner).isEqualTo(expected);
        }
    }

    @Test
    void aRestoreAllWritesTheJournalItWroteBeforeOwners() throws IOException {
        sandbox = BulkFixtures.sandbox(10);
        Path journal = dir.resolve("all.journal");

        BulkRestore.builder().client(client()).hostEmail(SandboxAccounts.ANN).journal(journal).build().restoreAll();

        assertThat(read(journal)).isEqualTo(RESTORE_ALL);
    }

    // the input: five of Ann's IDs, one not in any bin at position 2, and the first again at the end
    private String twoRuns(List<String> seeded, Function<List<String>, RestoreSelection> selection, String name)
            throws IOException {
        List<String> ids = new ArrayList<>(seeded);
        ids.add(2, DEAD);
        ids.add(ids.get(0));
        Path journal = dir.resolve(name + ".journal");
        WebexRecordingsClient client = client();
        BulkRestore bulk = BulkRestore.builder().client(client).siteUrl(SandboxAccounts.SITE).journal(journal)
                .build();
        sandbox.respondNext(502);
        bulk.run(selection.apply(ids));
        bulk.run(selection.apply(ids));
        return read(journal);
    }

    private WebexRecordingsClient client() {
        return BulkFixtures.clientBuilder(sandbox).clock(new FakeTime()).build();
    }

    private static String expected(String template, List<String> seeded) {
        String out = template;
        for (int i = 0; i < seeded.size(); i++) {
            out = out.replace("{" + i + "}", seeded.get(i));
        }
        return out;
    }

    private static String read(Path journal) throws IOException {
        return Files.readString(journal, StandardCharsets.UTF_8)
                .replaceAll("\"trackingId\":\"WXRESTORE_[0-9a-f-]{36}\"", "\"trackingId\":\"T\"");
    }
}
