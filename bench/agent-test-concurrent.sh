#!/usr/bin/env bash
# Measures tracer:agent-test against tracer:test-json on the agent-test IT project (3 small test classes):
#   1. one request alone: mvn -q tracer:test-json -Dtest=OrderTest vs mvn -q tracer:agent-test -Dtest=OrderTest
#      (the cost of the child build);
#   2. three requests for the same class started at once: wall time until all three are done, and how many runs they
#      took (callers that register before the first run starts replay it; later ones run again), against three
#      test-json runs one after the other (running them at once would corrupt target/).
#
# usage: bench/agent-test-concurrent.sh [-n RUNS]     (default 3 measured rounds, after one warm-up)
# Needs: mvn -B -o verify -Dinvoker.test='agent-test-*' first (it installs the plugin into target/local-repo and
# leaves the IT project and its settings under target/it). Nothing is installed into ~/.m2.
set -euo pipefail

runs=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
source_project="$root/target/it/agent-test-coordination"
repo="$root/target/local-repo"
[[ -d "$repo" && -d "$source_project" ]] || { echo "run: mvn -B -o verify -Dinvoker.test='agent-test-*' first" >&2; exit 2; }
work="$root/bench/work/agent-test"
rm -rf "$work"
mkdir -p "$work"
settings="$work/settings.xml"
sed "s#@localRepositoryUrl@#file://$repo#" "$root/src/it/settings.xml" > "$settings"
cp -r "$source_project/pom.xml" "$source_project/src" "$work/"
rm -rf "$work/.tracer"
export MAVEN_OPTS="-Djansi.noreset=true"
mvn_q() { (cd "$work" && mvn -q -B -o -s "$settings" -Dmaven.repo.local="$repo" "$@" >/dev/null 2>&1) || true; }
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
cache_runs() { ls "$work/.tracer/runs/"*.json 2>/dev/null | wc -l; }

mvn_q test-compile
mvn_q tracer:test-json -Dtest=OrderTest            # warm-up
mvn_q tracer:agent-test -Dtest=OrderTest

printf '%-58s %s\n' "round" "wall ms"
for ((i = 1; i <= runs; i++)); do
  t0=$(now); mvn_q tracer:test-json -Dtest=OrderTest; t1=$(now)
  printf '%-58s %s\n' "$i test-json -Dtest=OrderTest" "$(ms "$t0" "$t1")"
  t0=$(now); mvn_q tracer:agent-test -Dtest=OrderTest; t1=$(now)
  printf '%-58s %s\n' "$i agent-test -Dtest=OrderTest (alone)" "$(ms "$t0" "$t1")"
  t0=$(now); for k in 1 2 3; do mvn_q tracer:test-json -Dtest=OrderTest; done; t1=$(now)
  printf '%-58s %s\n' "$i 3 x test-json, one after the other" "$(ms "$t0" "$t1")"
  rm -rf "$work/.tracer"
  t0=$(now)
  for k in 1 2 3; do mvn_q tracer:agent-test -Dtest=OrderTest & done
  wait
  t1=$(now)
  printf '%-58s %s\n' "$i 3 x agent-test at once ($(cache_runs) run(s))" "$(ms "$t0" "$t1")"
done
