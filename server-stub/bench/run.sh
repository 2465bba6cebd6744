#!/usr/bin/env bash
# Benchmarks the reference server against a Prism mock of the same bundled spec, per API, on loopback.
# Usage: server-stub/bench/run.sh   (from anywhere; builds the jar and bundles when they are missing)
# Environment: DURATION (default 10s), SERVER_JAVA_OPTS (default: the jar's CDS archive, SerialGC, -Xmx128m).
# Prints one table row per API: requests/s and p99 latency of both servers under
# `wrk -t2 -c32 -d10s --latency` (after one warm-up run of the same length), the reference server's
# cold start (process start to first 200 on the measured URL) and its peak RSS under load.
set -euo pipefail
cd "$(dirname "$0")"
bench_dir=$(pwd)
repo=$(cd ../.. && pwd)

DURATION=${DURATION:-10s}
SERVER_PORT=18480
PRISM_PORT=18481
TOKEN=bench-token
# JVM flags of the measured server: the class-data-sharing archive the build writes next to the jar
# (a fast cold start), and a capped heap so that the resident set stays small.
read -r -a SERVER_JAVA_OPTS <<< "${SERVER_JAVA_OPTS:--XX:SharedArchiveFile=$repo/server-stub/target/server-stub.jsa -XX:+UseSerialGC -Xmx128m}"

if ! command -v wrk >/dev/null; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk
fi
npm ci --no-audit --no-fund --silent
if [ ! -f "$repo/server-stub/target/server-stub.jsa" ] || [ ! -d "$repo/specs/target/openapi" ]; then
  (cd "$repo" && ./mvnw -B -q -pl server-stub -am -DskipTests package)
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

# wait_for_200 URL [curl args...]: polls for at most 30 s; fails when the URL never answers 200.
wait_for_200() {
  local url=$1; shift
  for _ in $(seq 1 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")" = 200 ]; then
      return 0
    fi
    sleep 0.01
  done
  echo "no 200 from $url within 30 s" >&2
  return 1
}

# run_wrk URL HEADER...: prints "requests/s p99-ms".
run_wrk() {
  local url=$1; shift
  local args=()
  for header in "$@"; do args+=(-H "$header"); done
  wrk -t2 -c32 -d"$DURATION" --latency "${args[@]}" "$url" | awk '
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; p99 = v }
    END { printf "%.0f %.2f\n", rps, p99 }'
}

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

# The doc example request of each API.
declare -A PATHS=(
  [modelarts]="/v1/0123456789abcdef/images/group?type=DEDICATED"
  [workspace]="/v1/a4da8115c9d8464ead3a38309130523f/image-servers?limit=10&offset=0"
  [hss]="/v5/0123456789abcdef/image/0f5e3b6a9c1d4e7f/basic-image?offset=0&limit=200&image_type=private_image&namespace=scc_hss_container&image_name=proxy-agent&image_version=24.5.0-x86_64&enterprise_project_id=all_granted_eps"
  [swr]="/v2/manage/shared-repositories?center=self&namespace=namespace"
)
HEADERS=("X-Auth-Token: $TOKEN" "region: cn-north-4" "Content-Type: application/json")
CURL_HEADERS=(-H "X-Auth-Token: $TOKEN" -H "region: cn-north-4")

printf '| API | server req/s | server p99 ms | Prism req/s | Prism p99 ms | speed-up | cold start ms | peak RSS MB |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n'
for api in modelarts workspace hss swr; do
  path=${PATHS[$api]}

  start=$(now_ms)
  java "${SERVER_JAVA_OPTS[@]}" -jar "$repo/server-stub/target/server-stub.jar" --port "$SERVER_PORT" --token "$TOKEN" >/dev/null 2>&1 &
  server=$!
  pids+=("$server")
  wait_for_200 "http://127.0.0.1:$SERVER_PORT$path" "${CURL_HEADERS[@]}"
  cold=$(( $(now_ms) - start ))
  run_wrk "http://127.0.0.1:$SERVER_PORT$path" "${HEADERS[@]}" >/dev/null # warm-up: let the JIT compile
  peak_rss_mb "$server" "${DURATION%s}" > "$bench_dir/.rss" &
  rss_sampler=$!
  read -r server_rps server_p99 < <(run_wrk "http://127.0.0.1:$SERVER_PORT$path" "${HEADERS[@]}")
  wait "$rss_sampler"
  rss=$(cat "$bench_dir/.rss"); rm -f "$bench_dir/.rss"
  kill "$server"; wait "$server" 2>/dev/null || true

  node_modules/.bin/prism mock -h 127.0.0.1 -p "$PRISM_PORT" "$repo/specs/target/openapi/$api.yaml" >/dev/null 2>&1 &
  prism=$!
  pids+=("$prism")
  wait_for_200 "http://127.0.0.1:$PRISM_PORT$path" "${CURL_HEADERS[@]}"
  run_wrk "http://127.0.0.1:$PRISM_PORT$path" "${HEADERS[@]}" >/dev/null # warm-up, as for the server
  read -r prism_rps prism_p99 < <(run_wrk "http://127.0.0.1:$PRISM_PORT$path" "${HEADERS[@]}")
  kill "$prism"; wait "$prism" 2>/dev/null || true

  speedup=$(awk -v a="$server_rps" -v b="$prism_rps" 'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$api" "$server_rps" "$server_p99" "$prism_rps" \
    "$prism_p99" "$speedup" "$cold" "$rss"
done
