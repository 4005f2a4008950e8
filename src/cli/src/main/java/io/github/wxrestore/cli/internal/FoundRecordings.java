package io.github.wxrestore.cli.internal;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.wxrestore.bulk.RecordingOwner;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a listing found for {@code restore}: each recording's ID with its owner (the site it is on, and the host
 * the admin listing names, or {@code --host-email}), in listing order, and what a person wants to know first: how
 * many, how large, whose. With {@code --journal}, it is kept beside the journal ({@link #fileBeside}) before the
 * first call, so that a resume restores what the first run found: a new listing would miss what it restored.
 */
public record FoundRecordings(List<String> ids, List<RecordingOwner> owners, long totalBytes, Set<String> hosts) {

    private static final String NO_HOST = "the token's user";
    private static final String FILTERS = "# filters: ";

    public static FoundRecordings list(WebexRecordingsClient client, RecordingQuery query, boolean allHosts,
                                       String hostEmail) {
        Builder found = new Builder();
        try (Stream<ListedRecording> recordings = client.listRecordings(query)) {
            for (ListedRecording r : (Iterable<ListedRecording>) recordings::iterator) {
                // the query asks for the bin: anything else listed is not restored; on the admin listing, a
                // recording that names no host cannot be restored for its host, so it is not sent for another
                if (r.isInRecycleBin() && (!allHosts || r.hostEmail() != null)) {
                    found.add(r.id(), new RecordingOwner(r.siteUrl(), allHosts ? r.hostEmail() : hostEmail),
                            r.sizeBytes() == null ? 0 : r.sizeBytes());
                }
            }
        }
        return found.build();
    }

    /** The file a run with {@code journal} keeps its found recordings in: {@code restore.journal.found.csv}. */
    public static Path fileBeside(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".found.csv");
    }

    /** Reads a file {@link #write} wrote (an IDs file with a CSV header: any such file reads alike). */
    public static FoundRecordings read(Path file) {
        ReadIds read;
        try (InputStream in = Files.newInputStream(file)) {
            read = IdInput.read(List.of(), "-", in);
        } catch (IOException e) {
            throw new UsageProblem("cannot read " + file + " (" + e.getMessage() + ")", e);
        }
        Builder found = new Builder();
        for (int i = 0; i < read.size(); i++) {
            RecordingOwner owner = read.owner(i);
            found.add(read.ids().get(i), owner == null ? RecordingOwner.RUN_DEFAULTS : owner, 0);
        }
        return found.build();
    }

    /**
     * The filters line of a file {@link #write} wrote ({@code # filters: ...}), or null when it has none. Read
     * before {@link #read}, so that a resume with other filters is refused.
     */
    public static String filtersOf(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first != null && first.startsWith(FILTERS) ? first.substring(FILTERS.length()) : null;
        } catch (IOException e) {
            throw new UsageProblem("cannot read " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes {@code filters} as a comment line, then {@code id,hostEmail,siteUrl} rows (RFC 4180), to {@code file},
     * whole or not at all (a temporary file moved).
     */
    public void write(Path file, String filters) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            CsvSchema schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n").addColumn("id")
                    .addColumn("hostEmail").addColumn("siteUrl").build();
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write(FILTERS + filters.replace('\n', ' ').replace('\r', ' ') + "\r\n");
                SequenceWriter rows = new CsvMapper().writer(schema).writeValues(out);
                for (int i = 0; i < ids.size(); i++) {
                    RecordingOwner owner = owners.get(i);
                    rows.write(Arrays.asList(ids.get(i), owner.hostEmail(), owner.siteUrl()));
                }
                rows.close();
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UsageProblem("cannot write " + file + ", which a resume needs (" + e.getMessage()
                    + "); nothing was restored", e);
        }
    }


    /** {@code 180 on example.webex.com, 179 on example-eu.webex.com}: how many per site, in order of appearance. */
    public String perSite() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        owners.forEach(o -> counts.merge(o.siteUrl() == null ? "the preferred site" : o.siteUrl(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> e.getValue() + " on " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    /** {@code 42 recordings (9.8 GiB) of 3 hosts}; the size when it is known; {@code no recordings}. */
    public String describe() {
        if (ids.isEmpty()) {
            return "no recordings";
        }
        return Ids.plural(ids.size(), "recording") + (totalBytes > 0 ? " (" + Sizes.of(totalBytes) + ")" : "")
                + " of " + (hosts.size() == 1 ? hosts.iterator().next() : hosts.size() + " hosts");
    }

    private static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final List<RecordingOwner> owners = new ArrayList<>();
        private final Set<String> hosts = new LinkedHashSet<>();
        private long bytes;

        void add(String id, RecordingOwner owner, long size) {
            ids.add(id);
            owners.add(owner);
            hosts.add(owner.hostEmail() == null ? NO_HOST : owner.hostEmail());
            bytes += size;
        }

        FoundRecordings build() {
            return new FoundRecordings(ids, owners, bytes, hosts);
        }
    }
}
