#!/usr/bin/env bash
# bench/gateway/trivial.sh — the gateway's own cost per request, with nothing else in the way:
# the same authenticated GET through
#   (a) the gateway (this worktree's jar, started here)  → a trivial backend (nginx `return 200`)
#   (b) nginx proxying                                   → the same trivial backend
# plus (c) the gateway's own /actuator/health without a token, all with the same wrk settings, in one run.
# Needs no node: the issuer is a static file server (python3) serving a JWKS made by BenchTokens.java,
# which also signs the token sent on every request (RS256, audience smenet, the node's claims).
#
# Needs: the gateway jar (./mvnw -pl gateway -am verify), java 17, wrk, nginx, curl, python3, unzip.
# Everything listens on 127.0.0.1 on non-default ports and is stopped at the end.
#
# Environment (all optional):
#   THREADS (2)  CONNECTIONS (32)  DURATION (20s)  WARMUP (20s)  ROUNDS (1)   wrk settings; ROUNDS>1 alternates
#   GATEWAY_PORT (18080)  BACKEND_PORT (18090)  NGINX_PORT (18091)  ISSUER_PORT (18092)
#   JAR (gateway/target/gateway-0.1.0-SNAPSHOT.jar)
#   GATEWAY_JAVA_OPTS (-Xms384m -Xmx384m -XX:+UseParallelGC)   JVM flags of the gateway (full JIT)
#   GATEWAY_ARGS     extra Spring arguments for the gateway, e.g. --smenet.gateway.verified-token-cache-size=0
#   BASELINE_JAR     a second gateway jar (e.g. an older build) started beside the first on GATEWAY_PORT+1 and
#                    measured in the same rounds, as row "baseline", for a before/after in one run
#   BASELINE_JAVA_OPTS   JVM flags of the baseline gateway (default: GATEWAY_JAVA_OPTS); with BASELINE_JAR=$JAR
#                    this compares JVM flags, e.g. the launcher's -XX:TieredStopAtLevel=1
#   BASELINE_ARGS    extra Spring arguments for the baseline only; BASELINE_JAR=$JAR
#                    BASELINE_ARGS=--smenet.gateway.fast-path.enabled=false compares the Netty fast path on/off
#   PROFILE=1        record a JFR profile of the gateway during its (first) measured run, kept in the temp dir
#   KEEP=1           keep the temp dir (nginx config, gateway log, raw wrk outputs, profile)
set -euo pipefail

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-20s}"
ROUNDS="${ROUNDS:-1}"
GATEWAY_PORT="${GATEWAY_PORT:-18080}"
BACKEND_PORT="${BACKEND_PORT:-18090}"
NGINX_PORT="${NGINX_PORT:-18091}"
ISSUER_PORT="${ISSUER_PORT:-18092}"
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="${JAR:-$HERE/../../gateway/target/gateway-0.1.0-SNAPSHOT.jar}"
GATEWAY_JAVA_OPTS="${GATEWAY_JAVA_OPTS:--Xms384m -Xmx384m -XX:+UseParallelGC}"
GATEWAY_ARGS="${GATEWAY_ARGS:-}"
BENCH_PATH=/api/registry/enterprises/bench

die()  { printf 'error: %s\n' "$*" >&2; exit 1; }
warn() { printf 'warning: %s\n' "$*" >&2; }
info() { printf '==> %s\n' "$*" >&2; }

for tool in java wrk nginx curl python3 unzip; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found (apt-get install -y wrk nginx curl python3 unzip)"
done
[[ -f "$JAR" ]] || die "no gateway jar at $JAR (./mvnw -B -pl gateway -am verify)"
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$GATEWAY_PORT" "$BACKEND_PORT" "$NGINX_PORT" "$ISSUER_PORT"; do
  [[ "$port" =~ ^[0-9]+$ ]] || die "ports must be numbers"
  ! listening "$port" || die "port $port is taken; choose others (see the header of this script)"
done

WORK="$(mktemp -d /tmp/bench-gateway-trivial.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    fi
  done
  if [[ "${KEEP:-}" == 1 || "${PROFILE:-}" == 1 ]]; then info "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

await_port() {
  local port="$1" pid="$2" what="$3" tries="${4:-100}"
  for _ in $(seq 1 "$tries"); do
    listening "$port" && return 0
    kill -0 "$pid" 2>/dev/null || die "$what exited (see $WORK)"
    sleep 0.2
  done
  die "$what did not listen on $port"
}

