#!/usr/bin/env bash
# Load and soak test of the reference server: 32 connections of mixed traffic over the four APIs for
# DURATION seconds (default 60) with wrk, while a sampler saves responses every SAMPLE_EVERY seconds and
# the server's RSS is recorded; afterwards the samples are validated (strict) with conformance.jar.
# Loopback only; stops everything it started. Exit status 0 only with zero errors, zero non-conforming
# samples. Usage (from the repository root):  conformance-tests/integration/bench/load.sh [--no-build]
set -euo pipefail

cd "$(dirname "$0")/../../.."
DURATION="${DURATION:-60}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
RECORDS="${RECORDS:-1000}"
SAMPLE_EVERY="${SAMPLE_EVERY:-3}"
WARMUP="${WARMUP:-15}"              # seconds of RSS readings left out of the flatness check (JIT, heap touch)
MAX_RSS_GROWTH_PCT="${MAX_RSS_GROWTH_PCT:-10}"
PORT="${PORT:-18080}"
OUT=conformance-tests/integration/target/load
BASE="http://127.0.0.1:$PORT"
PROJECT=0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e

if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -B -q -pl server-stub/reference,conformance-tests/kit -am package -DskipTests
fi
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -q wrk >/dev/null; }

rm -rf "$OUT" && mkdir -p "$OUT/samples"
SERVER_PID=""
SAMPLER_PID=""
cleanup() {
  [[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null || true
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
}
trap cleanup EXIT

# A fixed heap, so that RSS measures leaks rather than heap sizing.
java -Xms256m -Xmx256m -jar server-stub/reference/target/reference-server.jar --host 127.0.0.1 --port "$PORT" \
  --generate "$RECORDS" --token load-token > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 60); do
  curl -s -o /dev/null "$BASE/openapi" 2>/dev/null && break
  sleep 0.5
done

# api operation path: the same four calls as mixed.lua
CALLS=(
  "modelarts listImageGroups /v1/$PROJECT/images/group?limit=50&offset=100&sort_key=name&sort_dir=ASC"
  "workspace listImageServers /v1/$PROJECT/image-servers?limit=50&offset=200&server_name=instance"
  "hss listImageBasicImages /v5/$PROJECT/image/synthetic/basic-image?image_type=cicd&limit=50&offset=300"
  "swr listSharedRepositories /v2/manage/shared-repositories?center=self&limit=50&offset=100&order_column=name&order_type=asc"
)

sample() {
  local n=0
  while true; do
    printf '%s %s\n' "$(date +%s)" "$(ps -o rss= -p "$SERVER_PID" | tr -d ' ')" >> "$OUT/rss.txt"
    for call in "${CALLS[@]}"; do
      read -r api op path <<< "$call"
      mkdir -p "$OUT/samples/$api"
      status=$(curl -s -o "$OUT/samples/$api/$n.json" -w '%{http_code}' \
        -H 'X-Auth-Token: load-token' -H 'region: cn-north-4' "$BASE$path")
      echo "$api $status" >> "$OUT/sample-statuses.txt"
    done
    n=$((n + 1))
    sleep "$SAMPLE_EVERY"
  done
}
sample &
SAMPLER_PID=$!

wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s conformance-tests/integration/bench/mixed.lua "$BASE" \
  | tee "$OUT/wrk.txt"
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""

failed=0
for call in "${CALLS[@]}"; do
  read -r api op path <<< "$call"
  if ! java -jar conformance-tests/kit/target/conformance.jar validate --api "$api" --operation "$op" --status 200 \
      --strict "$OUT/samples/$api" > "$OUT/validate-$api.txt" 2>&1; then
    echo "non-conforming samples for $api:"; cat "$OUT/validate-$api.txt"; failed=1
  fi
done
samples=$(wc -l < "$OUT/sample-statuses.txt")
bad_samples=$(awk '$2 != 200' "$OUT/sample-statuses.txt" | wc -l)

# Memory: mean RSS of the first and of the last third of the readings after the warm-up.
read -r rss_first rss_last <<< "$(awk -v warmup="$WARMUP" 'NR == 1 { start = $1 } $1 - start >= warmup { rss[++n] = $2 }
  END { t = int(n / 3); if (t == 0) { print "0 0"; exit } for (i = 1; i <= t; i++) { a += rss[i]; b += rss[n - t + i] }
        printf "%d %d", a / t, b / t }' "$OUT/rss.txt")"
result=$(grep '^RESULT' "$OUT/wrk.txt")
echo "$result samples=$samples non200_samples=$bad_samples rss_first_third_kb=$rss_first rss_last_third_kb=$rss_last" \
  | tee "$OUT/summary.txt"

non2xx=$(sed -E 's/.*non2xx=([0-9]+).*/\1/' <<< "$result")
socket_errors=$(sed -E 's/.*socket_errors=([0-9]+).*/\1/' <<< "$result")
flat=$(( rss_first > 0 && rss_last * 100 <= rss_first * (100 + MAX_RSS_GROWTH_PCT) ))
echo "memory flat (last third within ${MAX_RSS_GROWTH_PCT}% of the first, after ${WARMUP}s): $([[ $flat == 1 ]] && echo yes || echo NO)"
[[ "$non2xx" == 0 && "$socket_errors" == 0 && "$bad_samples" == 0 && "$failed" == 0 && "$flat" == 1 ]]
