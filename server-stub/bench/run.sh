#!/usr/bin/env bash
# Benchmarks the reference server, per API against a Prism mock of the same bundled spec, and on the Workspace
# doc request side by side with nginx, WireMock standalone and Prism serving the same body; all on loopback.
# Usage: server-stub/bench/run.sh [--no-build]   (from anywhere; builds the server jar first unless --no-build
# is given and the jar, its CDS archive and the bundles are there)
# Environment: DURATION (default 10s), WARMUP (default 30s), COLD_STARTS (default 3), ROUNDS (side-by-side
# rounds, default 3), SETTLE (seconds of quiet
# before the cold starts; default 5), SERVER_JAVA_OPTS (default: the jar's CDS archive, SerialGC, -Xmx128m),
# PORT_BASE (default 19300: the server, Prism, nginx and WireMock use PORT_BASE to PORT_BASE+3), OUT (default
# server-stub/bench/target/run: configs, bodies, logs).
#
# 1. Cold start (the fast-start command of docs/reference-server.md): per API, COLD_STARTS starts, process start to first 200 on the
#    API's URL, before any load. Reported as median (min-max).
# 2. Per API (fast-start command) against Prism: requests/s and p99 of `wrk -t2 -c32 -d$DURATION --latency`
#    after a WARMUP-long wrk run of the same kind (on 2 cores shared with wrk, the JIT needs about half a minute
#    of load), and the server's peak RSS under load.
# 3. Side by side on the Workspace doc request: the reference server started with the README's plain run command
#    (`java -jar`), nginx serving the server's answer as a static file at the same path, WireMock standalone with
#    one stub answering the same body, and Prism; all four running, each warmed up, then measured in ROUNDS
#    rounds taking turns; the median round of each and every ratio.
set -euo pipefail
caller=$(pwd)
cd "$(dirname "$0")"
bench_dir=$(pwd)
repo=$(cd ../.. && pwd)
source ./common.sh

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-30s}
COLD_STARTS=${COLD_STARTS:-3}
ROUNDS=${ROUNDS:-3}
SETTLE=${SETTLE:-5}
OUT=${OUT:-$bench_dir/target/run}
case $OUT in /*) ;; *) OUT=$caller/$OUT ;; esac # relative to where the script was run
SERVER_PORT=$PORT_BASE
PRISM_PORT=$((PORT_BASE + 1))
NGINX_PORT=$((PORT_BASE + 2))
WIREMOCK_PORT=$((PORT_BASE + 3))
WIREMOCK_VERSION=3.13.2

for port in "$SERVER_PORT" "$PRISM_PORT" "$NGINX_PORT" "$WIREMOCK_PORT"; do
  port_free "$port" || { echo "port $port is in use (set PORT_BASE)" >&2; exit 1; }
done

# Tools: wrk and nginx from the OS packages, Prism from npm (pinned in package-lock.json), WireMock standalone
# from Maven Central through Maven.
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
npm ci --no-audit --no-fund --silent
mkdir -p "$OUT"
WIREMOCK_JAR=$OUT/wiremock-standalone-$WIREMOCK_VERSION.jar
if [ ! -f "$WIREMOCK_JAR" ]; then
  (cd "$repo" && ./mvnw -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:$WIREMOCK_VERSION \
    -DoutputDirectory="$OUT")
fi
if [ "${1:-}" != "--no-build" ] || [ ! -f "$repo/server-stub/reference/target/reference-server.jsa" ] \
    || [ ! -d "$repo/specs/target/openapi" ]; then
  (cd "$repo" && ./mvnw -B -q -pl server-stub/reference -am -DskipTests package)
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    stop "$pid"
  done
}
trap cleanup EXIT

echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
# Cold starts first, on a machine that no load run has heated yet.
sleep "$SETTLE"
declare -A COLD
for api in modelarts workspace hss swr; do
  colds=()
  for _ in $(seq 1 "$COLD_STARTS"); do
    start=$(now_ms)
    start_server "$SERVER_PORT"
    pids+=("$server")
    wait_for_200 "http://127.0.0.1:$SERVER_PORT${PATHS[$api]}" "${CURL_HEADERS[@]}"
    colds+=($(( $(now_ms) - start )))
    stop "$server"
  done
  COLD[$api]=$(printf '%s\n' "${colds[@]}" | sort -n \
    | awk '{ v[NR] = $1 } END { printf "%s (%s-%s)", v[int((NR + 1) / 2)], v[1], v[NR] }')
done

# measure NAME URL: warm-up, then the measured run; sets $rps $p99 and fails on any non-2xx answer.
measure() {
  local out
  measure_once "$1" "$2" "$WARMUP" >/dev/null
  out=$(measure_once "$1" "$2" "$DURATION")
  read -r rps p99 <<< "$out"
}

# measure_once NAME URL DURATION: one wrk run; prints "requests/s p99" and fails on any non-2xx answer.
measure_once() {
  local rps p99 bad
  read -r rps p99 bad < <(run_wrk "$3" "$2" "${HEADERS[@]}")
  if [ "$bad" -ne 0 ]; then
    echo "$1: $bad non-2xx answers" >&2
    exit 1
  fi
  echo "$rps $p99"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }'; }

echo
echo "Per API, the fast-start command against Prism:"
echo
printf '| API | server req/s | server p99 ms | Prism req/s | Prism p99 ms | speed-up | cold start ms, median (min-max) | peak RSS MB |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n'
for api in modelarts workspace hss swr; do
  url="http://127.0.0.1:$SERVER_PORT${PATHS[$api]}"
  start_server "$SERVER_PORT"
  pids+=("$server")
  wait_for_200 "$url" "${CURL_HEADERS[@]}"
  run_wrk "$WARMUP" "$url" "${HEADERS[@]}" >/dev/null
  rss_sampler "$server" "${DURATION%s}" "$OUT/rss"
  read -r server_rps server_p99 _ < <(run_wrk "$DURATION" "$url" "${HEADERS[@]}")
  wait "$sampler"
  stop "$server"

  url="http://127.0.0.1:$PRISM_PORT${PATHS[$api]}"
  node_modules/.bin/prism mock -h 127.0.0.1 -p "$PRISM_PORT" "$repo/specs/target/openapi/$api.yaml" >/dev/null 2>&1 &
  prism=$!
  pids+=("$prism")
  wait_for_200 "$url" "${CURL_HEADERS[@]}"
  measure "prism $api" "$url"
  stop "$prism"

  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$api" "$server_rps" "$server_p99" "$rps" "$p99" \
    "$(ratio "$server_rps" "$rps")" "${COLD[$api]}" "$(cat "$OUT/rss")"
done

# Side by side on the Workspace doc request. nginx and WireMock serve the reference server's own answer, byte
# for byte; Prism answers the spec's example.
path=${PATHS[workspace]}
file_path=${path%%\?*}
start_plain_server "$SERVER_PORT"
pids+=("$server")
wait_for_200 "http://127.0.0.1:$SERVER_PORT$path" "${CURL_HEADERS[@]}"
curl -sf "${CURL_HEADERS[@]}" -o "$OUT/body.json" "http://127.0.0.1:$SERVER_PORT$path"

mkdir -p "$OUT/nginx/www$(dirname "$file_path")" "$OUT/nginx/tmp"
cp "$OUT/body.json" "$OUT/nginx/www$file_path"
chmod -R a+rX "$OUT/nginx"
# nginx as a plain process: 2 workers (one per core), no access log, otherwise the defaults.
cat > "$OUT/nginx/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $OUT/nginx/tmp/body;
    proxy_temp_path $OUT/nginx/tmp/proxy;
    fastcgi_temp_path $OUT/nginx/tmp/fastcgi;
    uwsgi_temp_path $OUT/nginx/tmp/uwsgi;
    scgi_temp_path $OUT/nginx/tmp/scgi;
    types { }
    default_type application/json;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $OUT/nginx/www;
    }
}
CONF

# WireMock standalone: one stub with the same body. No request journal and no request logging: both grow or
# print per request, which is not what is compared.
mkdir -p "$OUT/wiremock/mappings" "$OUT/wiremock/__files"
cp "$OUT/body.json" "$OUT/wiremock/__files/workspace.json"
cat > "$OUT/wiremock/mappings/workspace.json" <<JSON
{"request": {"method": "GET", "urlPath": "$file_path"},
 "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "bodyFileName": "workspace.json"}}
JSON

# Every peer runs from here on; each is warmed up, then measured in ROUNDS rounds, one peer after the other in
# each round, so that all of them meet the same drift of a shared machine. Reported: the median round.
java -jar "$WIREMOCK_JAR" --bind-address 127.0.0.1 --port "$WIREMOCK_PORT" --root-dir "$OUT/wiremock" \
  --disable-banner --no-request-journal --disable-request-logging >"$OUT/wiremock.log" 2>&1 &
pids+=("$!")
"$NGINX" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" &
pids+=("$!")
node_modules/.bin/prism mock -h 127.0.0.1 -p "$PRISM_PORT" "$repo/specs/target/openapi/workspace.yaml" >/dev/null 2>&1 &
pids+=("$!")
declare -A URL=(
  [reference]="http://127.0.0.1:$SERVER_PORT$path"
  [nginx]="http://127.0.0.1:$NGINX_PORT$path"
  [wiremock]="http://127.0.0.1:$WIREMOCK_PORT$path"
  [prism]="http://127.0.0.1:$PRISM_PORT$path"
)
PEERS=(reference nginx wiremock prism)
for peer in "${PEERS[@]}"; do
  wait_for_200 "${URL[$peer]}" "${CURL_HEADERS[@]}"
done
for peer in nginx wiremock; do
  cmp -s "$OUT/body.json" <(curl -sf "${URL[$peer]}") || { echo "$peer: another body" >&2; exit 1; }
done
for peer in "${PEERS[@]}"; do
  measure_once "$peer" "${URL[$peer]}" "$WARMUP" >/dev/null
done
declare -A RUNS=()
for round in $(seq 1 "$ROUNDS"); do
  for peer in "${PEERS[@]}"; do
    RUNS[$peer]+="$(measure_once "$peer" "${URL[$peer]}" "$DURATION")"$'\n'
  done
done
# median_round PEER: "requests/s p99" of the round with the median requests/s.
median_round() {
  printf '%s' "${RUNS[$1]}" | sort -n | awk '{ v[NR] = $0 } END { print v[int((NR + 1) / 2)] }'
}
read -r ref_rps ref_p99 < <(median_round reference)
all_rounds() { printf '%s' "${RUNS[$1]}" | awk '{ printf "%s%s", (NR > 1 ? ", " : ""), $1 }'; }

echo
echo "Side by side on the Workspace doc request ($(wc -c < "$OUT/body.json") bytes), median of $ROUNDS rounds:"
echo
printf '| server | req/s | p99 ms | req/s of each round | reference server / it |\n|---|---:|---:|---:|---:|\n'
declare -A LABEL=(
  [reference]='reference server (`java -jar`)'
  [nginx]="nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///'), static file"
  [wiremock]="WireMock standalone $WIREMOCK_VERSION"
  [prism]="Prism (spec example)"
)
for peer in "${PEERS[@]}"; do
  read -r rps p99 < <(median_round "$peer")
  printf '| %s | %s | %s | %s | %s |\n' "${LABEL[$peer]}" "$rps" "$p99" "$(all_rounds "$peer")" \
    "$(ratio "$ref_rps" "$rps")"
done
echo
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
