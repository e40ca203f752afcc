#!/usr/bin/env python3
"""bench/opportunities/run.py — end-to-end latency of the opportunity feed's webhooks.

Opportunities are published through the gateway at a steady rate while 1,000 subscriptions exist
(990 feed subscriptions with assorted filters, 10 webhooks on a receiver in this process). For every
webhook delivery: latency = receipt at the receiver − arrival of the publication POST's response
(same process, one monotonic clock). Per rate: p50, p99, max, deliveries received / expected.
Then the highest rate whose p99 stayed under 100 ms.

Needs a running node (./smenet up) with the opportunities service started with
SMENET_WEBHOOKS_ALLOW_INSECURE_LOCAL=true (the receiver is http on 127.0.0.1) and the gateway's rate
limit raised (see README.md). Only targets this machine. Python 3 standard library only.

CPU: because the machine is shared, the script also reads the CPU time (user + system, /proc/<pid>/stat)
that each node process listed in .run/pids/ (opportunities, kafka, docstore, gateway, ...) spent during each
rate's run, and prints it per publication and per webhook delivery: the figure that does not depend on what
else the machine is doing. The load average at the start and end of each rate is printed beside it.

Environment: GATEWAY (http://127.0.0.1:8080), ISSUER (http://127.0.0.1:9000), RATES (1,2,5,10,20,40),
DURATION (20 s per rate), SUBSCRIPTIONS (1000), WEBHOOKS (10), RECEIVER_PORT (0: any).
"""
import base64
import http.server
import json
import os
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

GATEWAY = os.environ.get("GATEWAY", "http://127.0.0.1:8080")
ISSUER = os.environ.get("ISSUER", "http://127.0.0.1:9000")
RATES = [float(r) for r in os.environ.get("RATES", "1,2,5,10,20,40").split(",")]
DURATION = float(os.environ.get("DURATION", "20"))
SUBSCRIPTIONS = int(os.environ.get("SUBSCRIPTIONS", "1000"))
WEBHOOKS = int(os.environ.get("WEBHOOKS", "10"))

for url in (GATEWAY, ISSUER):
    host = urllib.parse.urlparse(url).hostname
    if not (host.startswith("127.") or host in ("localhost", "::1")):
        sys.exit(f"refusing non-local target {url}")

PIDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".run", "pids")
TICK = os.sysconf("SC_CLK_TCK")


def node_cpu():
    """CPU seconds (user + system) each node process has used so far, by name from .run/pids/<name>.pid."""
    used = {}
    if not os.path.isdir(PIDS):
        return used
    for name in sorted(os.listdir(PIDS)):
        if not name.endswith(".pid"):
            continue
        try:
            with open(os.path.join(PIDS, name)) as f:
                pid = f.read().strip()
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            used[name[:-4]] = (int(fields[11]) + int(fields[12])) / TICK
        except (OSError, ValueError, IndexError):
            pass
    return used


def own_cpu():
    t = os.times()
    return t.user + t.system


def loadavg():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


received = {}          # opportunity id -> list of receipt times (perf_counter)
received_ids = set()   # (webhook path, event id) to count duplicates
duplicates = [0]
lock = threading.Lock()


