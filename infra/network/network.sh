#!/usr/bin/env bash
# ./smenet network — several economies' nodes on this one machine, federated through MirrorMaker 2.
#
#   ./smenet network up       keys, then each node (./smenet up with its own ports and run directory),
#                             then each node's MirrorMaker, then each node's own demo data; prints the URLs
#   ./smenet network down     stops every node (MirrorMaker first)
#   ./smenet network status   each node's components, the mirrored topics on each broker, total memory
#
# Each node E is a full `./smenet up` with SMENET_RUN_DIR=.run/network/<E>, SMENET_ECONOMIES=<E>, its own broker,
# document store, identity provider, services and gateway on ports <base>+… (see ports below), its signing keys in
# .run/network/<E>/node/signing-keys.json and the other nodes' public keys in .run/network/<E>/node/peers.json.
#
# Environment (all optional):
#   SMENET_NETWORK_ECONOMIES    the nodes (CL VN TH), one economy each
#   SMENET_NETWORK_BASE_PORT    the first node's base port (11000); node i uses base + 1000*i:
#                               +0 identity, +17 docstore, +80 gateway, +81..+85 services, +86 portal, +92/+93 Kafka
#   SMENET_NETWORK_SEED         demo enterprises seeded per node (100; 0 = no seeding)
#   SMENET_NETWORK_JAVA_OPTS    heap etc. of every Spring app of every node (small, so three nodes fit in ~12 GB)
#   SMENET_HOST                 (127.0.0.1)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
NET="$ROOT/.run/network"
HOST="${SMENET_HOST:-127.0.0.1}"
NETWORK_ECONOMIES="${SMENET_NETWORK_ECONOMIES:-CL VN TH}"
read -r -a ECONOMIES <<<"${NETWORK_ECONOMIES//,/ }"
((${#ECONOMIES[@]})) || ECONOMIES=(CL VN TH)
BASE="${SMENET_NETWORK_BASE_PORT:-11000}"
SEED="${SMENET_NETWORK_SEED:-100}"
NODE_JAVA_OPTS="${SMENET_NETWORK_JAVA_OPTS:--Xms32m -Xmx224m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError}"
JAVA="${SMENET_JAVA:-java}"

if [[ -t 1 ]]; then B=$'\e[1m'; G=$'\e[32m'; R=$'\e[31m'; N=$'\e[0m'; else B=; G=; R=; N=; fi
say()  { printf '%s\n' "$*"; }
info() { printf '%s==>%s %s\n' "$B" "$N" "$*"; }
die()  { printf '%serror:%s %s\n' "$R" "$N" "$*" >&2; exit 1; }

for e in "${ECONOMIES[@]}"; do [[ "$e" =~ ^[A-Z]{2}$ ]] || die "SMENET_NETWORK_ECONOMIES: not an economy code: $e"; done
((${#ECONOMIES[@]} >= 2)) || die "a network needs at least two economies (SMENET_NETWORK_ECONOMIES)"

index_of() { local i; for i in "${!ECONOMIES[@]}"; do [[ "${ECONOMIES[$i]}" == "$1" ]] && { printf '%s' "$i"; return; }; done; return 1; }
base_of() { printf '%s' $((BASE + 1000 * $(index_of "$1"))); }
port_of() { # economy component
  local b; b="$(base_of "$1")"
  case "$2" in
    identity) echo $((b)) ;; docstore) echo $((b + 17)) ;; gateway) echo $((b + 80)) ;;
    registry) echo $((b + 81)) ;; matchmaking) echo $((b + 82)) ;; opportunities) echo $((b + 83)) ;;
    training) echo $((b + 84)) ;; consultation) echo $((b + 85)) ;; portal) echo $((b + 86)) ;;
    kafka) echo $((b + 92)) ;; kafka-controller) echo $((b + 93)) ;;
  esac
}
peers_of() { # economy -> ALIAS=bootstrap,... of every other node
  local e out=()
  for e in "${ECONOMIES[@]}"; do [[ "$e" == "$1" ]] || out+=("$e=$HOST:$(port_of "$e" kafka)"); done
  (IFS=,; printf '%s' "${out[*]}")
}

