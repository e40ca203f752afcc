#!/usr/bin/env python3
"""Time from a registry write to the new suggestion being readable, on a running node (./smenet up).

For each of N rounds: register a buyer and then a supplier that complements it (a random
pair of real HS subheadings per round) (as sme-cl, through
the gateway), and poll the buyer's partners until the grower is listed; the clock starts when the
grower's registration answered 201. Usage: bench/matchmaking/event-to-readable.py 100
"""
import json, time, urllib.request, urllib.error, random, sys
def call(method, url, token, body=None):
    req = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read())
tok = json.loads(urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:9000/oauth2/token",
    data=b"grant_type=password&username=sme-cl&password=demo&scope=smenet",
    headers={"Authorization": "Basic Y2xpOmNsaS1zZWNyZXQ=", "Content-Type": "application/x-www-form-urlencoded"})).read())["access_token"]
G = "http://127.0.0.1:8080"
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "../../services/kit/src/main/resources/reference-data/hs2022.csv")) as f:
    SUBHEADINGS = [row[1] for row in csv.reader(f) if len(row) > 1 and len(row[1]) == 6 and row[1].isdigit()]
lat = []
n = int(sys.argv[1])
for i in range(n):
    tag = "%05d" % random.randint(0, 99999)
    goods, machine = random.sample(SUBHEADINGS, 2)  # a pair of its own: no earlier round ties with it
    a = call("POST", G + "/api/registry/enterprises", tok, {"registrationNumber": "LAT-A-" + tag, "legalName": "Latency Tea Buyer " + tag,
        "sizeClass": "SMALL", "isicCodes": ["4630"], "hsOffered": [machine], "hsSought": [goods], "publicProfile": True,
        "cooperationSought": ["SUPPLY"], "targetEconomies": ["PE"]})
    b = call("POST", G + "/api/registry/enterprises", tok, {"registrationNumber": "LAT-B-" + tag, "legalName": "Latency Tea Grower " + tag,
        "sizeClass": "SMALL", "isicCodes": ["0127"], "hsOffered": [goods], "hsSought": [machine], "publicProfile": True,
        "cooperationOffered": ["SUPPLY"]})
    t0 = time.monotonic()
    while True:
        try:
            items = call("GET", G + "/api/matchmaking/enterprises/%s/partners?size=100" % a["id"], tok)["items"]
        except urllib.error.HTTPError as e:
            if e.code != 404:
                raise
            items = []
        if any(p["enterpriseId"] == b["id"] for p in items):
            break
        if time.monotonic() - t0 > 30:
            raise SystemExit("not readable after 30 s")
        time.sleep(0.01)
    lat.append((time.monotonic() - t0) * 1000)
lat.sort()
print("n=%d p50=%.0f ms p90=%.0f ms p99=%.0f ms max=%.0f ms" % (n, lat[len(lat)//2], lat[int(len(lat)*0.9)-1], lat[max(0, int(len(lat)*0.99)-1)], lat[-1]))
