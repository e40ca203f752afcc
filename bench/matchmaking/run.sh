#!/usr/bin/env bash
# Matchmaking index benchmark: 1,000,000 synthetic firms, top-20 latency against scoring every profile,
# memory per profile, rebuild time, recall@20 of planted partners. Prints a Markdown table.
#   bench/matchmaking/run.sh                       # defaults
#   PROFILES=200000 bench/matchmaking/run.sh       # smaller population
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp -o -pl services/matchmaking -am -DskipTests test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/matchmaking-bench.classpath -Dmdep.includeScope=test >/dev/null
cp="services/matchmaking/target/test-classes:services/matchmaking/target/classes:$(cat services/matchmaking/target/matchmaking-bench.classpath)"
exec java -Xms4g -Xmx4g -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-} \
  -Dprofiles="${PROFILES:-1000000}" -Dqueries="${QUERIES:-3000}" -Dscans="${SCANS:-20}" \
  -cp "$cp" org.smenet.matchmaking.bench.PartnerIndexBenchmark
