#!/usr/bin/env bash
# The JUnit extension's start-up beside WireMock's (BENCHMARKS.md, "JUnit extension: start-up").
# Usage: server-stub/bench/start.sh [--no-build]   (from anywhere; --no-build reuses benchmarks/target)
# Environment: JVMS (fresh JVMs per server for (a), default 10), CYCLES (measured cycles in one JVM for (b),
# default 10), JAVA_OPTS (flags of every measured JVM, default none: a test JVM's defaults).
#
# (a) first start: JVMS fresh JVMs per server, alternating image-apis and WireMock so that both meet the same
#     background load; each times start() to the first 200 on each API (WireMock: on its one stub).
# (b) restart in a warm JVM: one JVM per server, one unmeasured start, then CYCLES start / first 200 / stop cycles:
#     image-apis with the same configuration each cycle (the JVM's application for it is reused, as by the next
#     test class with the same annotation), image-apis-new with a new one each cycle (Jersey initialised each time).
# Prints each server's median and range, per API, and the ratios to WireMock's median. Every JVM runs
# org.imageapis.bench.junit.StartupBench from a classpath of separate jars (benchmarks/target/classpath.txt), as a
# test JVM would, not from the shaded benchmarks jar.
set -euo pipefail
cd "$(dirname "$0")"
repo=$(cd ../.. && pwd)
JVMS=${JVMS:-10}
CYCLES=${CYCLES:-10}
read -r -a JAVA_FLAGS <<< "${JAVA_OPTS:-}"

if [ "${1:-}" != "--no-build" ]; then
  (cd "$repo" && ./mvnw -B -q -Pbench -pl benchmarks -am package -DskipTests)
fi
cp="$repo/benchmarks/target/classes:$(cat "$repo/benchmarks/target/classpath.txt")"
out=$(mktemp)
trap 'rm -f "$out"' EXIT

bench() {
  java "${JAVA_FLAGS[@]}" -cp "$cp" org.imageapis.bench.junit.StartupBench "$@" 2>/dev/null \
    | grep -E '^(image-apis|image-apis-new|wiremock) '
}

echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(java -version 2>&1 | head -1)"
for _ in $(seq 1 "$JVMS"); do
  bench first image-apis >> "$out"
  bench first wiremock >> "$out"
done
bench warm image-apis "$CYCLES" >> "$out"
bench warm image-apis-new "$CYCLES" >> "$out"
bench warm wiremock "$CYCLES" >> "$out"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"

# median (min-max) of column $col of the lines of server $1 and kind $2
stats() {
  awk -v s="$1" -v k="$2" -v col="$3" '$1 == s && $2 == k { print $col }' "$out" | sort -n \
    | awk '{ v[NR] = $1 } END { printf "%s %s %s\n", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

for run in "first image-apis" "warm image-apis" "warm image-apis-new"; do
  read -r kind server <<< "$run"
  read -r wm wm_min wm_max < <(stats wiremock "$kind" 3)
  echo
  echo "($kind, $server) WireMock 3.13.2, one stub: median $wm ms ($wm_min-$wm_max)"
  printf '| start() to the first 200 on | %s median ms (min-max) | / WireMock |\n|---|---:|---:|\n' "$server"
  col=3
  for api in modelarts workspace hss swr; do
    read -r m lo hi < <(stats "$server" "$kind" "$col")
    printf '| %s | %s (%s-%s) | %s |\n' "$api" "$m" "$lo" "$hi" \
      "$(awk -v a="$m" -v b="$wm" 'BEGIN { printf "%.2f", a / b }')"
    col=$((col + 1))
  done
done
