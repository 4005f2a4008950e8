package io.github.wxrestore.cli;

import io.github.wxrestore.cli.internal.CliLogging;
import io.github.wxrestore.cli.internal.ListingCsv;
import io.github.wxrestore.cli.internal.ListingJson;
import io.github.wxrestore.cli.internal.ListingOutput;
import io.github.wxrestore.cli.internal.ListingTable;
import io.github.wxrestore.cli.internal.UsageProblem;
import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.AttemptListener;
import io.github.wxrestore.client.HumanText;
import io.github.wxrestore.client.PageResult;
import io.github.wxrestore.client.RequestOptions;
import io.github.wxrestore.client.WebexClientException;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.listing.ListedRecording;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.validation.InvalidRecordingQueryException;
import io.github.wxrestore.validation.RecordingQueryValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code list}: what is in the recycle bin, as a table, CSV ({@code restore --ids-file} reads it back) or JSON,
 * streamed page by page. Without {@code --from}, it covers the {@code --horizon} days before {@code --to} (the
 * API alone would list the last 7 days of creation times only); an admin listing longer than 30 days is listed in
 * windows by the client.
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = io.github.wxrestore.cli.internal.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"List the recordings in the recycle bin (newest first): the token's own, one host's "
            + "(--host-email), or every host's on a site (--all-hosts, an admin token).", ""},
        footer = {"", "--from and --to filter when a recording was made, not when it was deleted: a recording made a "
            + "year ago and deleted yesterday is found only by a range that reaches back to when it was made.",
            "Times: 2026-11-01, 2026-11-01T09:30 (local time), 2026-11-01T09:30:00+01:00, now, or 7d / 24h back from "
            + "now.",
            "The access token comes from WEBEX_ACCESS_TOKEN or --token-file FILE (never from the command line)."})
final class ListCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Option(names = "--site-url", paramLabel = "HOST", description = "The Webex site, such as example.webex.com. "
            + "Default: every site of the user; with --all-hosts, the admin's preferred site.")
    String siteUrl;

    @Option(names = "--host-email", paramLabel = "EMAIL", description = "The recordings of this host (an admin "
            + "token).")
    String hostEmail;

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV (a header line, then a row per recording): restore "
            + "--ids-file reads it back.")
    boolean csv;

    @Option(names = "--max-pages", paramLabel = "N", description = "Stop after N pages of up to 100 recordings.")
    Integer maxPages;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = {"-v", "--verbose"}, description = "Print settings, one log line per attempt, and stack "
            + "traces (never the token).")
    boolean verbose;

    ListCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter err = env.err();
        AutoCloseable logs = CliLogging.forRun(err, verbose);
        try {
            checkOptions();
            ZoneId zone = ZoneId.systemDefault();
            FilterOptions.Interval interval = filters.intervalFromNow(zone);
            RecordingQuery query = filters.query(interval, siteUrl, hostEmail);
            RecordingQueryValidation.requireValid(query); // before a token or a sandbox is needed
            return list(query, filters.scope(interval, siteUrl, hostEmail, zone), zone);
        } catch (UsageProblem e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        } catch (InvalidRecordingQueryException e) {
            return CommandErrors.invalidFilters(err, e);
        } catch (WebexClientException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.of(e.category()).code();
        } catch (RuntimeException e) {
            return CommandErrors.unexpected(err, e, verbose);
        } finally {
            try {
                logs.close();
            } catch (Exception ignored) {
                // detaching a log handler: nothing worth reporting
            }
        }
    }

    private void checkOptions() {
        if (json && csv) {
            throw new UsageProblem("--json and --csv exclude each other: choose one output");
        }
        filters.check(hostEmail);
        if (maxPages != null && maxPages < 1) {
            throw new UsageProblem("--max-pages must be at least 1, was " + maxPages);
        }
        connection.check(env);
    }

    private int list(RecordingQuery query, String scope, ZoneId zone) {
        try (ConnectionOptions.Connection reach = connection.open(env, filters.allHosts || hostEmail != null)) {
            if (verbose) {
                env.err().println("settings: " + reach.settings());
            }
            Integer unreachable = CommandErrors.unreachable(env.err(), reach);
            if (unreachable != null) {
                return unreachable;
            }
            ListingOutput output = json ? new ListingJson(env.out(), query) : csv ? new ListingCsv(env.out())
                    : new ListingTable(env.out(), zone);
            Pages pages = new Pages(maxPages);
            output.begin(scope);
            try (WebexRecordingsClient client = reach.client();
                 Stream<ListedRecording> recordings = client.listRecordings(query,
                         RequestOptions.builder().listener(pages).abandonWhen(pages::limitReached).build())) {
                Iterator<ListedRecording> it = recordings.iterator();
                while (it.hasNext()) {
                    output.recording(it.next());
                }
                output.end(true, pages.fetched);
            } catch (WebexClientException e) {
                if (pages.limitReached()) {
                    // --max-pages: the next page (or window) was about to be asked for; it was not
                    output.end(false, pages.fetched);
                } else {
                    output.failed(HumanText.oneLine(e.getMessage(), 300), pages.fetched); // what came is kept, marked cut
                    throw e;
                }
            }
            if (env.out().checkError()) {
                env.err().println("error: the listing could not be written to standard output (a full disk, a "
                        + "closed pipe?)");
                return ExitCode.INTERNAL_ERROR.code();
            }
            return ExitCode.OK.code();
        } catch (UncheckedIOException e) {
            env.err().println("error: the listing could not be written: " + e.getMessage());
            return ExitCode.INTERNAL_ERROR.code();
        }
    }

    /** Counts the pages as they arrive, and says when --max-pages are in. */
    private static final class Pages implements AttemptListener {
        private final Integer maxPages;
        int fetched;

        Pages(Integer maxPages) {
            this.maxPages = maxPages;
        }

        @Override
        public void pageFetched(AttemptAnswer answer, PageResult page) {
            fetched++;
        }

        // asked before each page's attempt: past --max-pages, the page is abandoned before it is sent
        boolean limitReached() {
            return maxPages != null && fetched >= maxPages;
        }
    }
}
