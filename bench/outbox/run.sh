#!/usr/bin/env bash
# Outbox relay benchmark (see README.md): write→ack latency at steady rates, backlog drain rate, and the
# raw Kafka producer on the same in-JVM broker with the same records.
#   STORE=memory|h2  RATES=20,50,100,200,400  SECONDS_PER_RATE=20  BACKLOG=50000  bench/outbox/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
STORE=${STORE:-memory}
RATES=${RATES:-20,50,100,200,400}
SECONDS_PER_RATE=${SECONDS_PER_RATE:-20}
BACKLOG=${BACKLOG:-50000}
CP_FILE="$PWD/services/kit/target/bench.classpath"

./mvnw -q -B -ntp -pl services/kit -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"

exec java -Xms512m -Xmx1g -XX:+UseG1GC \
  -Dlogback.configurationFile=bench/outbox/logback.xml \
  -Dstore="$STORE" -Drates="$RATES" -Dseconds="$SECONDS_PER_RATE" -Dbacklog="$BACKLOG" \
  -cp "services/kit/target/test-classes:services/kit/target/classes:$(cat "$CP_FILE")" \
  org.smenet.kit.events.OutboxBench
