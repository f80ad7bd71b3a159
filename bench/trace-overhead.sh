#!/usr/bin/env bash
# Measures what the flight recorder (issue 7) costs: wall time of `mvn -o -q surefire:test` on a generated suite of
# trivial JUnit 5 tests (default 100 classes x 20 methods = 2,000 tests) with tracer's listener jar on the test
# classpath, in six variants run alternately, round after round (drift affects all alike); medians are reported.
#
#   base       the listener of BASE_REF (default: main, before the recorder), no traced test
#   fr         this worktree's listener, no traced test                 -> zero cost: fr - base within noise
#   fr-one     one traced (passing) test                                 -> one-time JFR start: fr-one - fr
#   fr-all     all 2,000 tests traced, all passing                       -> per passing traced test: (fr-all - fr-one) / 1,999
#   fail       20 failing tests, untraced
#   fail-trace the same 20 failing tests, traced                         -> per failing traced test:
#                                                                           (fail-trace - fail - one-time) / 20
#
# Two figures per run: the wall time of the mvn command, and the time Surefire reports for the test classes (the sum
# of the testsuite times in target/surefire-reports: the tests and the listener's callbacks, without Maven's and the
# JVM's start), which is less sensitive to a loaded machine.
#
# usage: bench/trace-overhead.sh [-n ROUNDS] [-c CLASSES] [-m METHODS]
# Needs the plugin compiled (mvn -o compile) and the JUnit/Surefire artifacts in the local repository. Other
# processes on the machine add noise: compare the spread (min..max) printed with each median.
set -euo pipefail

rounds=5 classes=100 methods=20
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) rounds="$2"; shift 2 ;;
    -c) classes="$2"; shift 2 ;;
    -m) methods="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/work/trace"
base_ref="${BASE_REF:-main}"
export MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true"
rm -rf "$work"
mkdir -p "$work"

echo "== compiling the listener of this worktree and of $base_ref" >&2
(cd "$root" && mvn -B -ntp -o -q compile)
(cd "$root" && mvn -B -ntp -o -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt")
mkdir -p "$work/base-src" "$work/base-classes"
git -C "$root" archive "$base_ref" src/main/java/dev/tracer/listener | tar -x -C "$work/base-src"
javac -nowarn --release 17 -cp "$(cat "$work/cp.txt")" -d "$work/base-classes" \
    "$work/base-src"/src/main/java/dev/tracer/listener/*.java

# make_jar NAME CLASSES_DIR [EXTRA_PROPERTY_LINE]: the jar ListenerJar builds (listener classes, service file,
# properties naming the events directory), without ListenerJar itself.
make_jar() {
  local name="$1" classes="$2" extra="${3:-}" stage="$work/stage-$1"
  rm -rf "$stage"; mkdir -p "$stage/dev/tracer/listener" "$stage/META-INF/services"
  find "$classes/dev/tracer/listener" -maxdepth 1 -name '*.class' ! -name 'ListenerJar*' \
      -exec cp {} "$stage/dev/tracer/listener/" \;
  echo "dev.tracer.listener.TracerPlatformListener" \
      > "$stage/META-INF/services/org.junit.platform.launcher.TestExecutionListener"
  printf 'eventsDir=%s\n%s\n' "$work/events-$name" "$extra" > "$stage/dev/tracer/listener/tracer-listener.properties"
  (cd "$stage" && jar cf "$work/$name.jar" .)
}
make_jar base "$work/base-classes"
make_jar fr "$root/target/classes"
make_jar fr-one "$root/target/classes" 'trace=Bench000Test#test01'
make_jar fr-all "$root/target/classes" 'trace=Bench*Test'
# trace patterns know only '*': list the 20 failing tests
pattern=""
for ((c = 0; c < 20 && c < classes; c++)); do pattern+="$(printf 'Bench%03dTest#test00' "$c"),"; done
make_jar fail-trace "$root/target/classes" "trace=${pattern%,}"

echo "== generating $classes x $methods tests" >&2
project="$work/project"
mkdir -p "$project/src/test/java/bench"
cat > "$project/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.tracer.bench</groupId>
  <artifactId>trace-bench</artifactId>
  <version>1.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
    <bench.fail>false</bench.fail>
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
      <plugin>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>3.5.4</version>
        <configuration>
          <testFailureIgnore>true</testFailureIgnore>
          <systemPropertyVariables><bench.fail>\${bench.fail}</bench.fail></systemPropertyVariables>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
for ((c = 0; c < classes; c++)); do
  name="$(printf 'Bench%03dTest' "$c")"
  {
    echo "package bench;"
    echo "import static org.junit.jupiter.api.Assertions.assertEquals;"
    echo "import org.junit.jupiter.api.Test;"
    echo "class $name {"
    for ((m = 0; m < methods; m++)); do
      if ((m == 0 && c < 20)); then
        printf '  @Test void test%02d() { assertEquals(%d, Boolean.getBoolean("bench.fail") ? -1 : %d); }\n' "$m" "$m" "$m"
      else
        printf '  @Test void test%02d() { assertEquals(%d, %d + 0); }\n' "$m" "$m" "$m"
      fi
    done
    echo "}"
  } > "$project/src/test/java/bench/$name.java"
done
(cd "$project" && mvn -B -ntp -o -q test-compile)

run() { # run VARIANT JAR FAIL -> "wall-ms tests-ms"
  local variant="$1" jar="$2" fail="$3"
  rm -rf "$work/events-$jar" "$project/target/surefire-reports"
  local t0 t1
  t0=$(date +%s%N)
  (cd "$project" && mvn -B -ntp -o -q surefire:test -Dmaven.test.additionalClasspath="$work/$jar.jar" \
      -Dbench.fail="$fail" > "$work/$variant.log" 2>&1) || { echo "run $variant failed: $work/$variant.log" >&2; exit 1; }
  t1=$(date +%s%N)
  local tests
  tests=$(cat "$project"/target/surefire-reports/TEST-*.xml | grep -o '<testsuite [^>]*' \
      | sed -n 's/.* time="\([0-9.,]*\)".*/\1/p' | tr -d , | awk '{s += $1} END {printf "%d", s * 1000}')
  echo "$(( (t1 - t0) / 1000000 )) $tests"
}

