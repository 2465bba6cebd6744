#!/usr/bin/env bash
# Where the reference server's time goes under load: a JFR profile of the README's plain run command (`java -jar`)
# serving one API's doc request to `wrk -t2 -c32`, after a warm-up.
# Usage: server-stub/bench/profile.sh [API]   (workspace by default; needs the jar built, as run.sh does)
# Environment: WARMUP (default 25s), DURATION (recorded load, default 15s), PORT_BASE (the server uses
# PORT_BASE+30), OUT (default server-stub/bench/target/profile).
# Prints the share of execution samples per frame: self (the frame on top) and inclusive (anywhere in the stack),
# and keeps the recording in OUT/rec.jfr for `jfr print` or JDK Mission Control.
set -euo pipefail
caller=$(pwd)
cd "$(dirname "$0")"
bench_dir=$(pwd)
repo=$(cd ../.. && pwd)
source ./common.sh

API=${1:-workspace}
WARMUP=${WARMUP:-25s}
DURATION=${DURATION:-15s}
OUT=${OUT:-$bench_dir/target/profile}
case $OUT in /*) ;; *) OUT=$caller/$OUT ;; esac
PORT=$((PORT_BASE + 30))
url="http://127.0.0.1:$PORT${PATHS[$API]:?unknown API $API}"
port_free "$PORT" || { echo "port $PORT is in use (set PORT_BASE)" >&2; exit 1; }
mkdir -p "$OUT"

# DebugNonSafepoints: samples name the frame running, not the nearest safepoint.
java -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -jar "$JAR" --port "$PORT" --token "$TOKEN" \
  >"$OUT/server.log" 2>&1 &
server=$!
trap 'stop "$server"' EXIT
wait_for_200 "$url" "${CURL_HEADERS[@]}"
read -r rps p99 _ < <(run_wrk "$WARMUP" "$url" "${HEADERS[@]}")
echo "warm-up: $rps requests/s, p99 $p99 ms"
jcmd "$server" JFR.start name=profile settings=profile filename="$OUT/rec.jfr" >/dev/null
read -r rps p99 _ < <(run_wrk "$DURATION" "$url" "${HEADERS[@]}")
jcmd "$server" JFR.stop name=profile >/dev/null
echo "recorded: $rps requests/s, p99 $p99 ms (the recording itself costs some)"

jfr print --events jdk.ExecutionSample --stack-depth 64 "$OUT/rec.jfr" | awk '
  /stackTrace = \[/ { in_stack = 1; depth = 0; delete seen; samples++; next }
  in_stack && /^[[:space:]]*\]/ { in_stack = 0; next }
  in_stack {
    frame = $0; sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*/, "", frame)
    if (frame == "...") next
    if (depth++ == 0) self[frame]++
    if (!(frame in seen)) { seen[frame] = 1; inclusive[frame]++ }
  }
  END {
    printf "%d samples\n\nself:\n", samples
    for (f in self) printf "%5.1f%% %s\n", 100 * self[f] / samples, f | "sort -rn | head -20"
    close("sort -rn | head -20")
    printf "\ninclusive (Jersey, Grizzly and this server):\n"
    for (f in inclusive) if (f ~ /jersey|grizzly|imageapis/) printf "%5.1f%% %s\n", 100 * inclusive[f] / samples, f | "sort -rn | head -40"
  }'
