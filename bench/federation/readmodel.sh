#!/usr/bin/env bash
# Federation, end to end through the services (needs `./smenet network up` running):
# an enterprise verified on FROM's registry (its public profile goes out through FROM's outbox and broker,
# FROM→TO MirrorMaker 2, TO's registry consumer, TO's store) → readable in TO's network directory API.
# Latency per enterprise = first 200 from TO's GET /api/registry/network/enterprises/{id}
#                          − the moment FROM's verification request was sent (so it includes that call).
# TO is polled every POLL seconds (resolution). Prints every latency, then p50 / p90 / p99 / max.
#   N=40 FROM=CL TO=VN POLL=0.02 bench/federation/readmodel.sh
set -euo pipefail
N="${N:-40}" FROM="${FROM:-CL}" TO="${TO:-VN}" POLL="${POLL:-0.02}"
HOST="${SMENET_HOST:-127.0.0.1}" BASE="${SMENET_NETWORK_BASE_PORT:-11000}"
read -r -a ECONOMIES <<<"${SMENET_NETWORK_ECONOMIES:-CL VN TH}"
base_of() { local i; for i in "${!ECONOMIES[@]}"; do if [[ "${ECONOMIES[$i]}" == "$1" ]]; then echo $((BASE + 1000 * i)); fi; done; }
from_registry="http://$HOST:$(( $(base_of "$FROM") + 81 ))"
to_registry="http://$HOST:$(( $(base_of "$TO") + 81 ))"
issuer_of() { echo "http://$HOST:$(base_of "$1")"; }
token() { # economy user
  curl -sS -u cli:cli-secret -d grant_type=password -d username="$2" -d password=demo -d scope=smenet \
    "$(issuer_of "$1")/oauth2/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
from_lower="$(tr 'A-Z' 'a-z' <<<"$FROM")" to_lower="$(tr 'A-Z' 'a-z' <<<"$TO")"
SME="$(token "$FROM" "sme-$from_lower")" FOCAL="$(token "$FROM" "focal-$from_lower")" READER="$(token "$TO" "sme-$to_lower")"
[[ -n "$SME" && -n "$FOCAL" && -n "$READER" ]] || { echo "no tokens: is ./smenet network up running?" >&2; exit 1; }

run="$(date +%s)"
out="$(mktemp)"
for ((i = 1; i <= N; i++)); do
  body="{\"registrationNumber\":\"BENCH-$run-$i\",\"legalName\":\"Bench Exports $run $i\",\"sizeClass\":\"SMALL\",
         \"isicCodes\":[\"1030\"],\"hsOffered\":[\"080450\"],\"cooperationOffered\":[\"SUPPLY\"],\"languages\":[\"en\"],
         \"contact\":{\"name\":\"Bench\",\"email\":\"bench@example.org\"},\"publicProfile\":true}"
  id="$(curl -sS -X POST -H "Authorization: Bearer $SME" -H 'Content-Type: application/json' -d "$body" \
        "$from_registry/api/registry/enterprises" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')"
  [[ -n "$id" ]] || { echo "register failed" >&2; exit 1; }
  t0="$(date +%s%N)"
  code="$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $FOCAL" \
          "$from_registry/api/registry/enterprises/$id/verification")"
  [[ "$code" == 200 ]] || { echo "verification answered $code" >&2; exit 1; }
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $READER" \
               "$to_registry/api/registry/network/enterprises/$id")" == 200 ]]; do
    sleep "$POLL"
    if (( ($(date +%s%N) - t0) / 1000000 > 60000 )); then echo "not readable on $TO after 60 s: $id" >&2; exit 1; fi
  done
  t1="$(date +%s%N)"
  ms=$(( (t1 - t0) / 1000000 ))
  echo "$ms" >>"$out"
  printf '%s→%s %3d %s %d ms\n' "$FROM" "$TO" "$i" "$id" "$ms"
done
sort -n "$out" | awk -v from="$FROM" -v to="$TO" '{ v[NR] = $1 } END {
  n = NR
  printf "RESULT read-model %s→%s n=%d p50=%d ms p90=%d ms p99=%d ms max=%d ms\n", from, to, n,
    v[int(0.50 * n + 0.999)], v[int(0.90 * n + 0.999)], v[int(0.99 * n + 0.999)], v[n] }'
rm -f "$out"
