#!/usr/bin/env bash
# Measures what coverage costs with tracer against the usual JaCoCo setup: wall time of
#   mvn -q tracer:test-json -Dtracer.cover          (tracer's own agent, analysis in the same build)
# against
#   mvn -q -Pjacoco test jacoco:report              (jacoco:prepare-agent bound, then JaCoCo's report)
# on the same generated project (production classes with branches, and JUnit 5 tests calling them), run
# alternately, medians reported. Target: ratio <= 1.0.
#
# usage: bench/cover-vs-jacoco.sh [-n RUNS] [-c CLASSES] [-m METHODS] [-l]
#   -n RUNS       measured runs of each command, after one warm-up each (default 5)
#   -c CLASSES    production classes, each with one test class (default 100)
#   -m METHODS    methods per production class, each with a test (default 10)
#   -l            the tests use AssertJ and Mockito (4.11, with Byte Buddy), as many projects' tests do: classes
#                 the test JVM loads beside JUnit's, which JaCoCo's agent instruments unless told otherwise
# Needs the plugin in a local repository: by default target/local-repo, where the invoker ITs install it
# (mvn verify -Dinvoker.test=test-json-cover-basic); set BENCH_REPO to use another. No network: -o throughout,
# so jacoco-maven-plugin 0.8.15 must already be there (the coverage ITs fetch it), and for -l AssertJ 3.27.3 and
# Mockito 4.11.0 (the scenarios-layered ITs fetch them).
set -euo pipefail

runs=5 classes=100 methods=10 libraries=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -c) classes="$2"; shift 2 ;;
    -m) methods="$2"; shift 2 ;;
    -l) libraries=1; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
plugin_version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)"
repo="${BENCH_REPO:-$root/target/local-repo}"
work="$root/bench/work/cover-project"
export MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true"
# -llr: the ITs' repository records where each artifact came from; reading it offline needs the legacy manager.
mvn_args=(-o -q -llr "-Dmaven.repo.local=$repo")

