#!/usr/bin/env bash
# How long `conformance.jar test-server --all` takes with its defaults (500 generated requests per operation)
# against the reference server jar: on the built-in dataset, and with --generate 1000 (paging and filters then
# walk about 1,000 records per API). Each is timed RUNS times (default 3) in a fresh JVM, as a user runs it;
# the server is started once per dataset and warmed by one untimed run. Loopback only; stops what it started.
# Usage (from the repository root):  conformance-tests/integration/bench/tck.sh [--no-build]
set -euo pipefail

cd "$(dirname "$0")/../../.."
RUNS="${RUNS:-3}"
PORT="${PORT:-18780}"
TOKEN=tck-bench-token
KIT=conformance-tests/kit/target/conformance.jar

if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -B -q -pl server-stub/reference,conformance-tests/kit -am package -DskipTests
fi

server=""
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; wait 2>/dev/null || true' EXIT

# measure LABEL SERVER-ARGS... : prints LABEL, each run's seconds and the median.
measure() {
  local label=$1; shift
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "port $PORT is in use: set PORT" >&2
    exit 1
  fi
  java -jar server-stub/reference/target/reference-server.jar --port "$PORT" --token "$TOKEN" "$@" >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 1 300); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/openapi/swr.yaml" && break
    sleep 0.1
  done
  local args=(test-server --all --base-url "http://127.0.0.1:$PORT" --token "$TOKEN")
  [[ " $* " == *" --generate "* ]] && args+=(--hss-image synthetic:cicd)
  java -jar "$KIT" "${args[@]}" > /dev/null || { echo "$label: the kit failed the reference server" >&2; exit 1; }
  local times=()
  for _ in $(seq 1 "$RUNS"); do
    local start end
    start=$(date +%s.%N)
    java -jar "$KIT" "${args[@]}" > "conformance-tests/integration/target/tck-$label.txt"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
    { t[NR] = $1; all = all sprintf(" %.1f", $1) }
    END { printf "%-14s runs (s):%s  median %.1f s\n", label, all, t[int((NR + 1) / 2)] }'
  tail -1 "conformance-tests/integration/target/tck-$label.txt"
}

mkdir -p conformance-tests/integration/target
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
measure built-in
measure generate-1000 --generate 1000