variants=(base fr fr-one fr-all fail fail-trace)
declare -A jar=([base]=base [fr]=fr [fr-one]=fr-one [fr-all]=fr-all [fail]=fr [fail-trace]=fail-trace)
declare -A failing=([base]=false [fr]=false [fr-one]=false [fr-all]=false [fail]=true [fail-trace]=true)
declare -A times tests
echo "== warm-up" >&2
for v in "${variants[@]}"; do run "$v" "${jar[$v]}" "${failing[$v]}" > /dev/null; done
for ((r = 1; r <= rounds; r++)); do
  for v in "${variants[@]}"; do
    read -r ms tms < <(run "$v" "${jar[$v]}" "${failing[$v]}")
    times[$v]="${times[$v]:-} $ms"
    tests[$v]="${tests[$v]:-} $tms"
    echo "round $r $v wall ${ms} ms, tests ${tms} ms" >&2
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
spread() { tr ' ' '\n' | grep -v '^$' | sort -n | awk 'NR==1{min=$1} {max=$1} END {print min ".." max}'; }
report() { # report TITLE ARRAY-NAME
  local -n values="$2"
  local -A med
  echo
  echo "$1, $((classes * methods)) tests, $rounds rounds, median (min..max):"
  for v in "${variants[@]}"; do
    med[$v]=$(echo "${values[$v]}" | median)
    printf '  %-11s %6d ms   (%s)\n' "$v" "${med[$v]}" "$(echo "${values[$v]}" | spread)"
  done
  local onetime=$(( med[fr-one] - med[fr] ))
  echo "  recorder present, nothing traced (fr - base):       $(( med[fr] - med[base] )) ms"
  echo "  one-time cost of the first traced test (JFR start): ${onetime} ms"
  echo "  per passing traced test ((fr-all - fr-one)/$((classes * methods - 1))):   $(awk -v a="${med[fr-all]}" -v b="${med[fr-one]}" -v n=$((classes * methods - 1)) 'BEGIN {printf "%.2f", (a - b) / n}') ms"
  echo "  per failing traced test ((fail-trace - fail - one-time)/20): $(awk -v a="${med[fail-trace]}" -v b="${med[fail]}" -v o="$onetime" 'BEGIN {printf "%.0f", (a - b - o) / 20}') ms"
}
report "wall time of mvn surefire:test" times
report "test time Surefire reports (sum of the test classes)" tests
