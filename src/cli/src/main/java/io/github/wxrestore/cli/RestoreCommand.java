package io.github.wxrestore.cli;

import io.github.wxrestore.bulk.BulkJournalException;
import io.github.wxrestore.bulk.BulkPlan;
import io.github.wxrestore.bulk.BulkProgressListener;
import io.github.wxrestore.bulk.BulkReport;
import io.github.wxrestore.bulk.BulkRestore;
import io.github.wxrestore.bulk.RestoreSelection;
import io.github.wxrestore.cli.internal.BarProgress;
import io.github.wxrestore.cli.internal.CliLogging;
import io.github.wxrestore.cli.internal.FoundRecordings;
import io.github.wxrestore.cli.internal.HumanSummary;
import io.github.wxrestore.cli.internal.IdInput;
import io.github.wxrestore.cli.internal.JsonSummary;
import io.github.wxrestore.cli.internal.PlainProgress;
import io.github.wxrestore.cli.internal.PresumedCheck;
import io.github.wxrestore.cli.internal.ProblemLines;
import io.github.wxrestore.cli.internal.ReadIds;
import io.github.wxrestore.cli.internal.StopOnSignal;
import io.github.wxrestore.cli.internal.UsageProblem;
import io.github.wxrestore.client.HumanText;
import io.github.wxrestore.client.WebexRecordingsClient;
import io.github.wxrestore.validation.InvalidRestoreRequestException;
import io.github.wxrestore.client.WebexClientException;
import io.github.wxrestore.listing.RecordingQuery;
import io.github.wxrestore.validation.InvalidRecordingQueryException;
import io.github.wxrestore.validation.RecordingQueryValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code restore}: reads the IDs and makes the plan once ({@link BulkRestore#plan}: validated, deduplicated,
 * matched against the journal, split into calls), then prints it ({@code --dry-run}) or executes it, and reports
 * for a person or, with {@code --json}, for a script. Every failure becomes one of the {@link ExitCode}s, with
 * one line per problem on stderr.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = io.github.wxrestore.cli.internal.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Restore recordings from the recycle bin: the IDs given (duplicates removed, at most the API's "
            + "limit per call, in input order), or everything with --all.", ""},
        footer = {"", "The access token comes from WEBEX_ACCESS_TOKEN or --token-file FILE (never from the command "
            + "line); with --sandbox, the sandbox's own token is used.",
            "A Retry-After from the server pauses every call. A 401/403 stops the run; other failed calls do not.",
            "With --journal, a run that is killed or fails can be run again with the same options: what is restored "
            + "is not sent again."})
