#!/usr/bin/env bash
# Matchmaking index benchmark: 1,000,000 synthetic firms, top-20 latency against scoring every profile,
# memory per profile, rebuild time, recall@20 of planted partners. Prints a Markdown table.
#   bench/matchmaking/run.sh                       # defaults
#   PROFILES=200000 bench/matchmaking/run.sh       # smaller population
#   QUERIES=1000 SCANS=10 bench/matchmaking/run.sh # the run docs/benchmarks.md reports
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp -o -pl services/matchmaking -am -DskipTests test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/matchmaking-bench.classpath -Dmdep.includeScope=test >/dev/null
cp="services/matchmaking/target/test-classes:services/matchmaking/target/classes:$(cat services/matchmaking/target/matchmaking-bench.classpath)"
# The JVM flags of the service (the launcher's matchmaking default, ./smenet java_opts_of), unless
# SMENET_MATCHMAKING_JAVA_OPTS says otherwise, as it would for the service; BENCH_JAVA_OPTS adds to them (JFR).
JAVA_OPTS="${SMENET_MATCHMAKING_JAVA_OPTS:-$(sed -n 's/^MATCHMAKING_JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' smenet)}"
echo "JVM flags: $JAVA_OPTS ${BENCH_JAVA_OPTS:-}" >&2
exec java $JAVA_OPTS ${BENCH_JAVA_OPTS:-} \
  -Dprofiles="${PROFILES:-1000000}" -Dqueries="${QUERIES:-3000}" -Dscans="${SCANS:-20}" \
  -cp "$cp" org.smenet.matchmaking.bench.PartnerIndexBenchmark
