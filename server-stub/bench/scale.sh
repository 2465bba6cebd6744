#!/usr/bin/env bash
# How the reference server's cost grows with the dataset: the same requests on the built-in data and with
# --generate N synthetic records per API, one server per dataset size, all in one run.
# Usage: server-stub/bench/scale.sh [--no-build]   (from anywhere; builds the server jar first unless --no-build)
# Environment: SIZES (default "builtin 10 10000 100000 1000000"), COMMAND (plain: the README's `java -jar`, the
# default; fast: the fast-start command of docs/reference-server.md, SERVER_JAVA_OPTS), DURATION (measured run per request, default 5s),
# REQUEST_WARMUP (wrk run before each measured one, default 3s), WARMUP (first load on each server, all requests
# in turn, default 20s), PORT_BASE (default 19300; the server uses PORT_BASE+20), OUT (default
# server-stub/bench/target/scale).
#
# The server is started with the README's plain run command, `java -jar reference-server.jar --generate N`, or
# with COMMAND=fast its fast-start command (a 128 MB heap). Per dataset it reports the time from the process
# start to the first 200 of the Workspace doc request, the resident set after that and its peak under load; per
# request the time of its first answer (taken right after the start, before any load: a new query's view is
# computed then), and requests/s and p99 of `wrk -t2 -c32 --latency`. The requests per API: the first page
# (offset 0, default limit; HSS has no default, so the doc example's 200), a page sorted by name (ModelArts and
# SWR; Workspace and HSS have no sort), a filtered page and a deep page (offset near the end of the generated
# records; HSS caps offset at 100000). The built-in row uses the deep-page offsets of 100,000 records, so that
# the 100k row and the built-in row send the same requests. A last row per API loads pages at random offsets
# below N, so that nearly every answer is a new one: the cost of slicing and serializing a page when the answer
# cache cannot help.
set -euo pipefail
caller=$(pwd)
cd "$(dirname "$0")"
bench_dir=$(pwd)
repo=$(cd ../.. && pwd)
source ./common.sh