# ------------------------------------------------------------------------------------------ issuer, token
ISSUER="http://127.0.0.1:$ISSUER_PORT"
mkdir -p "$WORK/issuer" "$WORK/lib"
unzip -q -j -o "$JAR" 'BOOT-INF/lib/nimbus-jose-jwt-*.jar' -d "$WORK/lib"
TOKEN="$(java -cp "$WORK/lib/*" "$HERE/BenchTokens.java" "$WORK/issuer" "$ISSUER")"
python3 -m http.server "$ISSUER_PORT" --bind 127.0.0.1 --directory "$WORK/issuer" >"$WORK/issuer.log" 2>&1 &
PIDS+=($!)
await_port "$ISSUER_PORT" "$!" "issuer (python3 http.server)"
AUTH=(-H "Authorization: Bearer $TOKEN")

# ------------------------------------------------------------------------------------------ nginx: backend + proxy
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
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
  keepalive_requests 1000000;
  # the trivial backend: what any service would be if it cost nothing
  server {
    listen 127.0.0.1:$BACKEND_PORT;
    default_type application/json;
    location / { return 200 '{"ok":true}'; }
  }
  upstream backend { server 127.0.0.1:$BACKEND_PORT; keepalive 64; }
  # nginx as the reference proxy in front of the same backend
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://backend;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' >"$WORK/nginx/logs/stdout.log" 2>&1 &
PIDS+=($!)
await_port "$NGINX_PORT" "$!" nginx

# ------------------------------------------------------------------------------------------ the gateway(s)
start_gateway() {
  local jar="$1" port="$2" log="$3" opts="$4" args="${5:-$GATEWAY_ARGS}"
  # shellcheck disable=SC2086
  SMENET_ISSUER_URI="$ISSUER" SMENET_REGISTRY_URI="http://127.0.0.1:$BACKEND_PORT" \
    java $opts -jar "$jar" --server.port="$port" \
    --smenet.gateway.rate-limit.replenish-rate=1000000 --smenet.gateway.rate-limit.burst-capacity=1000000 \
    --smenet.gateway.rate-limit.redis-url= $args >"$log" 2>&1 &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
}
start_gateway "$JAR" "$GATEWAY_PORT" "$WORK/gateway.log" "$GATEWAY_JAVA_OPTS"
GATEWAY_PID=$STARTED_PID
BASELINE_PID=""
if [[ -n "${BASELINE_JAR:-}" ]]; then
  [[ -f "$BASELINE_JAR" ]] || die "no jar at $BASELINE_JAR"
  ! listening $((GATEWAY_PORT + 1)) || die "port $((GATEWAY_PORT + 1)) is taken"
  start_gateway "$BASELINE_JAR" $((GATEWAY_PORT + 1)) "$WORK/baseline.log" "${BASELINE_JAVA_OPTS:-$GATEWAY_JAVA_OPTS}" \
    "$GATEWAY_ARGS ${BASELINE_ARGS:-}"
  BASELINE_PID=$STARTED_PID
  await_port $((GATEWAY_PORT + 1)) "$BASELINE_PID" "baseline gateway" 900
fi
await_port "$GATEWAY_PORT" "$GATEWAY_PID" gateway 900
info "gateway (pid $GATEWAY_PID) on :$GATEWAY_PORT, nginx on :$NGINX_PORT, backend :$BACKEND_PORT, issuer :$ISSUER_PORT"

GATEWAY="http://127.0.0.1:$GATEWAY_PORT"
BASELINE="http://127.0.0.1:$((GATEWAY_PORT + 1))"
NGINX="http://127.0.0.1:$NGINX_PORT"
TARGETS=("$GATEWAY$BENCH_PATH" "$NGINX$BENCH_PATH")
[[ -z "$BASELINE_PID" ]] || TARGETS+=("$BASELINE$BENCH_PATH")
for url in "${TARGETS[@]}"; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" "$url")"
  [[ "$code" == 200 ]] || die "GET $url answered $code before the benchmark started (see $WORK/gateway.log)"
done
code="$(curl -s -o /dev/null -w '%{http_code}' "$GATEWAY$BENCH_PATH")"
[[ "$code" == 401 ]] || die "the gateway let a request without a token through ($code): not measuring token validation"

# ------------------------------------------------------------------------------------------ runs
to_ms() { awk -v v="$1" 'BEGIN{
  n=v+0; u=v; sub(/^[0-9.]+/,"",u)
  if(u=="us") n/=1000; else if(u=="s") n*=1000; else if(u=="m") n*=60000
  printf "%.2f", n }'; }

ROWS=()
PROFILED=""
TICKS="$(getconf CLK_TCK)"
cpu_ticks() { [[ -n "$1" ]] && awk '{print $14+$15}' "/proc/$1/stat" || echo 0; }
run() {
  local name="$1" url="$2" round="$3" pid="$4" out="$WORK/wrk-$1-$3.txt"
  shift 4
  if [[ "$WARMUP" != 0 && "$WARMUP" != 0s && "$round" == 1 ]]; then
    info "$name: warm-up $WARMUP"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >/dev/null
  fi
  if [[ "${PROFILE:-}" == 1 && "$name" == gateway && -z "$PROFILED" ]]; then
    # JFR's profile settings themselves cost this workload a lot: read the profile's proportions, not its run's numbers
    jcmd "$GATEWAY_PID" JFR.start name=bench settings=profile filename="$WORK/gateway.jfr" >/dev/null
    PROFILED=1
  fi
  info "$name (round $round): wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $url"
  local c0 c1; c0="$(cpu_ticks "$pid")"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$out"
  c1="$(cpu_ticks "$pid")"
  if [[ "$PROFILED" == 1 ]]; then
    jcmd "$GATEWAY_PID" JFR.stop name=bench >/dev/null
    PROFILED=done
    info "profile: $WORK/gateway.jfr"
  fi
  local rps p50 p99 bad
  rps="$(awk '/^Requests\/sec:/{print $2}' "$out")"
  p50="$(to_ms "$(awk '$1=="50%"{print $2; exit}' "$out")")"
  p99="$(to_ms "$(awk '$1=="99%"{print $2; exit}' "$out")")"
  bad="$(awk '/Non-2xx or 3xx responses:/{print $NF}' "$out")"
  bad="${bad:-0}"
  local errors; errors="$(grep -E '^ *Socket errors:' "$out" || true)"
  [[ -z "$errors" ]] || warn "$name:$errors"
  [[ "$bad" == 0 ]] || warn "$name: $bad non-2xx answers; its numbers do not measure the same thing"
  local total; total="$(awk '/requests in/{print $1}' "$out")"
  local cpu="n/a"
  [[ -z "$pid" ]] || cpu="$(awk -v c=$((c1 - c0)) -v t="$TICKS" -v n="$total" 'BEGIN{printf "%.3f", c/t*1000/n}')"
  ROWS+=("| $name | $round | $rps | $p50 | $p99 | $bad | $cpu | $(cut -d' ' -f1 /proc/loadavg) |")
  eval "RPS_${name//-/_}_$round=$rps"
}

for round in $(seq 1 "$ROUNDS"); do
  run gateway "$GATEWAY$BENCH_PATH" "$round" "$GATEWAY_PID" "${AUTH[@]}"
  run nginx "$NGINX$BENCH_PATH" "$round" "" "${AUTH[@]}"
  [[ -z "$BASELINE_PID" ]] || run baseline "$BASELINE$BENCH_PATH" "$round" "$BASELINE_PID" "${AUTH[@]}"
  run gateway-health "$GATEWAY/actuator/health" "$round" "$GATEWAY_PID"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if(b+0==0) print "n/a"; else printf "%.2f", a/b }'; }

cat <<EOF

GET $BENCH_PATH with a bearer token (gateway-health: GET /actuator/health, no token),
wrk -t$THREADS -c$CONNECTIONS -d$DURATION, warm-up $WARMUP, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg),
gateway JVM: $GATEWAY_JAVA_OPTS $GATEWAY_ARGS, $(date -u +%Y-%m-%dT%H:%MZ)

gateway CPU: the gateway process's user+system CPU time during the run divided by the requests served
(robust to other load on the machine, unlike requests/s); load: 1-minute load average after the run.

| path | round | requests/s | p50 (ms) | p99 (ms) | non-2xx | gateway CPU (ms/request) | load |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
EOF
printf '%s\n' "${ROWS[@]}"
echo
echo "| round | gateway / nginx (requests/s) |"
echo "| ---: | ---: |"
for round in $(seq 1 "$ROUNDS"); do
  g="RPS_gateway_$round"; n="RPS_nginx_$round"
  echo "| $round | $(ratio "${!g}" "${!n}") |"
done
if [[ -n "$BASELINE_PID" ]]; then
  echo
  echo "baseline: $BASELINE_JAR on :$((GATEWAY_PORT + 1)), JVM: ${BASELINE_JAVA_OPTS:-$GATEWAY_JAVA_OPTS}, arguments: $GATEWAY_ARGS ${BASELINE_ARGS:-}"
fi
fast_path() { curl -s "$1/actuator/prometheus" | awk '/^gateway_fast_path_requests_total/{printf "%s ", $0}'; }
echo
echo "gateway's Netty fast path (requests taken / passed to Spring Cloud Gateway): $(fast_path "$GATEWAY")"
[[ -z "$BASELINE_PID" ]] || echo "baseline's: $(fast_path "$BASELINE")"

echo
echo "gateway resident memory after the runs: $(awk '/VmRSS/{printf "%d MB", $2/1024}' "/proc/$GATEWAY_PID/status")"
