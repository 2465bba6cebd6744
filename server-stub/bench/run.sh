#!/usr/bin/env bash
# Benchmarks the reference server against a Prism mock of the same bundled spec, per API, on loopback.
# Usage: server-stub/bench/run.sh   (from anywhere; builds the jar and bundles when they are missing)
# Environment: DURATION (default 10s), WARMUP (default 30s), COLD_STARTS (default 3), SETTLE (seconds of
# quiet after the set-up, before the cold starts; default 5), SERVER_JAVA_OPTS (default: the jar's CDS
# archive, SerialGC, -Xmx128m).
# Prints the reference server's cold start per API (process start to first 200 on the API's URL, median
# of COLD_STARTS starts, all measured before any load), then one table row per API: requests/s and p99
# latency of both servers under `wrk -t2 -c32 -d10s --latency` after a WARMUP-long wrk run of the same
# kind (on 2 cores shared with wrk, the server's JIT needs about half a minute of load to finish
# compiling), and the server's peak RSS under load.
set -euo pipefail
cd "$(dirname "$0")"
bench_dir=$(pwd)
repo=$(cd ../.. && pwd)
source ./common.sh

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-30s}
COLD_STARTS=${COLD_STARTS:-3}
SETTLE=${SETTLE:-5}
SERVER_PORT=18480
PRISM_PORT=18481

if ! command -v wrk >/dev/null; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk
fi
npm ci --no-audit --no-fund --silent
if [ ! -f "$repo/server-stub/reference/target/reference-server.jsa" ] || [ ! -d "$repo/specs/target/openapi" ]; then
  (cd "$repo" && ./mvnw -B -q -pl server-stub/reference -am -DskipTests package)
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

# peak_rss_mb PID SECONDS: samples the resident set every 0.2 s.
peak_rss_mb() {
  local pid=$1 seconds=$2 peak=0 rss
  for _ in $(seq 1 $((seconds * 5))); do
    rss=$(ps -o rss= -p "$pid" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss
    sleep 0.2
  done
  echo $((peak / 1024))
}

# start_measured_server: start_server on SERVER_PORT, stopped at exit.
start_measured_server() {
  start_server "$SERVER_PORT"
  pids+=("$server")
}

stop() {
  kill "$1"; wait "$1" 2>/dev/null || true
}

echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
# Cold starts first, on a machine that no load run has heated yet: COLD_STARTS per API, reported as
# "median (min-max)".
sleep "$SETTLE"
declare -A COLD
for api in modelarts workspace hss swr; do
  colds=()
  for _ in $(seq 1 "$COLD_STARTS"); do
    start=$(now_ms)
    start_measured_server
    wait_for_200 "http://127.0.0.1:$SERVER_PORT${PATHS[$api]}" "${CURL_HEADERS[@]}"
    colds+=($(( $(now_ms) - start )))
    stop "$server"
  done
  COLD[$api]=$(printf '%s\n' "${colds[@]}" | sort -n \
    | awk '{ v[NR] = $1 } END { printf "%s (%s-%s)", v[int((NR + 1) / 2)], v[1], v[NR] }')
done

printf '| API | server req/s | server p99 ms | Prism req/s | Prism p99 ms | speed-up | cold start ms, median (min-max) | peak RSS MB |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n'
for api in modelarts workspace hss swr; do
  url="http://127.0.0.1:$SERVER_PORT${PATHS[$api]}"
  start_measured_server
  wait_for_200 "$url" "${CURL_HEADERS[@]}"
  run_wrk "$WARMUP" "$url" "${HEADERS[@]}" >/dev/null # warm-up: let the JIT compile
  peak_rss_mb "$server" "${DURATION%s}" > "$bench_dir/.rss" &
  rss_sampler=$!
  read -r server_rps server_p99 < <(run_wrk "$DURATION" "$url" "${HEADERS[@]}")
  wait "$rss_sampler"
  rss=$(cat "$bench_dir/.rss"); rm -f "$bench_dir/.rss"
  stop "$server"

  url="http://127.0.0.1:$PRISM_PORT${PATHS[$api]}"
  node_modules/.bin/prism mock -h 127.0.0.1 -p "$PRISM_PORT" "$repo/specs/target/openapi/$api.yaml" >/dev/null 2>&1 &
  prism=$!
  pids+=("$prism")
  wait_for_200 "$url" "${CURL_HEADERS[@]}"
  run_wrk "$WARMUP" "$url" "${HEADERS[@]}" >/dev/null # warm-up, as for the server
  read -r prism_rps prism_p99 < <(run_wrk "$DURATION" "$url" "${HEADERS[@]}")
  stop "$prism"

  speedup=$(awk -v a="$server_rps" -v b="$prism_rps" 'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$api" "$server_rps" "$server_p99" "$prism_rps" \
    "$prism_p99" "$speedup" "${COLD[$api]}" "$rss"
done
