#!/usr/bin/env bash
# Measures what tracer costs over a plain test run: wall time of `mvn -o -q test` against
# `mvn -o -q tracer:test-json` on a generated project of trivial passing JUnit 5 tests, run alternately.
#
# usage: bench/test-json-vs-test.sh [-n RUNS] [-c CLASSES] [-m METHODS] [--only-test]
#   -n RUNS       measured runs of each command, after one warm-up each (default 5)
#   -c CLASSES    test classes to generate (default 100)
#   -m METHODS    test methods per class (default 20)
#   --only-test   measure mvn test alone (checks the generator and the baseline without the plugin)
# Needs: the plugin installed in the local repository (mvn install -DskipITs from the repository root) and one
# online run to fetch dependencies (the script does it once, before measuring). Uses hyperfine when
# BENCH_HYPERFINE=1 and it is installed; otherwise times the runs itself, alternating the two commands so that
# drift (caches, CPU frequency) affects both alike.
set -euo pipefail

runs=5 classes=100 methods=20 only_test=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -c) classes="$2"; shift 2 ;;
    -m) methods="$2"; shift 2 ;;
    --only-test) only_test=true; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
plugin_version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)"
work="$root/bench/work/project"

generate() {
  rm -rf "$work"
  mkdir -p "$work/src/main/java/bench" "$work/src/test/java/bench"
  cat > "$work/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.tracer.bench</groupId>
  <artifactId>bench</artifactId>
  <version>1.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>5.11.4</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
      <plugin><groupId>dev.tracer</groupId><artifactId>tracer-maven-plugin</artifactId><version>${plugin_version}</version></plugin>
    </plugins>
  </build>
</project>
POM
  cat > "$work/src/main/java/bench/Calc.java" <<'JAVA'
package bench;

public final class Calc {
    private Calc() {
    }

    public static int add(int a, int b) {
        return a + b;
    }
}
JAVA
  local c m file
  for ((c = 1; c <= classes; c++)); do
    file="$work/src/test/java/bench/Bench${c}Test.java"
    {
      printf 'package bench;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\n'
      printf 'import org.junit.jupiter.api.Test;\n\nclass Bench%dTest {\n' "$c"
      for ((m = 1; m <= methods; m++)); do
        printf '\n    @Test\n    void adds%d() {\n        assertEquals(%d, Calc.add(%d, %d));\n    }\n' "$m" $((c + m)) "$c" "$m"
      done
      printf '}\n'
    } > "$file"
  done
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# run_once NAME ARGS... : runs mvn in the generated project, prints elapsed ms; output goes to bench/work/NAME.log
run_once() {
  local name="$1"; shift
  local start end
  start=$(now_ms)
  if ! (cd "$work" && mvn -o -q "$@" > "$root/bench/work/$name.log" 2>&1); then
    echo "mvn $* failed; see bench/work/$name.log" >&2
    [[ "$name" == tracer ]] && echo "(is tracer-maven-plugin:${plugin_version} installed? mvn install -DskipITs)" >&2
    exit 1
  fi
  end=$(now_ms)
  echo $((end - start))
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

generate
echo "generated $((classes * methods)) tests ($classes classes x $methods methods) in bench/work/project" >&2
# One online build fetches what the offline runs need, and compiles once.
(cd "$work" && mvn -q test-compile > "$root/bench/work/prepare.log" 2>&1) || { echo "preparing failed; see bench/work/prepare.log" >&2; exit 1; }

if [[ "${BENCH_HYPERFINE:-0}" == 1 ]] && command -v hyperfine > /dev/null && ! $only_test; then
  cd "$work"
  hyperfine --warmup 1 --runs "$runs" --export-json "$root/bench/work/hyperfine.json" \
    'mvn -o -q test' 'mvn -o -q tracer:test-json'
  exit 0
fi

run_once test test > /dev/null
$only_test || run_once tracer tracer:test-json > /dev/null
test_times=() tracer_times=()
for ((i = 1; i <= runs; i++)); do
  t=$(run_once test test); test_times+=("$t")
  if $only_test; then
    echo "run $i: mvn test ${t} ms" >&2
  else
    r=$(run_once tracer tracer:test-json); tracer_times+=("$r")
    echo "run $i: mvn test ${t} ms, tracer:test-json ${r} ms" >&2
  fi
done

test_median=$(printf '%s\n' "${test_times[@]}" | median)
echo "tests: $((classes * methods)), runs: $runs (after one warm-up each)"
echo "mvn -o -q test:              median ${test_median} ms"
if ! $only_test; then
  grep -q '"total" *: *'$((classes * methods)) "$work/target/tracer/report.json" \
    || { echo "target/tracer/report.json does not report $((classes * methods)) tests" >&2; exit 1; }
  tracer_median=$(printf '%s\n' "${tracer_times[@]}" | median)
  echo "mvn -o -q tracer:test-json:  median ${tracer_median} ms"
  awk -v a="$tracer_median" -v b="$test_median" 'BEGIN { printf "ratio tracer:test-json / test: %.2f\n", a / b }'
fi
