#!/usr/bin/env bash
# Profile event on the broker → its new suggestion readable in matchmaking's store, through the real consumer
# path, with the partner index holding PROFILES synthetic firms (default 1,000,000). One JVM (the test's:
# in-JVM Kafka broker, the MongoDB-protocol dev store, the service). Prints a Markdown table.
#   bench/matchmaking/event-to-suggestion.sh
#   PROFILES=200000 ROUNDS=100 bench/matchmaking/event-to-suggestion.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
# the service's flags (the launcher's matchmaking default); the heap is 1 GiB larger, for the broker and the
# store that share this JVM and for the generator's firms while they are indexed
JAVA_OPTS="${SMENET_MATCHMAKING_JAVA_OPTS:-$(sed -n 's/^MATCHMAKING_JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' smenet)}"
JAVA_OPTS="${JAVA_OPTS/-Xmx2g/-Xmx3g}"
echo "JVM flags: $JAVA_OPTS" >&2
./mvnw -q -B -ntp -o -pl services/matchmaking -am verify -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=ProfileEventToSuggestionBenchmark -DargLine="$JAVA_OPTS" \
  -Dbench.profiles="${PROFILES:-1000000}" -Dbench.rounds="${ROUNDS:-200}" -Dbench.warmup="${WARMUP:-30}" >&2
cat services/matchmaking/target/bench-event-to-suggestion.md
