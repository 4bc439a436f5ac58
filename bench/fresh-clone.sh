#!/usr/bin/env bash
# What a newcomer waits for: git clone → ./mvnw spring-boot:run → the first 200 on /, timed.
#   bash bench/fresh-clone.sh warm   # with your Maven cache (~/.m2) as it is
#   bash bench/fresh-clone.sh cold   # with an empty Maven cache and no Maven download (everything fetched)
# Prints one line (the run's log is kept in /tmp/fresh-clone-MODE.log); stops the app (SIGTERM to its process group) and deletes the clone afterwards.
set -euo pipefail
mode=${1:-warm}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'cp "$work/run.log" /tmp/fresh-clone-$mode.log 2>/dev/null; rm -rf "$work"' EXIT
port=$((20000 + RANDOM % 20000))
start=$(date +%s.%N)
git clone -q "$repo" "$work/app"
cd "$work/app"
extra=()
if [ "$mode" = cold ]; then
  export MAVEN_USER_HOME="$work/m2home"            # the wrapper downloads Maven itself here
  extra=(-Dmaven.repo.local="$work/m2repo")        # and every dependency and plugin here
fi
PORT=$port setsid ./mvnw -B -ntp "${extra[@]}" spring-boot:run >"$work/run.log" 2>&1 &
pid=$!
code=000
while kill -0 $pid 2>/dev/null; do
  code=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
  [ "$code" = 200 ] && break
  sleep 1
done
first=$(date +%s.%N)
started=$(grep -o 'Started Application in [0-9.]* seconds' "$work/run.log" | head -n1 || true)
# TERM, not INT: a script without job control starts background jobs with SIGINT ignored, and the JVM keeps it so.
kill -TERM -- -$pid 2>/dev/null || true
wait $pid 2>/dev/null || true
printf '%s Maven cache: clone → first 200 on / in %.0f s (HTTP %s; app log: %s)\n' "$mode" \
  "$(echo "$first - $start" | bc)" "$code" "${started:-no start line}"