SIZES=${SIZES:-builtin 10 10000 100000 1000000}
COMMAND=${COMMAND:-plain}
DURATION=${DURATION:-5s}
REQUEST_WARMUP=${REQUEST_WARMUP:-3s}
WARMUP=${WARMUP:-20s}
OUT=${OUT:-$bench_dir/target/scale}
case $OUT in /*) ;; *) OUT=$caller/$OUT ;; esac # relative to where the script was run
PORT=$((PORT_BASE + 20))
P=0123456789abcdef

port_free "$PORT" || { echo "port $PORT is in use (set PORT_BASE)" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk; }
if [ "${1:-}" != "--no-build" ] || [ ! -f "$JAR" ]; then
  (cd "$repo" && ./mvnw -B -q -pl server-stub/reference -am -DskipTests package)
fi
mkdir -p "$OUT"

# requests N: prints "API KIND PATH" lines, the requests for a dataset of N generated records per API.
requests() {
  local n=$1
  local deep_ma=$(( n > 200 ? n - 200 : 0 )) deep_ws=$(( n > 10 ? n - 10 : 0 ))
  local deep_hss=$(( n > 200 ? n - 200 : 0 )) deep_swr=$(( n > 100 ? n - 100 : 0 ))
  [ "$deep_hss" -gt 100000 ] && deep_hss=100000
  cat <<LIST
modelarts first /v1/$P/images/group
modelarts sorted /v1/$P/images/group?sort_key=name
modelarts filtered /v1/$P/images/group?namespace=synthetic-ns-3
modelarts deep /v1/$P/images/group?offset=$deep_ma
workspace first /v1/$P/image-servers
workspace sorted -
workspace filtered /v1/$P/image-servers?server_name=synthetic_instance_0001
workspace deep /v1/$P/image-servers?offset=$deep_ws
hss first /v5/$P/image/synthetic/basic-image?image_type=cicd&offset=0&limit=200
hss sorted -
hss filtered /v5/$P/image/synthetic/basic-image?image_type=cicd&offset=0&limit=200&os_name=Debian
hss deep /v5/$P/image/synthetic/basic-image?image_type=cicd&offset=$deep_hss&limit=200
swr first /v2/manage/shared-repositories
swr sorted /v2/manage/shared-repositories?order_column=name
swr filtered /v2/manage/shared-repositories?namespace=synthetic
swr deep /v2/manage/shared-repositories?offset=$deep_swr
LIST
  # "random" rows: the path up to the offset's value, which the Lua script draws per request.
  cat <<LIST
modelarts random /v1/$P/images/group?offset=
workspace random /v1/$P/image-servers?offset=
hss random /v5/$P/image/synthetic/basic-image?image_type=cicd&limit=200&offset=
swr random /v2/manage/shared-repositories?offset=
LIST
}

# random_lua PATH N: a wrk script requesting PATH followed by a random offset below N.
random_lua() {
  cat <<LUA
math.randomseed(42)
local headers = { ["X-Auth-Token"] = "$TOKEN", ["region"] = "cn-north-4" }
function request() return wrk.format("GET", "$1" .. math.random(0, $2 - 1), headers) end
LUA
}

server=
trap 'if [ -n "$server" ]; then stop "$server"; fi' EXIT

echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| records per API | API | request | answer bytes | first answer ms | req/s | p99 ms |\n|---|---|---|---:|---:|---:|---:|\n' > "$OUT/table.md"
printf '| records per API | start to first answer ms | RSS after start MB | peak RSS under load MB |\n|---|---:|---:|---:|\n' > "$OUT/memory.md"
for size in $SIZES; do
  if [ "$size" = builtin ]; then n=100000; args=(); label=built-in; else n=$size; args=(--generate "$size"); label=$size; fi
  requests "$n" > "$OUT/requests-$size"
  start=$(now_ms)
  if [ "$COMMAND" = fast ]; then start_server "$PORT" "${args[@]}"; else start_plain_server "$PORT" "${args[@]}"; fi
  wait_for_200 "http://127.0.0.1:$PORT${PATHS[workspace]}" "${CURL_HEADERS[@]}"
  started=$(( $(now_ms) - start ))
  rss_start=$(( $(ps -o rss= -p "$server") / 1024 ))

  # Each request's first answer, before any load: a new query's view is computed here.
  declare -A FIRST=()
  while read -r api kind path; do
    [ "$path" = - ] || [ "$kind" = random ] && continue
    FIRST[$api-$kind]=$(curl -sf -o /dev/null -w '%{time_total}' "${CURL_HEADERS[@]}" "http://127.0.0.1:$PORT$path" \
      | awk '{ printf "%.0f", $1 * 1000 }')
  done < "$OUT/requests-$size"

  # The first load: every request in turn, so that the JIT compiles the common path before anything is measured.
  lua=$OUT/rotate-$size.lua
  { echo "local paths = {"
    awk '$3 != "-" && $2 != "random" { printf "  \"%s\",\n", $3 }' "$OUT/requests-$size"
    echo "}"
    echo 'local i = 0'
    echo 'function request() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1], { ["X-Auth-Token"] = "'"$TOKEN"'", ["region"] = "cn-north-4" }) end'
  } > "$lua"
  rss_sampler "$server" 3600 "$OUT/rss-$size" # stopped after the last request
  rss_pid=$sampler
  wrk -t2 -c32 -d"$WARMUP" -s "$lua" "http://127.0.0.1:$PORT" >/dev/null

  while read -r api kind path; do
    if [ "$path" = - ]; then
      printf '| %s | %s | %s | - | - | - | - |\n' "$label" "$api" "$kind (no sort in this API)" >> "$OUT/table.md"
      continue
    fi
    url="http://127.0.0.1:$PORT$path"
    if [ "$kind" = random ]; then
      below=$n
      [ "$api" = hss ] && [ "$below" -gt 100001 ] && below=100001 # HSS caps offset at 100000
      random_lua "$path" "$below" > "$OUT/random.lua"
      bytes=- first=-
      run_wrk_script "$REQUEST_WARMUP" "http://127.0.0.1:$PORT" "$OUT/random.lua" >/dev/null
      read -r rps p99 bad < <(run_wrk_script "$DURATION" "http://127.0.0.1:$PORT" "$OUT/random.lua")
      path="${path}<random below $below>"
    else
      bytes=$(curl -sf "${CURL_HEADERS[@]}" "$url" | wc -c)
      first=${FIRST[$api-$kind]}
      run_wrk "$REQUEST_WARMUP" "$url" "${HEADERS[@]}" >/dev/null
      read -r rps p99 bad < <(run_wrk "$DURATION" "$url" "${HEADERS[@]}")
    fi
    if [ "$bad" -ne 0 ]; then
      echo "$label $api $kind: $bad non-2xx answers" >&2
      exit 1
    fi
    printf '| %s | %s | %s `%s` | %s | %s | %s | %s |\n' "$label" "$api" "$kind" "$path" "$bytes" "$first" "$rps" "$p99" \
      >> "$OUT/table.md"
  done < "$OUT/requests-$size"
  kill "$rss_pid" 2>/dev/null || true
  wait "$rss_pid" 2>/dev/null || true
  peak=$(cat "$OUT/rss-$size")
  stop "$server"; server=
  printf '| %s | %s | %s | %s |\n' "$label" "$started" "$rss_start" "$peak" >> "$OUT/memory.md"
done
cat "$OUT/memory.md"; echo; cat "$OUT/table.md"
echo
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