class Receiver(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_OPTIONS(self):  # CloudEvents abuse-protection handshake
        self.send_response(200)
        self.send_header("WebHook-Allowed-Origin", "*")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        at = time.perf_counter()
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()
        event = json.loads(body)
        with lock:
            key = (self.path, self.headers.get("webhook-id"))
            if key in received_ids:
                duplicates[0] += 1
                return
            received_ids.add(key)
            received.setdefault(event["subject"], []).append(at)

    def log_message(self, *args):
        pass


def token(form, basic):
    request = urllib.request.Request(ISSUER + "/oauth2/token", data=urllib.parse.urlencode(form).encode(),
                                     headers={"Authorization": "Basic " + base64.b64encode(basic.encode()).decode()})
    return json.load(urllib.request.urlopen(request, timeout=10))["access_token"]


def call(method, path, bearer, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(GATEWAY + path, data=data, method=method,
                                     headers={"Authorization": "Bearer " + bearer, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")


def draft(bearer, i, deadline):
    status, body = call("POST", "/api/opportunities/opportunities", bearer, {
        "kind": "BUY_REQUEST", "title": f"Bench green coffee {i}", "description": "Benchmark opportunity",
        "hsCodes": ["090111"], "isicCodes": ["1079"], "targetEconomies": ["PE"], "deadline": deadline,
        "networkVisible": True})
    if status != 201:
        raise SystemExit(f"draft failed: {status} {body}")
    return body


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(os.environ.get("RECEIVER_PORT", "0"))), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    receiver = f"http://127.0.0.1:{server.server_address[1]}"

    admin = token({"grant_type": "password", "username": "admin-cl", "password": "demo", "scope": "smenet"}, "cli:cli-secret")
    focal = token({"grant_type": "password", "username": "focal-cl", "password": "demo", "scope": "smenet"}, "cli:cli-secret")
    agency = token({"grant_type": "client_credentials", "scope": "smenet"}, "agency-cl:agency-cl-secret")

    # the focal point must be designated (trade development) before it publishes directly
    status, body = call("POST", "/api/registry/focal-points", admin, {
        "name": "Bench trade desk", "kind": "SME_CENTRE", "functions": ["TRADE_DEVELOPMENT", "ENTERPRISE_COOPERATION"],
        "org": "org-cl-fp-1", "contacts": [{"name": "Desk", "email": "desk@bench.example"}]})
    print(f"designation of org-cl-fp-1: {status}", file=sys.stderr)
    deadline = (datetime.now(timezone.utc) + timedelta(days=60)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for _ in range(60):
        status, _ = call("GET", "/api/opportunities/opportunities?status=DRAFT&size=1", focal)
        try:
            draft(focal, -1, deadline)
            break
        except SystemExit:
            time.sleep(1)  # the designation has not reached the opportunities service yet
    else:
        raise SystemExit("org-cl-fp-1 never became a designated focal point in the opportunities service")

    # 1,000 subscriptions: 10 webhooks that match the bench opportunities, the rest assorted feeds
    kinds = ["SELL_OFFER", "PARTNERSHIP", "TENDER", "TECHNOLOGY_OFFER", "INVESTMENT_SEEKING", "BUY_REQUEST"]
    chapters = ["01", "02", "03", "08", "09", "10", "20", "22", "61", "84", "85", "87"]
    def subscribe(i):
        if i < WEBHOOKS:
            body = {"channel": "WEBHOOK", "webhookUrl": f"{receiver}/hook/{i}", "kinds": ["BUY_REQUEST"], "hsPrefixes": ["09"]}
        else:
            body = {"channel": "FEED", "kinds": [kinds[i % len(kinds)]], "hsPrefixes": [chapters[i % len(chapters)]],
                    "originEconomies": ["CL", "PE"][: 1 + i % 2]}
        status, answer = call("POST", "/api/opportunities/subscriptions", agency, body)
        if status != 201:
            raise SystemExit(f"subscription {i} failed: {status} {answer}")
    started = time.perf_counter()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(subscribe, range(SUBSCRIPTIONS)))
    print(f"{SUBSCRIPTIONS} subscriptions ({WEBHOOKS} webhooks) in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    results = []
    cpu_rows = []
    for rate in RATES:
        count = max(1, int(rate * DURATION))
        ids = [draft(focal, i, deadline)["id"] for i in range(count)]
        cpu_before, own_before, load_before = node_cpu(), own_cpu(), loadavg()
        published_at = {}
        interval = 1.0 / rate
        start = time.perf_counter()
        def publish(k, opportunity):
            target = start + k * interval
            delay = target - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            status, body = call("POST", f"/api/opportunities/opportunities/{opportunity}/publication", focal)
            published_at[opportunity] = time.perf_counter()
            if status != 200:
                print(f"publication failed: {status} {body}", file=sys.stderr)
        with ThreadPoolExecutor(max(4, int(rate))) as pool:
            list(pool.map(lambda kv: publish(*kv), enumerate(ids)))
        behind = time.perf_counter() - start - DURATION
        wait_until = time.perf_counter() + 30
        while time.perf_counter() < wait_until:
            with lock:
                if all(len(received.get(o, [])) >= WEBHOOKS for o in ids):
                    break
            time.sleep(0.2)
        cpu_after, own_after, load_after = node_cpu(), own_cpu(), loadavg()
        cpu = {name: cpu_after[name] - cpu_before[name] for name in cpu_after if name in cpu_before}
        cpu["bench script"] = own_after - own_before
        with lock:
            latencies = sorted((t - published_at[o]) * 1000 for o in ids for t in received.get(o, []) if o in published_at)
        expected = len(ids) * WEBHOOKS
        p50 = statistics.median(latencies) if latencies else float("nan")
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else float("nan")
        results.append((rate, len(ids), len(latencies), expected, p50, p99, max(latencies or [float("nan")]), behind))
        cpu_rows.append((rate, len(ids), len(latencies), cpu, load_before, load_after))
        print(f"rate {rate}/s: {len(latencies)}/{expected} deliveries, p50 {p50:.1f} ms, p99 {p99:.1f} ms", file=sys.stderr)

    print("| rate (publications/s) | published | deliveries received / expected | p50 ms | p99 ms | max ms |")
    print("| --- | --- | --- | --- | --- | --- |")
    for rate, n, got, expected, p50, p99, worst, behind in results:
        print(f"| {rate:g} | {n} | {got} / {expected} | {p50:.1f} | {p99:.1f} | {worst:.1f} |")
    names = sorted({name for row in cpu_rows for name in row[3]})
    print()
    print("CPU time (user + system) per publication, ms, by process; per webhook delivery in parentheses:")
    print()
    print("| rate | load avg (start → end) | " + " | ".join(names) + " | node total |")
    print("| --- | --- | " + " | ".join("---" for _ in names) + " | --- |")
    for rate, n, got, cpu, before, after in cpu_rows:
        cells = [f"{cpu.get(name, 0) * 1000 / n:.1f} ({cpu.get(name, 0) * 1000 / max(got, 1):.2f})" for name in names]
        node = sum(v for k, v in cpu.items() if k != "bench script")
        print(f"| {rate:g} | {before} → {after} | " + " | ".join(cells) + f" | {node * 1000 / n:.1f} ({node * 1000 / max(got, 1):.2f}) |")
    ok = [r for r in results if r[5] < 100 and r[2] == r[3]]
    print()
    print(f"highest sustained rate with p99 < 100 ms and every delivery received: "
          f"{max(r[0] for r in ok):g}/s" if ok else "no rate kept p99 under 100 ms")
    print(f"duplicate deliveries seen by the receiver: {duplicates[0]}")


if __name__ == "__main__":
    main()