# node E cmd... : runs cmd with node E's environment (nothing inherited that points at another node)
node() {
  local e="$1" lower gw; shift
  lower="$(tr 'A-Z' 'a-z' <<<"$e")"
  gw="http://$HOST:$(port_of "$e" gateway)"
  (
    unset SMENET_KAFKA_BOOTSTRAP SMENET_MONGODB_URI SMENET_ISSUER_URI SMENET_PORTAL_ORIGIN SMENET_PORTAL_URI \
          SMENET_REGISTRY_URI SMENET_MATCHMAKING_URI SMENET_OPPORTUNITIES_URI SMENET_TRAINING_URI SMENET_CONSULTATION_URI
    export SMENET_RUN_DIR="$NET/$e" SMENET_ECONOMIES="$e" SMENET_NODE_ALIAS="$e" SMENET_DEMO=true SMENET_HOST="$HOST"
    export SMENET_KAFKA_PORT="$(port_of "$e" kafka)" SMENET_KAFKA_CONTROLLER_PORT="$(port_of "$e" kafka-controller)"
    export SMENET_DOCSTORE_PORT="$(port_of "$e" docstore)" SMENET_IDENTITY_PORT="$(port_of "$e" identity)"
    export SMENET_GATEWAY_PORT="$(port_of "$e" gateway)" SMENET_REGISTRY_PORT="$(port_of "$e" registry)"
    export SMENET_MATCHMAKING_PORT="$(port_of "$e" matchmaking)" SMENET_OPPORTUNITIES_PORT="$(port_of "$e" opportunities)"
    export SMENET_TRAINING_PORT="$(port_of "$e" training)" SMENET_CONSULTATION_PORT="$(port_of "$e" consultation)"
    export SMENET_PORTAL_PORT="$(port_of "$e" portal)"
    # federation: this node's keys and the peers it trusts (the kit re-reads the peers file when it changes)
    export SMENET_NODE_KEY_FILE="$NET/$e/node/signing-keys.json" SMENET_PEERS_FILE="$NET/$e/node/peers.json"
    # the node's identity provider: its own signing key, and the portal's redirects at this node's gateway
    export SMENET_IDENTITY_KEYFILE="$NET/$e/identity/jwk.json"
    export SMENET_IDENTITY_PORTAL_REDIRECTURIS_0="$gw/login/oauth2/code/portal" \
           SMENET_IDENTITY_PORTAL_REDIRECTURIS_1="$gw/portal/callback" \
           SMENET_IDENTITY_PORTAL_POSTLOGOUTREDIRECTURIS_0="$gw/"
    export SMENET_PUBLIC_BASE_URL="$gw"
    export SMENET_SEED_USERNAME="admin-$lower"
    export SMENET_SERVICE_JAVA_OPTS="$NODE_JAVA_OPTS"
    export SMENET_KAFKA_JAVA_OPTS="${SMENET_NETWORK_KAFKA_JAVA_OPTS:--Xms128m -Xmx320m -XX:+ExitOnOutOfMemoryError}"
    export SMENET_DOCSTORE_JAVA_OPTS="${SMENET_NETWORK_DOCSTORE_JAVA_OPTS:--Xmx192m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}"
    export SMENET_MIRROR_JAVA_OPTS="${SMENET_NETWORK_MIRROR_JAVA_OPTS:--Xms32m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError}"
    export SMENET_START_TIMEOUT="${SMENET_START_TIMEOUT:-900}"
    if [[ "${WITH_PEERS:-0}" == 1 ]]; then export SMENET_PEERS="$(peers_of "$e")"; else unset SMENET_PEERS; fi
    "$@" 8>&-
  )
}

prefixed() { # economy cmd... : the command's output, each line prefixed with [E]; returns its status
  local e="$1"; shift
  set +e
  "$@" 2>&1 | sed -u "s/^/[$e] /"
  local rc="${PIPESTATUS[0]}"
  set -e
  return "$rc"
}

