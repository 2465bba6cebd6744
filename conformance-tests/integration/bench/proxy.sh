#!/usr/bin/env bash
# What the validating proxy costs: the reference server called directly and through `conformance.jar proxy`,
# side by side in one run, on loopback, with the same request (a Workspace page of 10 servers, 2.7 KB).
#   (a) a fixed 2,000 requests/s with hey (-c 20 -q 100: the rate is per worker): median and p99, direct vs proxy;
#   (b) unthrottled, 32 connections with wrk: requests/s direct vs proxy, and the ratio.
# Both servers warm up first (the JIT matters: BENCHMARKS.md). Installs hey and wrk with apt-get when missing.
# With HAProxy installed (or HAPROXY=1, which installs it), HAProxy 2.x in HTTP mode, which validates nothing,
# is measured the same way as a baseline: what any proxy hop costs on this machine.
# Usage (from anywhere):  conformance-tests/integration/bench/proxy.sh [--no-build]
# Environment: WARMUP (s, default 40), DURATION (s per measurement, default 20), ROUNDS (default 3),
#   RECORDS (default 1000), PROXY_JAVA_OPTS (default -XX:+UseSerialGC -Xmx256m), PROXY_ARGS (default --strict),
#   HAPROXY (1: install and measure HAProxy; 0: leave it out even when installed).
set -euo pipefail

cd "$(dirname "$0")/../../.."
repo=$(pwd)
WARMUP=${WARMUP:-40}
DURATION=${DURATION:-20}
ROUNDS=${ROUNDS:-3}
RECORDS=${RECORDS:-1000}
read -r -a PROXY_JAVA_OPTS <<< "${PROXY_JAVA_OPTS:--XX:+UseSerialGC -Xmx256m}"
read -r -a PROXY_ARGS <<< "${PROXY_ARGS:---strict}"
SERVER_PORT=18580
PROXY_PORT=18581
HAPROXY_PORT=18582
TOKEN=bench-token
TARGET="/v1/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e/image-servers?limit=10&offset=0"
DIRECT="http://127.0.0.1:$SERVER_PORT$TARGET"
PROXIED="http://127.0.0.1:$PROXY_PORT$TARGET"
BASELINE="http://127.0.0.1:$HAPROXY_PORT$TARGET"
OUT=conformance-tests/integration/target/proxy-bench

if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -B -q -pl server-stub/reference,conformance-tests/kit -am package -DskipTests
fi
tools=(hey wrk)
[[ "${HAPROXY:-}" == 1 ]] && tools+=(haproxy)
for tool in "${tools[@]}"; do
  if ! command -v "$tool" >/dev/null; then
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$tool" >/dev/null
  fi
done
with_haproxy=0
[[ "${HAPROXY:-}" != 0 ]] && command -v haproxy >/dev/null && with_haproxy=1

rm -rf "$OUT" && mkdir -p "$OUT"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

wait_for_200() {
  for _ in $(seq 1 600); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-Auth-Token: $TOKEN" "$1")" == 200 ]] && return 0
    sleep 0.1
  done
  echo "no 200 from $1 within 60 s" >&2
  return 1
}

# The server as docs/reference-server.md and BENCHMARKS.md run it: the class-data-sharing archive, serial GC, a small heap.
java -XX:SharedArchiveFile=server-stub/reference/target/reference-server.jsa -XX:+UseSerialGC -Xmx128m \
  -jar server-stub/reference/target/reference-server.jar --port "$SERVER_PORT" --generate "$RECORDS" --token "$TOKEN" \
  > "$OUT/server.log" 2>&1 &
pids+=($!)
java "${PROXY_JAVA_OPTS[@]}" -jar conformance-tests/kit/target/conformance.jar proxy --all "${PROXY_ARGS[@]}" \
  --upstream "http://127.0.0.1:$SERVER_PORT" --port "$PROXY_PORT" > "$OUT/report.json" 2> "$OUT/proxy.log" &
proxy_pid=$!
pids+=("$proxy_pid")
if [[ "$with_haproxy" == 1 ]]; then
  # Kept-alive, reused upstream connections and a thread per core, like the proxy.
  cat > "$OUT/haproxy.cfg" <<CFG
global
    nbthread 2
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    http-reuse always
frontend proxied
    bind 127.0.0.1:$HAPROXY_PORT
    default_backend server
backend server
    server reference 127.0.0.1:$SERVER_PORT
CFG
  haproxy -f "$OUT/haproxy.cfg" -db > "$OUT/haproxy.log" 2>&1 &
  pids+=($!)
fi
wait_for_200 "$DIRECT"
wait_for_200 "$PROXIED"
[[ "$with_haproxy" == 1 ]] && wait_for_200 "$BASELINE"

