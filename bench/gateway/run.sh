#!/usr/bin/env bash
# bench/gateway/run.sh — what the gateway costs: the same cheap authenticated GET
# (GET /api/registry/enterprises/{id}) measured with wrk
#   (a) direct to the registry        :8081
#   (b) through the gateway           :8080
#   (c) through nginx                 :8090 (started here, own config in a temp dir, stopped at the end)
# with the same threads / connections / duration, then a markdown table with requests/s, p50, p99 and
# the ratios gateway/direct and gateway/nginx.
#
# Needs a running node (./smenet up: registry 8081, gateway 8080, identity provider 9000), and
# wrk, nginx, curl, python3 (apt-get install -y wrk nginx curl python3).
# Only ever targets this machine: every URL must be 127.0.0.0/8, localhost or [::1].
#
# The gateway's default rate limit (smenet.gateway.rate-limit: 100 burst, 50/s per caller) would turn
# most of run (b) into 429s: start the node for the benchmark with the limit raised, e.g.
#   SMENET_GATEWAY_RATELIMIT_REPLENISHRATE=1000000 SMENET_GATEWAY_RATELIMIT_BURSTCAPACITY=1000000 ./smenet up
# The script checks the gateway's X-RateLimit-Limit and warns when non-2xx answers spoil a run.
#
# Environment (all optional):
#   THREADS (2)  CONNECTIONS (32)  DURATION (20s)  WARMUP (5s; 0 to skip)   wrk settings, same for all runs
#   DIRECT (http://127.0.0.1:8081)  GATEWAY (http://127.0.0.1:8080)  NGINX_PORT (8090)
#   ISSUER (SMENET_ISSUER_URI or http://127.0.0.1:9000)  BENCH_USER (sme-cl)  BENCH_PASSWORD (demo)
#   TOKEN            use this access token instead of asking the identity provider
#   BENCH_PATH       request this path instead of /api/registry/enterprises/{id}
#   NO_TOKEN=1       send no Authorization header (with BENCH_PATH, for a dry run, see below)
#   KEEP=1           keep the temp dir with the nginx config and raw wrk outputs
#   GATEWAY_PID      the gateway's process id, for its CPU time per request (default: whoever listens on
#                    GATEWAY's port, found with ss); the gateway's fast-path counters are printed too
#
# Dry run of the mechanics without a registry or identity provider (nginx in front of the gateway):
#   DIRECT=http://127.0.0.1:8080 BENCH_PATH=/actuator/health NO_TOKEN=1 DURATION=5s WARMUP=0 bench/gateway/run.sh
set -euo pipefail

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
DIRECT="${DIRECT:-http://127.0.0.1:8081}"
GATEWAY="${GATEWAY:-http://127.0.0.1:8080}"
NGINX_PORT="${NGINX_PORT:-8090}"
ISSUER="${ISSUER:-${SMENET_ISSUER_URI:-http://127.0.0.1:9000}}"
BENCH_USER="${BENCH_USER:-sme-cl}"
BENCH_PASSWORD="${BENCH_PASSWORD:-demo}"
NGINX="http://127.0.0.1:$NGINX_PORT"

die()  { printf 'error: %s\n' "$*" >&2; exit 1; }
warn() { printf 'warning: %s\n' "$*" >&2; }
info() { printf '==> %s\n' "$*" >&2; }

