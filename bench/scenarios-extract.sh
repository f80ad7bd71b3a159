#!/usr/bin/env bash
# Measures scenario extraction (tracer:scenarios' core, without Maven's own start-up) on a generated corpus:
# CLASSES test classes of METHODS test methods each (default 5,000 x 10 = 50,000 scenarios) plus production types.
# Three fresh JVMs under -Xmx1g: 1) cold (no cache), 2) warm: no source change (per-file cache keyed by content
# hash under target/tracer/), 3) cold again on one thread (what the second core buys). Prints files/s, the heap's
# peak (memory pools' peak usage, and the largest heap size before a GC from -Xlog:gc) and the warm/cold ratio.
#
# 4) with --steady N: N cold extractions one after another in one JVM (JMH-style iterations): the first is a fresh
# JVM's, the later ones run JIT-compiled code, as in a long-lived Maven daemon.
#
# usage: bench/scenarios-extract.sh [-c CLASSES] [-m METHODS] [-t THREADS] [-x XMX] [--no-single] [--steady N]
#   --no-single   skip run 3 (one thread)
#   --steady N    run 4 with N rounds (e.g. 6)
# Needs: mvn -o test-compile done once (the script runs it), JDK 17+.
set -euo pipefail

classes=5000 methods=10 threads="$(nproc)" xmx=1g single=true steady=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -c) classes="$2"; shift 2 ;;
    -m) methods="$2"; shift 2 ;;
    -t) threads="$2"; shift 2 ;;
    -x) xmx="$2"; shift 2 ;;
    --no-single) single=false; shift ;;
    --steady) steady="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/work/scenarios"
export MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true"
(cd "$root" && mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null)
# A copy of the classes, so that a rebuild while the benchmark runs does not change them under it.
rm -rf "$work.classes" && mkdir -p "$work.classes"
cp -r "$root/target/classes" "$work.classes/main" && cp -r "$root/target/test-classes" "$work.classes/test"
cp="$work.classes/main:$work.classes/test:$(cat "$root/target/bench-classpath.txt")"
main=dev.tracer.scenario.ExtractionBenchmark

rm -rf "$work"
java -cp "$cp" "$main" generate "$work" "$classes" "$methods"
echo "corpus: $classes test classes x $methods methods, $(find "$work/src" -name '*.java' | wc -l) files," \
  "$(du -sh "$work/src" | cut -f1) of source; $(nproc) cores (shared with whatever else runs)"

peak_before_gc() { # largest "NNNM->" in a -Xlog:gc file, in MiB
  grep -o '[0-9]*M->' "$1" | sed 's/M->//' | sort -n | tail -1
}

run() { # label threads
  local log="$work/gc-$1.log"
  local line
  line="$(java -Xmx"$xmx" -Xlog:gc:file="$log" -cp "$cp" "$main" extract "$work" "$2")"
  echo "$1 (threads=$2): $line gc_peak_before_mb=$(peak_before_gc "$log")"
  sed -n 's/.*extraction_ms=\([0-9]*\).*/\1/p' <<<"$line" > "$work/ms-$1"
  sed -n 's/.*process_cpu_ms=\([0-9]*\).*/\1/p' <<<"$line" > "$work/cpu-$1"
}

rm -rf "$work/target"
run cold "$threads"
run warm "$threads"
echo "cache on disk: $(du -sh "$work/target/tracer/scenario-cache" | cut -f1)"
echo "warm/cold speed-up: $(awk "BEGIN { printf \"%.1f\", $(cat "$work/ms-cold") / $(cat "$work/ms-warm") }")x"
if $single; then
  rm -rf "$work/target"
  run cold-1-thread 1
  echo "2 threads vs 1: $(awk "BEGIN { printf \"%.2f\", $(cat "$work/ms-cold-1-thread") / $(cat "$work/ms-cold") }")x"
fi
if [[ "$steady" -gt 0 ]]; then
  java -Xmx"$xmx" -cp "$cp" "$main" steady "$work" "$threads" "$steady"
fi