generate() {
  rm -rf "$work"
  mkdir -p "$work/src/main/java/bench" "$work/src/test/java/bench"
  local library_dependencies=""
  if ((libraries)); then
    library_dependencies='
    <dependency>
      <groupId>org.assertj</groupId>
      <artifactId>assertj-core</artifactId>
      <version>3.27.3</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.mockito</groupId>
      <artifactId>mockito-core</artifactId>
      <version>4.11.0</version>
      <scope>test</scope>
    </dependency>'
  fi
  cat > "$work/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.tracer.bench</groupId>
  <artifactId>cover-bench</artifactId>
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
    </dependency>${library_dependencies}
  </dependencies>
  <build>
    <plugins>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
      <plugin><groupId>dev.tracer</groupId><artifactId>tracer-maven-plugin</artifactId><version>${plugin_version}</version></plugin>
      <plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId><version>0.8.15</version></plugin>
    </plugins>
  </build>
  <profiles>
    <profile>
      <id>jacoco</id>
      <build>
        <plugins>
          <plugin>
            <groupId>org.jacoco</groupId>
            <artifactId>jacoco-maven-plugin</artifactId>
            <executions>
              <execution><id>prepare</id><goals><goal>prepare-agent</goal></goals></execution>
            </executions>
          </plugin>
        </plugins>
      </build>
    </profile>
  </profiles>
</project>
POM
  local c m main test
  for ((c = 1; c <= classes; c++)); do
    main="$work/src/main/java/bench/Unit${c}.java"
    test="$work/src/test/java/bench/Unit${c}Test.java"
    {
      printf 'package bench;\n\npublic final class Unit%d {\n' "$c"
      for ((m = 1; m <= methods; m++)); do
        printf '\n    public static int f%d(int x) {\n        if (x > %d) {\n            return x - %d;\n        } else if (x < 0) {\n            return -x;\n        }\n        return x * %d;\n    }\n' "$m" "$m" "$m" "$c"
      done
      printf '}\n'
    } > "$main"
    if ((libraries)); then
      {
        printf 'package bench;\n\nimport static org.assertj.core.api.Assertions.assertThat;\n'
        printf 'import static org.mockito.ArgumentMatchers.anyInt;\nimport static org.mockito.Mockito.mock;\n'
        printf 'import static org.mockito.Mockito.when;\n\nimport java.util.function.IntUnaryOperator;\n'
        printf 'import org.junit.jupiter.api.Test;\n\nclass Unit%dTest {\n' "$c"
        for ((m = 1; m <= methods; m++)); do
          printf '\n    @Test\n    void f%d() {\n        IntUnaryOperator f = mock(IntUnaryOperator.class);\n' "$m"
          printf '        when(f.applyAsInt(anyInt())).thenAnswer(call -> Unit%d.f%d(call.getArgument(0)));\n' "$c" "$m"
          printf '        assertThat(f.applyAsInt(%d)).isEqualTo(1);\n    }\n' $((m + 1))
        done
        printf '}\n'
      } > "$test"
    else
      {
        printf 'package bench;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\n'
        printf 'import org.junit.jupiter.api.Test;\n\nclass Unit%dTest {\n' "$c"
        for ((m = 1; m <= methods; m++)); do
          printf '\n    @Test\n    void f%d() {\n        assertEquals(1, Unit%d.f%d(%d));\n    }\n' "$m" "$c" "$m" $((m + 1))
        done
        printf '}\n'
      } > "$test"
    fi
  done
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# run_once NAME ARGS... : runs mvn in the generated project, prints elapsed ms; output goes to bench/work/NAME.log
run_once() {
  local name="$1"; shift
  local start end
  start=$(now_ms)
  if ! (cd "$work" && mvn "${mvn_args[@]}" "$@" > "$root/bench/work/$name.log" 2>&1); then
    echo "mvn $* failed; see bench/work/$name.log" >&2
    exit 1
  fi
  end=$(now_ms)
  echo $((end - start))
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

generate
echo "generated $classes classes x $methods methods, one test each$( ((libraries)) && echo ' (AssertJ, Mockito)'), in bench/work/cover-project" >&2
(cd "$work" && mvn "${mvn_args[@]}" test-compile > "$root/bench/work/cover-prepare.log" 2>&1) \
  || { echo "preparing failed; see bench/work/cover-prepare.log" >&2; exit 1; }

tracer=(tracer:test-json -Dtracer.cover)
jacoco=(-Pjacoco test jacoco:report)
run_once cover-tracer "${tracer[@]}" > /dev/null
run_once cover-jacoco "${jacoco[@]}" > /dev/null
tracer_times=() jacoco_times=()
for ((i = 1; i <= runs; i++)); do
  t=$(run_once cover-tracer "${tracer[@]}"); tracer_times+=("$t")
  j=$(run_once cover-jacoco "${jacoco[@]}"); jacoco_times+=("$j")
  echo "run $i: tracer:test-json -Dtracer.cover ${t} ms, test jacoco:report ${j} ms" >&2
done

# Both measured the same thing: the same line totals.
ours=$(sed -n 's/^ *"total_lines" : \([0-9]*\),*$/\1/p' "$work/target/tracer/report.json" | head -1)
theirs=$(awk -F, 'NR > 1 { s += $8 + $9 } END { print s }' "$work/target/site/jacoco/jacoco.csv")
[[ "$ours" == "$theirs" ]] || { echo "line totals differ: tracer $ours, jacoco.csv $theirs" >&2; exit 1; }

tracer_median=$(printf '%s\n' "${tracer_times[@]}" | median)
jacoco_median=$(printf '%s\n' "${jacoco_times[@]}" | median)
echo "classes: $classes x $methods methods ($((classes * methods)) tests, $ours lines$( ((libraries)) && echo ', AssertJ and Mockito')), runs: $runs (after one warm-up each)"
echo "mvn -q tracer:test-json -Dtracer.cover:  median ${tracer_median} ms"
echo "mvn -q -Pjacoco test jacoco:report:      median ${jacoco_median} ms"
awk -v a="$tracer_median" -v b="$jacoco_median" 'BEGIN { printf "ratio tracer / jacoco: %.2f\n", a / b }'
