package io.github.wxrestore.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything one run stored in its results directory, for the sections to render: the machine, JMH's
 * scores, the footprint, when the run started and ended, and any other result file by name. Missing parts are empty, so a partial run (a JMH
 * filter, a failed step) still renders what it has. Immutable after loading.
 */
public final class Results {

    private final Path directory;
    private final Optional<RunRecord> run;
    private final Optional<Machine> machine;
    private final List<Score> scores;
    private final Optional<Footprint> footprint;

    private Results(Path directory, Optional<RunRecord> run, Optional<Machine> machine, List<Score> scores,
                    Optional<Footprint> footprint) {
        this.directory = directory;
        this.run = run;
        this.machine = machine;
        this.scores = scores;
        this.footprint = footprint;
    }

    public static Results load(Path directory) {
        List<Score> scores = new ArrayList<>();
        JsonFiles.tree(directory.resolve(JmhBenchmarks.FILE)).ifPresent(entries -> entries.forEach(
                entry -> scores.add(Score.of(entry))));
        return new Results(directory, JsonFiles.read(directory.resolve(RunRecord.FILE), RunRecord.class),
                JsonFiles.read(directory.resolve(Machine.FILE), Machine.class),
                List.copyOf(scores), JsonFiles.read(directory.resolve(Footprint.FILE), Footprint.class));
    }

    public Optional<RunRecord> run() {
        return run;
    }

    public Optional<Machine> machine() {
        return machine;
    }

    /** The score of a benchmark without parameters (or its first parameter set); empty when not in this run. */
    public Optional<Score> score(BenchmarkId id) {
        return scores(id).stream().findFirst();
    }

    /** Every score of one benchmark, one per parameter set, in JMH's order. */
    public List<Score> scores(BenchmarkId id) {
        return scores.stream().filter(s -> s.benchmark().equals(id.jmhName())).toList();
    }

    /** Every JMH score of the run, in JMH's order. */
    public List<Score> scores() {
        return scores;
    }

    public Optional<Footprint> footprint() {
        return footprint;
    }

    /** Another result file of the run (one a {@link Measurement} wrote), parsed; empty when absent. */
    public Optional<JsonNode> file(String name) {
        return JsonFiles.tree(directory.resolve(name));
    }
}
