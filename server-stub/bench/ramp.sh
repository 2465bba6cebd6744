#!/usr/bin/env bash
# Shows how the reference server warms up: starts it cold and loads one API with back-to-back
# `wrk -t2 -c32 --latency` windows, one table row (requests/s, p99) per window.
# Usage: server-stub/bench/ramp.sh [API]   (modelarts by default; needs the jar built, as run.sh does)
# Environment: WINDOWS (default 8), WINDOW (default 5s), SERVER_JAVA_OPTS and PORT_BASE (as in run.sh).
set -euo pipefail
cd "$(dirname "$0")"
repo=$(cd ../.. && pwd)
source ./common.sh

API=${1:-modelarts}
WINDOWS=${WINDOWS:-8}
WINDOW=${WINDOW:-5s}
PORT=$((PORT_BASE + 10))
url="http://127.0.0.1:$PORT${PATHS[$API]:?unknown API $API}"

start_server "$PORT"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
wait_for_200 "$url" "${CURL_HEADERS[@]}"

printf '| %s, %s window | req/s | p99 ms |\n|---:|---:|---:|\n' "$API" "$WINDOW"
for i in $(seq 1 "$WINDOWS"); do
  read -r rps p99 _ < <(run_wrk "$WINDOW" "$url" "${HEADERS[@]}")
  printf '| %d | %s | %s |\n' "$i" "$rps" "$p99"
done
