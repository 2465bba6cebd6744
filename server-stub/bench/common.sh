# Shared by run.sh, ramp.sh and scale.sh (sourced, with $repo set): the measured server's flags, the request
# per API, ports, and the server, wrk and polling helpers.

TOKEN=bench-token
# Every server a script starts listens on 127.0.0.1, on a port counted from PORT_BASE (run.sh: +0 to +3,
# ramp.sh: +10, scale.sh: +20).
PORT_BASE=${PORT_BASE:-19300}
JAR=$repo/server-stub/reference/target/reference-server.jar
# JVM flags of the measured server: the class-data-sharing archive the build writes next to the jar
# (a fast cold start), and a capped heap so that the resident set stays small.
read -r -a SERVER_JAVA_OPTS <<< "${SERVER_JAVA_OPTS:--XX:SharedArchiveFile=$repo/server-stub/reference/target/reference-server.jsa -XX:+UseSerialGC -Xmx128m}"

# The doc example request of each API.
declare -A PATHS=(
  [modelarts]="/v1/0123456789abcdef/images/group?type=DEDICATED"
  [workspace]="/v1/a4da8115c9d8464ead3a38309130523f/image-servers?limit=10&offset=0"
  [hss]="/v5/0123456789abcdef/image/0f5e3b6a9c1d4e7f/basic-image?offset=0&limit=200&image_type=private_image&namespace=scc_hss_container&image_name=proxy-agent&image_version=24.5.0-x86_64&enterprise_project_id=all_granted_eps"
  [swr]="/v2/manage/shared-repositories?center=self&namespace=namespace"
)
HEADERS=("X-Auth-Token: $TOKEN" "region: cn-north-4" "Content-Type: application/json")
CURL_HEADERS=(-H "X-Auth-Token: $TOKEN" -H "region: cn-north-4")

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

# run_wrk DURATION URL HEADER...: prints "requests/s p99-ms non-2xx-answers".
run_wrk() {
  local duration=$1 url=$2; shift 2
  local args=()
  for header in "$@"; do args+=(-H "$header"); done
  wrk -t2 -c32 -d"$duration" --latency "${args[@]}" "$url" | wrk_summary
}

# run_wrk_script DURATION URL SCRIPT: the same with a wrk Lua script making the requests.
run_wrk_script() {
  wrk -t2 -c32 -d"$1" --latency -s "$3" "$2" | wrk_summary
}

wrk_summary() {
  awk '
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; p99 = v }
    /Non-2xx/ { bad = $NF }
    END { printf "%.0f %.2f %d\n", rps, p99, bad }'
}

# start_server PORT [ARGS...]: starts the reference server with SERVER_JAVA_OPTS in the background; sets $server
# to its pid.
start_server() {
  local port=$1; shift
  java "${SERVER_JAVA_OPTS[@]}" -jar "$JAR" --port "$port" --token "$TOKEN" "$@" >/dev/null 2>&1 &
  server=$!
}

# start_plain_server PORT [ARGS...]: the same with the README's plain run command (`java -jar`, JVM defaults).
start_plain_server() {
  local port=$1; shift
  java -jar "$JAR" --port "$port" --token "$TOKEN" "$@" >/dev/null 2>&1 &
  server=$!
}

# port_free PORT: fails when something listens on 127.0.0.1:PORT.
port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# rss_sampler PID SECONDS FILE: in the background ($sampler), samples the resident set of PID every 0.2 s for
# SECONDS and keeps its peak (MB) in FILE, updated as it grows (so that FILE can be read before the end).
rss_sampler() {
  local pid=$1 seconds=$2 file=$3
  echo 0 > "$file"
  (
    peak=0
    for _ in $(seq 1 $((seconds * 5))); do
      rss=$(ps -o rss= -p "$pid" 2>/dev/null || echo 0)
      if [ "${rss:-0}" -gt "$peak" ]; then
        peak=$rss
        echo $((peak / 1024)) > "$file"
      fi
      sleep 0.2
    done
  ) &
  sampler=$!
}

now_ms() { date +%s%3N; }

stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