echo "load average before the warm-up: $(cut -d' ' -f1-3 /proc/loadavg)"
# Through the proxy warms both JVMs; then the server alone for a while, as the direct runs load it alone.
wrk -t2 -c32 -d"${WARMUP}s" -H "X-Auth-Token: $TOKEN" "$PROXIED" > /dev/null
wrk -t2 -c32 -d10s -H "X-Auth-Token: $TOKEN" "$DIRECT" > /dev/null
[[ "$with_haproxy" == 1 ]] && wrk -t2 -c32 -d10s -H "X-Auth-Token: $TOKEN" "$BASELINE" > /dev/null
hey -z 5s -c 20 -q 100 -H "X-Auth-Token: $TOKEN" "$PROXIED" > /dev/null

# hey_at_rate URL: "median-ms p99-ms requests/s errors" at 2,000 requests/s for DURATION seconds.
hey_at_rate() {
  hey -z "${DURATION}s" -c 20 -q 100 -H "X-Auth-Token: $TOKEN" "$1" | tee -a "$OUT/hey.txt" | awk '
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" && $2 == "in" { p50 = $3 * 1000 }
    $1 == "99%" && $2 == "in" { p99 = $3 * 1000 }
    /^Status code distribution/ { section = "status" } /^Error distribution/ { section = "error" }
    /^ *\[[0-9]+\]/ { n = $1; gsub(/[\[\]]/, "", n); if (section == "error") errors += n; else if ($1 != "[200]") errors += $2 }
    END { printf "%.2f %.2f %.0f %d\n", p50, p99, rps, errors }'
}

# wrk_unthrottled URL: "requests/s p99-ms non-2xx".
wrk_unthrottled() {
  wrk -t2 -c32 -d"${DURATION}s" --latency -H "X-Auth-Token: $TOKEN" "$1" | tee -a "$OUT/wrk.txt" | awk '
    /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF }
    $1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; p99 = v }
    END { printf "%.0f %.2f %d\n", rps, p99, bad }'
}

minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.2f", a - b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo
echo "(a) fixed rate: hey -z ${DURATION}s -c 20 -q 100 (2,000 requests/s); latency in ms, added = through - direct"
header='| round | direct median | proxy median | added | direct p99 | proxy p99 | added |'
rule='|---:|---:|---:|---:|---:|---:|---:|'
if [[ "$with_haproxy" == 1 ]]; then
  header+=' HAProxy median | added | HAProxy p99 | added |'
  rule+='---:|---:|---:|---:|'
fi
echo "$header proxy req/s | errors |"
echo "$rule---:|---:|"
for round in $(seq 1 "$ROUNDS"); do
  read -r d50 d99 drps derr < <(hey_at_rate "$DIRECT")
  read -r p50 p99 prps perr < <(hey_at_rate "$PROXIED")
  row="| $round | $d50 | $p50 | $(minus "$p50" "$d50") | $d99 | $p99 | $(minus "$p99" "$d99") |"
  errors=$((derr + perr))
  if [[ "$with_haproxy" == 1 ]]; then
    read -r h50 h99 hrps herr < <(hey_at_rate "$BASELINE")
    row+=" $h50 | $(minus "$h50" "$d50") | $h99 | $(minus "$h99" "$d99") |"
    errors=$((errors + herr))
  fi
  echo "$row $prps | $errors |"
done

echo
echo "(b) unthrottled: wrk -t2 -c32 -d${DURATION}s; requests/s, p99 in ms"
header='| round | direct req/s | proxy req/s | proxy / direct | direct p99 | proxy p99 |'
rule='|---:|---:|---:|---:|---:|---:|'
if [[ "$with_haproxy" == 1 ]]; then
  header+=' HAProxy req/s | HAProxy / direct |'
  rule+='---:|---:|'
fi
echo "$header non-2xx |"
echo "$rule---:|"
for round in $(seq 1 "$ROUNDS"); do
  read -r drps dp99 dbad < <(wrk_unthrottled "$DIRECT")
  read -r prps pp99 pbad < <(wrk_unthrottled "$PROXIED")
  row="| $round | $drps | $prps | $(ratio "$prps" "$drps") | $dp99 | $pp99 |"
  bad=$((dbad + pbad))
  if [[ "$with_haproxy" == 1 ]]; then
    read -r hrps hp99 hbad < <(wrk_unthrottled "$BASELINE")
    row+=" $hrps | $(ratio "$hrps" "$drps") |"
    bad=$((bad + hbad))
  fi
  echo "$row $bad |"
done

# The proxy validated every exchange and saw no violation: its report, served and on SIGTERM.
curl -s "http://127.0.0.1:$PROXY_PORT/__conformance/report" > "$OUT/served-report.json"
kill -TERM "$proxy_pid"
status=0
wait "$proxy_pid" || status=$?
pids=("${pids[@]/$proxy_pid}")
echo
echo "proxy: $(tail -n 1 "$OUT/proxy.log"), exit status $status; report in $OUT/report.json"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ "$status" == 0 ]]
