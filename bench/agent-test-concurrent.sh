#!/usr/bin/env bash
# Measures tracer:agent-test with concurrent callers on the agent-test-concurrent-callers IT project (2 tests:
# SlowTest appends its JVM's pid to target/pids-RUN.txt and sleeps 4 s, PriceTest fails), each caller asking for
# -Dtest=PriceTest,SlowTest:
#   1. one caller alone, against a direct tracer:test-json (the cost of the child build);
#   2. three callers started 0.5 s apart, and eight started within 0.1 s: wall time until all are done, how many runs
#      they took (test JVM pids, and runs in the cache) and their exit codes (a failing test: every caller exits 1).
#      A caller that registers before the run's build reads the sources replays that run; N direct test-json runs
#      would have to go one after the other (running them at once corrupts target/).
# No gate here, unlike the IT: the callers race as real ones do.
#
# usage: bench/agent-test-concurrent.sh [-n ROUNDS]     (default 3 measured rounds, after one warm-up)
# Needs: mvn -B -o verify -Dinvoker.test='agent-test-*' first (it installs the plugin into target/local-repo and
# leaves the IT project and its settings under target/it). Nothing is installed into ~/.m2.
set -euo pipefail

rounds=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) rounds="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
source_project="$root/target/it/agent-test-concurrent-callers"
repo="$root/target/local-repo"
[[ -d "$repo" && -d "$source_project" ]] || { echo "run: mvn -B -o verify -Dinvoker.test='agent-test-*' first" >&2; exit 2; }
work="$root/bench/work/agent-test"
rm -rf "$work"
mkdir -p "$work"
settings="$work/settings.xml"
sed "s#@localRepositoryUrl@#file://$repo#" "$root/src/it/settings.xml" > "$settings"
cp -r "$source_project/pom.xml" "$source_project/src" "$work/"
export MAVEN_OPTS="-Djansi.noreset=true"
unset TRACER_STREAMING TRACER_RUNNER_PID
tests="-Dtest=PriceTest,SlowTest"
mvn_q() { (cd "$work" && mvn -q -B -o -s "$settings" -Dmaven.repo.local="$repo" "$@" >/dev/null 2>&1); }
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
pids() { if [[ -f "$work/target/pids-$1.txt" ]]; then grep -c . "$work/target/pids-$1.txt" || true; else echo 0; fi; }
cache_runs() { ls "$work/.tracer-$1/runs/"*.json 2>/dev/null | wc -l; }

# N callers, DELAY seconds apart: prints "wall-ms runs cache-runs exit-codes"
callers() {
  local name="$1" n="$2" delay="$3" t0 t1 k codes=()
  local -a jobs=()
  t0=$(now)
  for ((k = 1; k <= n; k++)); do
    mvn_q tracer:agent-test "$tests" -Drun="$name" -Dtracer.cacheDir=".tracer-$name" &
    jobs+=($!)
    if ((k < n)); then sleep "$delay"; fi
  done
  for j in "${jobs[@]}"; do
    if wait "$j"; then codes+=(0); else codes+=($?); fi
  done
  t1=$(now)
  echo "$(ms "$t0" "$t1") $(pids "$name") $(cache_runs "$name") $(printf '%s\n' "${codes[@]}" | sort -u | paste -sd, -)"
}

mvn_q test-compile || true
mvn_q tracer:test-json "$tests" -Drun=warm || true           # warm-up
callers warm 1 0 >/dev/null

printf '%-50s %8s %5s %6s %s\n' "round" "wall ms" "runs" "cached" "exit codes"
for ((i = 1; i <= rounds; i++)); do
  t0=$(now); code=0; mvn_q tracer:test-json "$tests" -Drun="direct-$i" || code=$?; t1=$(now)
  printf '%-50s %8s %5s %6s %s\n' "$i test-json (direct, one caller)" "$(ms "$t0" "$t1")" "$(pids "direct-$i")" - "$code"
  read -r wall runs cached codes < <(callers "alone-$i" 1 0)
  printf '%-50s %8s %5s %6s %s\n' "$i agent-test, one caller" "$wall" "$runs" "$cached" "$codes"
  read -r wall runs cached codes < <(callers "spaced-$i" 3 0.5)
  printf '%-50s %8s %5s %6s %s\n' "$i agent-test, 3 callers 0.5 s apart" "$wall" "$runs" "$cached" "$codes"
  read -r wall runs cached codes < <(callers "burst-$i" 8 0.0125)
  printf '%-50s %8s %5s %6s %s\n' "$i agent-test, 8 callers within 0.1 s" "$wall" "$runs" "$cached" "$codes"
done
