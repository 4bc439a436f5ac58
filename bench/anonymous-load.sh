#!/usr/bin/env bash
# Issue 16, item 1 replayed: cookie-less GET / and /?v-r=init at concurrency C for D seconds against the app on
# loopback, then a full GC, then what the server still holds: HTTP sessions and Vaadin UIs (live instances in a
# class histogram), live heap and RSS. Bounded: loopback only, stops by itself after D seconds.
#   bash bench/anonymous-load.sh                 # starts the app from this checkout (temp data dir), C=20, D=30
#   LIMITS=off bash bench/anonymous-load.sh      # the same with the per-address rate limits switched off
#   C=20 D=30 bash bench/anonymous-load.sh
# Prints one Markdown table row for bench/RESULTS.md ("Anonymous load" section); the app's log stays in /tmp.
set -euo pipefail
C=${C:-20}; D=${D:-30}; LIMITS=${LIMITS:-on}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
log=/tmp/anonymous-load-$LIMITS.log
extra=""
[ "$LIMITS" = off ] && extra="-Dapp.rate-limit.enabled=false"
cd "$repo"
PORT=$port APP_DATA_DIR="$work/data" setsid ./mvnw -B -ntp -q spring-boot:run \
  -Dspring-boot.run.jvmArguments="-Xmx1g $extra" >"$log" 2>&1 &
mvn=$!
trap 'kill -TERM -- -$mvn 2>/dev/null || true; wait $mvn 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -s --max-time 5 -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
  kill -0 $mvn 2>/dev/null || { echo "app did not start, see $log" >&2; exit 1; }
  sleep 2
done
app=$(pgrep -f -n "org.crdash.Application" -P "$(pgrep -P $mvn | tr '\n' ',' | sed 's/,$//')" 2>/dev/null \
  || pgrep -f -n "org.crdash.Application")
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$app/status; }
rss_before=$(rss)
deadline=$(( $(date +%s) + D ))
worker() {
  local n=0 path
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if [ $((n++ % 2)) = 0 ]; then path="/"; else path="/?v-r=init&location="; fi
    curl -s --max-time 5 -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$port$path" || echo 000
  done
}
export -f worker; export deadline port
seq "$C" | xargs -P "$C" -I{} bash -c worker > "$work/codes"
total=$(wc -l < "$work/codes"); ok=$(grep -c '^200$' "$work/codes" || true); limited=$(grep -c '^429$' "$work/codes" || true)
jcmd "$app" GC.run >/dev/null
histogram=$(jcmd "$app" GC.class_histogram)
count() { echo "$histogram" | awk -v c="$1" '$4 == c {print $2; found=1} END {if (!found) print 0}'; }
sessions=$(count org.apache.catalina.session.StandardSession)
uis=$(count com.vaadin.flow.component.UI)
heap=$(jcmd "$app" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K","",v); printf "%.0f", v/1024; exit}}')
printf '| %s | limits %s | %s × %s s | %s requests: %s × 200, %s × 429 | %s | %s | %s MB | %s → %s MB |\n' \
  "$(date -u +%Y-%m-%d)" "$LIMITS" "$C" "$D" "$total" "$ok" "$limited" "$sessions" "$uis" "$heap" "$rss_before" "$(rss)"
