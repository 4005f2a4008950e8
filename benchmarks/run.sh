#!/usr/bin/env bash
# Runs every benchmark and rewrites docs/BENCHMARKS.md: `mvn -B -P benchmarks verify`, with this script's
# arguments passed to JMH. Examples:
#   benchmarks/run.sh                                   # the full run (a few minutes)
#   benchmarks/run.sh -f 1 -wi 1 -i 2 -w 1s -r 1s       # a quick look
#   benchmarks/run.sh PerCall -prof jfr                 # one class, with a JFR recording per fork
#   benchmarks/run.sh -l                                # list the benchmarks
# Extra Maven options go in MVN_FLAGS, e.g. MVN_FLAGS="-o -Dbenchmarks.doc=target/BENCHMARKS.md".
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC2086 # MVN_FLAGS is a list of options
exec mvn -B ${MVN_FLAGS:-} -P benchmarks verify "-Djmh.args=$*"