final class RestoreCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Option(names = "--ids", split = ",", paramLabel = "ID", description = "Recording IDs, comma-separated; may be "
            + "repeated.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--ids-file", paramLabel = "FILE", description = "A file of recording IDs, one per line ('-' "
            + "for standard input); blank lines and lines starting with # are skipped. Or a CSV file with a header "
            + "line: column id (or recordingId), and hostEmail and siteUrl to restore each row for its host (as "
            + "list --csv writes it).")
    Path idsFile; // a Path, so that shell completion offers file names

    @Option(names = "--all", description = "Restore everything in the recycle bin (of --host-email on --site-url).")
    boolean all;

    @Option(names = "--site-url", paramLabel = "HOST", description = "The Webex site of the recordings, such as "
            + "example.webex.com. Default: the user's preferred site.")
    String siteUrl;

    @Option(names = "--host-email", paramLabel = "EMAIL", description = "Restore the recordings of this host (needs "
            + "an admin token). Default: the token's own user.")
    String hostEmail;

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--dry-run", description = "Validate everything and print the calls it would make; send "
            + "nothing (no token needed).")
    boolean dryRun;

    @Option(names = "--journal", paramLabel = "FILE", description = "Write each call and its outcome to FILE; run "
            + "again with the same FILE to resume.")
    Path journal;

    @Option(names = "--retry-bad-ids", description = "Send again the IDs an earlier run with this --journal found bad "
            + "(404/410 about that ID); by default they are left out and listed.")
    boolean retryBadIds;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "1", description = "Calls in flight at once, "
            + "1 to " + BulkRestore.MAX_CONCURRENCY + ". Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--json", description = "Print one JSON document on stdout instead of text.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "Print settings, every ID of a dry run, one log line per "
            + "attempt, and stack traces (never the token).")
    boolean verbose;

    RestoreCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter err = env.err();
        ReadIds input = ReadIds.none();
        AutoCloseable logs = CliLogging.forRun(err, verbose);
        try {
            checkOptions();
            if (filters.given()) {
                return restoreFound();
            }
            input = all ? ReadIds.none() : readIds();
            // input and journal problems first, before the token or a sandbox
            BulkPlan plan = bulk().build().plan(all ? RestoreSelection.all() : input.hasOwners()
                    ? RestoreSelection.owned(input.ids(), input.owners()) : RestoreSelection.ids(input.ids()));
            int code = dryRun ? dryRun(plan) : restore(plan);
            if (dryRun && all && code == ExitCode.OK.code() && !plan.restoreAllDone()) {
                code = showTheBin();
            }
            return reportWritten() ? code : ExitCode.INTERNAL_ERROR.code();
        } catch (UsageProblem e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        } catch (InvalidRestoreRequestException e) {
            err.println("error: invalid input, nothing was sent (" + e.violations().size() + " problem"
                    + (e.violations().size() == 1 ? "" : "s") + "):");
            ProblemLines.of(e.violations(), input).forEach(line -> err.println("error: " + line));
            return ExitCode.USAGE.code();
        } catch (InvalidRecordingQueryException e) {
            return CommandErrors.invalidFilters(err, e);
        } catch (WebexClientException e) {
            err.println("error: listing the recycle bin failed, nothing was restored: " + e.getMessage());
            return ExitCode.of(e.category()).code();
        } catch (BulkJournalException e) {
            err.println("error: " + e.getMessage());
            return e.reason() == BulkJournalException.Reason.WRITE_FAILED ? ExitCode.INTERNAL_ERROR.code()
                    : ExitCode.USAGE.code();
        } catch (RuntimeException e) {
            return CommandErrors.unexpected(err, e, verbose);
        } finally {
            closeQuietly(logs);
        }
    }

    // a report nobody can read is not a success: a full disk or a closed pipe behind stdout is said on stderr
    private boolean reportWritten() {
        if (!env.out().checkError()) {
            return true;
        }
        env.err().println("error: the report could not be written to standard output (a full disk, a closed pipe?)"
                + (journal != null && !dryRun ? "; the journal " + journal + " keeps what happened" : ""));
        return false;
    }

    private void checkOptions() {
        if (all && (!ids.isEmpty() || idsFile != null)) {
            throw new UsageProblem("--all restores everything: give it without --ids or --ids-file");
        }
        if (filters.given() && (all || !ids.isEmpty() || idsFile != null)) {
            throw new UsageProblem("the filters (--from, --to, --topic, --all-hosts, ...) find the recordings to "
                    + "restore: give them without --ids, --ids-file or --all");
        }
        filters.check(hostEmail);
        if (!all && ids.isEmpty() && idsFile == null && !filters.given()) {
            throw new UsageProblem("no recordings named: give --ids ID[,ID...], --ids-file FILE, --all, or filters "
                    + "that find them (--from, --to, --topic, --all-hosts)");
        }
        if (retryBadIds && journal == null) {
            throw new UsageProblem("--retry-bad-ids sends again the bad IDs a journal recorded: give it with --journal");
        }
        connection.check(env);
        if (concurrency < 1 || concurrency > BulkRestore.MAX_CONCURRENCY) {
            throw new UsageProblem("--concurrency must be between 1 and " + BulkRestore.MAX_CONCURRENCY + ", was "
                    + concurrency);
        }
    }

    private ReadIds readIds() {
        ReadIds read = IdInput.read(ids, idsFile == null ? null : idsFile.toString(), env.stdin());
        if (read.isEmpty()) {
            throw new UsageProblem("no recording IDs in " + (idsFile == null ? "--ids" : idsFile.toString().equals("-")
                    ? "standard input" : idsFile) + ": only blank lines and comments");
        }
        return read;
    }

    private int dryRun(BulkPlan plan) {
        if (json) {
            JsonSummary.writePlan(env.out(), plan);
        } else {
            HumanSummary.printPlan(env.out(), plan, "POST " + (connection.sandbox ? "the embedded sandbox"
                    : WebexRecordingsClient.restoreUrl(connection.baseUrl())), verbose);
        }
        return ExitCode.OK.code();
    }

    // --all --dry-run: what a restore-all would restore, as the listing shows it (it needs the token a run needs)
    private int showTheBin() {
        PrintWriter words = json ? env.err() : env.out();
        if (!connection.sandbox && connection.tokenFile == null && !env.variables().containsKey("WEBEX_ACCESS_TOKEN")) {
            words.println("(With a token, a dry run of --all also lists what the recycle bin holds.)");
            return ExitCode.OK.code();
        }
        ZoneId zone = ZoneId.systemDefault();
        FilterOptions.Interval interval = filters.intervalFromNow(zone);
        RecordingQuery query = filters.query(interval, siteUrl, hostEmail);
        try (ConnectionOptions.Connection reach = connection.open(env, hostEmail != null);
             WebexRecordingsClient client = reach.client()) {
            FoundRecordings found = FoundRecordings.list(client, query, false, hostEmail);
            words.println("The listing shows " + found.describe() + " in " + filters.scope(interval, siteUrl,
                    hostEmail, zone) + (found.ids().isEmpty() ? "" : ": " + found.perSite()) + ".");
            words.println("A restore-all restores the recycle bin of one site (" + (siteUrl == null
                    ? "the preferred site; --site-url names one" : siteUrl) + "): its recordings above, and any made "
                    + "before the listing's range.");
        }
        return ExitCode.OK.code();
    }

    private int restore(BulkPlan plan) {
        if (verbose) {
            env.err().println("input: " + plan.requested() + " requested, " + plan.unique() + " unique, "
                    + plan.calls().size() + " call(s) to make");
        }
        try (ConnectionOptions.Connection reach = connection.open(env, hostEmail != null)) {
            if (verbose) {
                printSettings(reach);
            }
            Integer unreachable = CommandErrors.unreachable(env.err(), reach);
            if (unreachable != null) {
                return unreachable;
            }
            try (WebexRecordingsClient client = reach.client()) {
                return execute(plan, reach.target(), client);
            }
        }
    }

    // lists what the filters find, then plans (and runs, unless --dry-run) exactly those IDs, on one connection
    private int restoreFound() {
        ZoneId zone = ZoneId.systemDefault();
        FilterOptions.Interval interval = filters.intervalFromNow(zone);
        RecordingQuery query = filters.query(interval, siteUrl, hostEmail);
        RecordingQueryValidation.requireValid(query); // before a token or a sandbox is needed
        try (ConnectionOptions.Connection reach = connection.open(env, filters.allHosts || hostEmail != null)) {
            if (verbose) {
                printSettings(reach);
            }
            Integer unreachable = CommandErrors.unreachable(env.err(), reach);
            if (unreachable != null) {
                return unreachable;
            }
            PrintWriter words = json ? env.err() : env.out(); // with --json, stdout is the one document
            try (WebexRecordingsClient client = reach.client()) {
                Path foundFile = journal == null ? null : FoundRecordings.fileBeside(journal);
                FoundRecordings found;
                String given = filters.asGiven(siteUrl, hostEmail);
                if (foundFile != null && Files.exists(journal) && !Files.exists(foundFile)) {
                    throw new UsageProblem("--journal " + journal + " was not started by a restore with filters (it has "
                            + "no " + foundFile.getFileName() + " beside it): resume it with the input it was written "
                            + "for, or give another --journal; nothing was sent");
                }
                if (foundFile != null && Files.exists(journal)) {
                    // a resume: the listing now misses what the first run restored; its own list is what it restores
                    String recorded = FoundRecordings.filtersOf(foundFile);
                    if (recorded != null && !recorded.equals(given)) {
                        throw new UsageProblem("--journal " + journal + " belongs to a run with other filters ("
                                + recorded + "; now " + given + "): give the same filters to resume it, or another "
                                + "--journal for a new run; nothing was sent");
                    }
                    found = FoundRecordings.read(foundFile);
                    words.println("Resuming " + journal + ": the " + found.describe() + " the first run found, as "
                            + foundFile + " keeps them (not a new listing).");
                } else {
                    found = FoundRecordings.list(client, query, filters.allHosts, hostEmail);
                    words.println("Found " + found.describe() + " in " + filters.scope(interval, siteUrl, hostEmail,
                            zone) + ".");
                }
                if (found.ids().isEmpty()) {
                    words.println("Nothing to restore.");
                    if (json) {
                        JsonSummary.writeNothingFound(env.out(), dryRun);
                    }
                    return ExitCode.OK.code();
                }
                BulkPlan plan = bulk().build().plan(RestoreSelection.owned(found.ids(), found.owners()));
                if (dryRun) {
                    return dryRun(plan);
                }
                if (foundFile != null && !Files.exists(journal)) {
                    found.write(foundFile, given); // before the first call (replacing any left): a resume restores it
                }
                return execute(plan, reach.target(), client);
            }
        }
    }

    private int execute(BulkPlan plan, String target, WebexRecordingsClient client) {
        try (StopOnSignal stop = env.stopsOnSignals() ? StopOnSignal.install(env.err(), "each within --timeout "
                + HumanText.duration(connection.timeout)) : StopOnSignal.none()) {
            ProgressView progress = progress(target);
            BulkReport report;
            try {
                report = bulk().client(client).listener(progress.listener()).stopWhen(stop::requested).build()
                        .execute(plan);
            } finally {
                progress.close(); // the bar's last line comes before the summary
            }
            int code = stop.requested() ? stop.exitCode() : ExitCode.of(report).code();
            PresumedCheck evidence = stop.requested() ? PresumedCheck.NOT_CHECKED
                    : PresumedCheck.of(report.presumedRestoredIds(), client, confirmationQuery());
            if (json) {
                env.out().println(JsonSummary.report(report, code, stop.signal(), evidence));
            } else {
                HumanSummary.printReport(env.out(), report, journal, stop.signal(), evidence);
            }
            return code;
        }
    }

    // where recordings presumed restored would be listed as available: the filters' range, or --horizon days
    private RecordingQuery confirmationQuery() {
        FilterOptions.Interval interval = filters.intervalFromNow(ZoneId.systemDefault());
        return filters.query(interval, siteUrl, hostEmail);
    }

    private BulkRestore.Builder bulk() {
        BulkRestore.Builder builder = BulkRestore.builder().siteUrl(siteUrl).hostEmail(hostEmail)
                .concurrency(concurrency).retryBadIds(retryBadIds);
        return journal == null ? builder : builder.journal(journal);
    }

    private ProgressView progress(String target) {
        if (json) {
            return new ProgressView(BulkProgressListener.NONE, null);
        }
        if (env.terminal()) {
            BarProgress bar = new BarProgress(env.err(), target);
            return new ProgressView(bar, bar);
        }
        return new ProgressView(new PlainProgress(env.out(), target), null);
    }

    private void printSettings(ConnectionOptions.Connection reach) {
        env.err().println("settings: site " + (siteUrl == null ? "(preferred)" : siteUrl) + "; host "
                + (hostEmail == null ? "(the token's user)" : hostEmail) + "; concurrency " + concurrency
                + "; journal " + (journal == null ? "none" : journal) + "; " + reach.settings());
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // detaching a log appender: nothing worth reporting
        }
    }

    /** The listener of a run, and the progress bar to close once it ends (null without one). */
    private record ProgressView(BulkProgressListener listener, BarProgress bar) {
        void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