rss_total_kb() { # sum of the resident memory of every recorded process of every node
  local total=0 f pid kb
  for f in "$NET"/*/pids/*.pid; do
    [[ -f "$f" ]] || continue
    pid="$(tr -dc '0-9' <"$f")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || continue
    kb="$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ')"
    total=$((total + ${kb:-0}))
  done
  printf '%s' "$total"
}

cmd_up() {
  local started=$SECONDS e failed=()
  mkdir -p "$NET"
  info "network of ${ECONOMIES[*]}: keys and trusted peers in $NET/<E>/node/"
  "$JAVA" "$ROOT/infra/network/NodeKeysTool.java" network "$NET" "${ECONOMIES[@]}"
  for e in "${ECONOMIES[@]}"; do
    info "node $e: ./smenet up (ports $(base_of "$e")+, run directory ${NET#"$ROOT"/}/$e)"
    prefixed "$e" node "$e" "$ROOT/smenet" up || failed+=("$e")
  done
  # every broker is up now: each node's MirrorMaker pulls the others' public topics into its own broker
  for e in "${ECONOMIES[@]}"; do
    info "node $e: MirrorMaker from $(peers_of "$e")"
    WITH_PEERS=1 node "$e" "$ROOT/smenet" up >"$NET/$e/mirror-up.log" 2>&1 \
      || { failed+=("$e-mirror"); sed "s/^/[$e] /" "$NET/$e/mirror-up.log" | tail -n 40 >&2; }
  done
  local up_seconds=$((SECONDS - started))
  if ((SEED > 0)); then
    for e in "${ECONOMIES[@]}"; do
      info "node $e: its own demo data ($SEED enterprises, as admin-$(tr 'A-Z' 'a-z' <<<"$e"))"
      # repeatable: on a busy machine the first try may time out waiting for the focal point's designation
      local try
      for try in 1 2 3; do
        if prefixed "$e" node "$e" "$ROOT/smenet" seed "$SEED" | tail -n 3; then break; fi
        if ((try == 3)); then failed+=("$e-seed"); else say "[$e] seeding again (try $((try + 1)) of 3)"; fi
      done
    done
  fi
  local rss; rss="$(rss_total_kb)"
  summary
  say "Started in ${up_seconds} s (seeding not included; total $((SECONDS - started)) s); resident memory of all processes: $((rss / 1024)) MB"
  if ((${#failed[@]})); then
    printf '%sFAILED:%s %s (see the lines above; ./smenet network status)\n' "$R" "$N" "${failed[*]}" >&2
    exit 1
  fi
}

summary() {
  local e lower
  say ""
  say "${B}SME Cluster Network on this machine${N}"
  printf '  %-4s %-28s %-28s %-28s %s\n' NODE "GATEWAY (portal)" "API EXPLORER" ISSUER KAFKA
  for e in "${ECONOMIES[@]}"; do
    printf '  %-4s %-28s %-28s %-28s %s\n' "$e" "http://$HOST:$(port_of "$e" gateway)/" \
      "…:$(port_of "$e" gateway)/swagger-ui.html" "http://$HOST:$(port_of "$e" identity)" "$HOST:$(port_of "$e" kafka)"
  done
  say ""
  say "  Sign in on a node's portal with its own accounts (password demo), e.g. sme-$(tr 'A-Z' 'a-z' <<<"${ECONOMIES[0]}") on ${ECONOMIES[0]}, sme-$(tr 'A-Z' 'a-z' <<<"${ECONOMIES[1]}") on ${ECONOMIES[1]}."
  say "  Each node holds its own data; the others' public records reach it as <PEER>.smenet.public.* topics."
  say "  Status: ./smenet network status    Stop: ./smenet network down    Logs: .run/network/<E>/logs/"
}

cmd_down() {
  local e i
  for ((i = ${#ECONOMIES[@]} - 1; i >= 0; i--)); do
    e="${ECONOMIES[$i]}"
    [[ -d "$NET/$e" ]] || continue
    info "node $e: ./smenet down"
    prefixed "$e" node "$e" "$ROOT/smenet" down || true
  done
}

# the topics on a node's broker that came from its peers (what an operator checks first)
mirrored_topics() { # economy
  local libs="$ROOT/infra/kafka-broker/target/libs"
  "$JAVA" -Xmx64m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$ROOT/infra/kafka-broker/config/tools-log4j2.properties" \
    -cp "$libs/*" org.apache.kafka.tools.TopicCommand --bootstrap-server "$HOST:$(port_of "$1" kafka)" --list 2>/dev/null \
    | grep -E '^[A-Z]{2}\.' || true
}

cmd_status() {
  local e topics peer count
  for e in "${ECONOMIES[@]}"; do
    say "${B}node $e${N} (run directory ${NET#"$ROOT"/}/$e)"
    WITH_PEERS=1 node "$e" "$ROOT/smenet" status | sed 's/^/  /'
    if [[ -f "$NET/$e/pids/kafka.pid" ]]; then
      topics="$(mirrored_topics "$e")"
      for peer in "${ECONOMIES[@]}"; do
        [[ "$peer" == "$e" ]] && continue
        count="$(grep -c "^$peer\.smenet\.public\." <<<"$topics" || true)"
        printf '  from %s: %s public topics mirrored%s\n' "$peer" "$count" \
          "$(grep -q "^$peer\.heartbeats$" <<<"$topics" && echo ", heartbeats arriving" || echo ", no heartbeats yet")"
      done
      local others
      others="$(grep -E '^[A-Z]{2}\.' <<<"$topics" | grep -vE '^[A-Z]{2}\.smenet\.public\.|^([A-Z]{2}\.)+heartbeats$' || true)"
      # (<PEER>.smenet.public.….DLT topics are this node's own dead letters for a peer's records: local, expected)
      [[ -z "$others" ]] || printf '  %sWARNING%s: mirrored topics that are not public: %s\n' "$R" "$N" "$(tr '\n' ' ' <<<"$others")"
    fi
    say ""
  done
  say "resident memory of all processes: $(($(rss_total_kb) / 1024)) MB"
}

lock() {
  mkdir -p "$NET"
  if command -v flock >/dev/null 2>&1; then
    exec 8>"$NET/.lock"
    flock -w 1200 8 || die "another ./smenet network up/down is still running"
  fi
}

case "${1:-}" in
  up)     lock; cmd_up ;;
  down)   lock; cmd_down ;;
  status) cmd_status ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
