package io.github.wxrestore.benchmarks.report;

import java.io.IOException;

/** The first measurement of a run: records the {@link Machine}, load average included, before anything runs. */
final class MachineSnapshot implements Measurement {

    @Override
    public String name() {
        return "machine";
    }

    @Override
    public void run(RunSettings settings) throws IOException {
        Machine machine = Machine.current();
        JsonFiles.write(settings.results().resolve(Machine.FILE), machine);
        System.out.printf("Machine: %d cores, %s, load average %s%n", machine.cores(), machine.jdk(),
                machine.loadText());
    }
}
