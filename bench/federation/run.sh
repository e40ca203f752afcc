#!/usr/bin/env bash
# Federation through MirrorMaker 2 in one JVM (two in-JVM KRaft brokers, org.smenet.testsupport.Federation):
# steady publish→readable-on-the-peer latency and the catch-up rate after a link outage. See
# docs/benchmarks.md ("Federation — bench/federation"). For the same path through the services' read
# model on a running three-node network, see readmodel.sh beside this file.
#   RATE=100 SECONDS_AT_RATE=20 BACKLOG=20000 bench/federation/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${RATE:-100}
SECONDS_AT_RATE=${SECONDS_AT_RATE:-20}
BACKLOG=${BACKLOG:-20000}
CP_FILE="$PWD/infra/test-support/target/bench.classpath"

./mvnw -q -B -ntp -pl infra/test-support -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"

exec java -Xms512m -Xmx1g \
  -Dlogback.configurationFile=infra/test-support/src/test/resources/logback-test.xml \
  -Drate="$RATE" -Dseconds="$SECONDS_AT_RATE" -Dbacklog="$BACKLOG" \
  -cp "infra/test-support/target/test-classes:infra/test-support/target/classes:$(cat "$CP_FILE")" \
  org.smenet.testsupport.FederationBench
