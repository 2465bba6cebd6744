# Shared by run.sh and ramp.sh (sourced, with $repo set): the measured server's flags, the request per
# API, and the server, wrk and polling helpers.

TOKEN=bench-token
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

# run_wrk DURATION URL HEADER...: prints "requests/s p99-ms".
run_wrk() {
  local duration=$1 url=$2; shift 2
  local args=()
  for header in "$@"; do args+=(-H "$header"); done
  wrk -t2 -c32 -d"$duration" --latency "${args[@]}" "$url" | awk '
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; p99 = v }
    END { printf "%.0f %.2f\n", rps, p99 }'
}

# start_server PORT: starts the reference server in the background; sets $server to its pid.
start_server() {
  java "${SERVER_JAVA_OPTS[@]}" -jar "$repo/server-stub/reference/target/reference-server.jar" --port "$1" --token "$TOKEN" >/dev/null 2>&1 &
  server=$!
}