# ------------------------------------------------------------------------------------------ guards
loopback() { [[ "$1" =~ ^http://(127\.[0-9]+\.[0-9]+\.[0-9]+|localhost|\[::1\])(:[0-9]+)?$ ]]; }
for url in "$DIRECT" "$GATEWAY" "$ISSUER"; do
  loopback "$url" || die "$url is not on this machine (only http://127.x.x.x, localhost or [::1], no path)"
done
[[ "$NGINX_PORT" =~ ^[0-9]+$ ]] || die "NGINX_PORT must be a port number"
for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found (apt-get install -y wrk nginx curl python3)"
done

# ------------------------------------------------------------------------------------------ temp dir, nginx
WORK="$(mktemp -d /tmp/bench-gateway.XXXXXX)"
NGINX_PID=""
cleanup() {
  if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$NGINX_PID" 2>/dev/null; then kill -KILL "$NGINX_PID" 2>/dev/null || true; fi
    info "nginx stopped"
  fi
  if [[ "${KEEP:-}" == 1 ]]; then info "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

start_nginx() {
  local upstream="${DIRECT#http://}"
  mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
  cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  upstream direct { server $upstream; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://direct;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
EOF
  if (exec 3<>"/dev/tcp/127.0.0.1/$NGINX_PORT") 2>/dev/null; then
    die "port $NGINX_PORT is taken; set NGINX_PORT"
  fi
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' >"$WORK/nginx/logs/stdout.log" 2>&1 &
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$NGINX_PORT") 2>/dev/null; then
      info "nginx (pid $NGINX_PID) on $NGINX -> $DIRECT"
      return 0
    fi
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/logs/"*.log >&2; die "nginx did not start"; }
    sleep 0.1
  done
  die "nginx did not listen on $NGINX_PORT within 5 s"
}

# ------------------------------------------------------------------------------------------ token, target
json_field() { python3 -c 'import sys,json
d=json.load(sys.stdin)
for k in sys.argv[1].split("."):
    d=d[int(k)] if isinstance(d,list) else d.get(k) if isinstance(d,dict) else None
    if d is None: break
print("" if d is None else d)' "$1"; }

AUTH=()
if [[ "${NO_TOKEN:-}" != 1 ]]; then
  if [[ -z "${TOKEN:-}" ]]; then
    info "token for $BENCH_USER from $ISSUER"
    TOKEN="$(curl -sf -u cli:cli-secret -d grant_type=password -d "username=$BENCH_USER" \
      -d "password=$BENCH_PASSWORD" -d scope=smenet "$ISSUER/oauth2/token" | json_field access_token)" \
      || die "no token from $ISSUER (is the identity provider up? ./smenet status)"
    [[ -n "$TOKEN" ]] || die "the identity provider answered without an access_token"
  fi
  AUTH=(-H "Authorization: Bearer $TOKEN")
fi

if [[ -z "${BENCH_PATH:-}" ]]; then
  ID="$(curl -sf "${AUTH[@]}" "$DIRECT/api/registry/enterprises?size=1" | json_field items.0.id)" \
    || die "cannot list enterprises at $DIRECT (is the registry up?)"
  if [[ -z "$ID" ]]; then
    info "no enterprise visible to $BENCH_USER: registering one"
    ID="$(curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' "$DIRECT/api/registry/enterprises" \
      -d "{\"registrationNumber\":\"BENCH-$(date +%s)\",\"legalName\":\"Benchmark Trading Co\",\"sizeClass\":\"SMALL\",\"isicCodes\":[\"C\"],\"publicProfile\":false}" \
      | json_field id)" || die "could not register an enterprise at $DIRECT"
    [[ -n "$ID" ]] || die "the registry answered without an enterprise id"
  fi
  BENCH_PATH="/api/registry/enterprises/$ID"
fi
info "request: GET $BENCH_PATH"

start_nginx

for target in "$DIRECT" "$GATEWAY" "$NGINX"; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" "$target$BENCH_PATH")"
  [[ "$code" == 2* ]] || die "GET $target$BENCH_PATH answered $code before the benchmark started"
done
limit="$(curl -s -o /dev/null -D - "${AUTH[@]}" "$GATEWAY$BENCH_PATH" | tr -d '\r' \
  | awk -F': ' 'tolower($1)=="x-ratelimit-limit"{print $2}')"
if [[ -n "$limit" && "$limit" -lt 1000000 ]]; then
  warn "the gateway's rate limit is a burst of $limit per caller: expect 429s in run (b); see the header of this script"
fi

# ------------------------------------------------------------------------------------------ runs
to_ms() { awk -v v="$1" 'BEGIN{
  n=v+0; u=v; sub(/^[0-9.]+/,"",u)
  if(u=="us") n/=1000; else if(u=="s") n*=1000; else if(u=="m") n*=60000
  printf "%.2f", n }'; }

declare -A RPS P50 P99 BAD CPU
GATEWAY_PORT="${GATEWAY##*:}"
GATEWAY_PID="${GATEWAY_PID:-$(ss -ltnpH "sport = :${GATEWAY_PORT%%/*}" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}"
[[ -n "$GATEWAY_PID" ]] || warn "gateway process not found (set GATEWAY_PID): no CPU time per request"
TICKS="$(getconf CLK_TCK)"
cpu_ticks() { [[ -n "$1" && -r "/proc/$1/stat" ]] && awk '{print $14+$15}' "/proc/$1/stat" || echo 0; }
run() {
  local name="$1" url="$2" out="$WORK/wrk-$1.txt"
  if [[ "$WARMUP" != 0 && "$WARMUP" != 0s ]]; then
    info "$name: warm-up $WARMUP"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${AUTH[@]}" "$url" >/dev/null
  fi
  info "$name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $url"
  local c0 c1; c0="$(cpu_ticks "$GATEWAY_PID")"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${AUTH[@]}" "$url" >"$out"
  c1="$(cpu_ticks "$GATEWAY_PID")"
  CPU[$name]="n/a"
  if [[ "$name" == gateway && -n "$GATEWAY_PID" ]]; then
    CPU[$name]="$(awk -v c=$((c1 - c0)) -v t="$TICKS" -v n="$(awk '/requests in/{print $1}' "$out")" \
      'BEGIN{printf "%.3f", c/t*1000/n}')"
  fi
  RPS[$name]="$(awk '/^Requests\/sec:/{print $2}' "$out")"
  P50[$name]="$(to_ms "$(awk '$1=="50%"{print $2; exit}' "$out")")"
  P99[$name]="$(to_ms "$(awk '$1=="99%"{print $2; exit}' "$out")")"
  BAD[$name]="$(awk '/Non-2xx or 3xx responses:/{print $NF}' "$out")"
  BAD[$name]="${BAD[$name]:-0}"
  local errors; errors="$(grep -E '^ *Socket errors:' "$out" || true)"
  [[ -z "$errors" ]] || warn "$name:$errors"
  [[ "${BAD[$name]}" == 0 ]] || warn "$name: ${BAD[$name]} non-2xx answers; its numbers do not measure the same thing"
}

run direct  "$DIRECT$BENCH_PATH"
run gateway "$GATEWAY$BENCH_PATH"
run nginx   "$NGINX$BENCH_PATH"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if(b+0==0) print "n/a"; else printf "%.2f", a/b }'; }

cat <<EOF

GET $BENCH_PATH, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)
gateway CPU: the gateway process's user+system CPU time during its run divided by the requests served

| path | requests/s | p50 (ms) | p99 (ms) | non-2xx | gateway CPU (ms/request) |
| --- | ---: | ---: | ---: | ---: | ---: |
| direct ($DIRECT) | ${RPS[direct]} | ${P50[direct]} | ${P99[direct]} | ${BAD[direct]} | |
| gateway ($GATEWAY) | ${RPS[gateway]} | ${P50[gateway]} | ${P99[gateway]} | ${BAD[gateway]} | ${CPU[gateway]} |
| nginx ($NGINX) | ${RPS[nginx]} | ${P50[nginx]} | ${P99[nginx]} | ${BAD[nginx]} | |

| ratio | requests/s | p50 | p99 |
| --- | ---: | ---: | ---: |
| gateway / direct | $(ratio "${RPS[gateway]}" "${RPS[direct]}") | $(ratio "${P50[gateway]}" "${P50[direct]}") | $(ratio "${P99[gateway]}" "${P99[direct]}") |
| gateway / nginx | $(ratio "${RPS[gateway]}" "${RPS[nginx]}") | $(ratio "${P50[gateway]}" "${P50[nginx]}") | $(ratio "${P99[gateway]}" "${P99[nginx]}") |
EOF
echo
echo "gateway's Netty fast path (requests taken / passed to Spring Cloud Gateway):" \
  "$(curl -s "$GATEWAY/actuator/prometheus" | awk '/^gateway_fast_path_requests_total/{printf "%s ", $0}')"
