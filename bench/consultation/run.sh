#!/usr/bin/env bash
# bench/consultation/run.sh — summary of one consultation with N submissions (default 100,000):
#   (1) one pass in memory, (2) from the dev document store (mongo-java-server, in-process) by the
#   service's own query + one pass, (3) one aggregation pipeline in the same store, for comparison.
# Prints a markdown table (min / median / max of RUNS runs). Compiles the module in the reactor (no install).
#   bench/consultation/run.sh [submissions] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-100000}"
RUNS="${2:-5}"
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
./mvnw -q -B -ntp -pl services/consultation -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null
cp="services/consultation/target/classes:services/consultation/target/test-classes:$(cat "$cpfile")"
# reactor modules resolve to their target/classes in the same build; make sure ours come first
cp="services/kit/target/classes:contracts/target/classes:$cp"
exec java -Xmx1g -XX:+UseParallelGC -cp "$cp" bench/consultation/SummaryBench.java "$N" "$RUNS"
