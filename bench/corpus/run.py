#!/usr/bin/env python3
"""Runs the real-world corpus: each project of projects.tsv at its pinned commit, once with `mvn test` and once with
`mvn <tracer>:test-json -Dtracer.all`, and compares what Tracer reports with Surefire's own XML reports.

usage: bench/corpus/run.py [-m MIRRORS] [-p NAME,NAME] [-w WORK] [--compare-only] [--list]
  -m MIRRORS      folder of git clones or bare mirrors: MIRRORS/owner+name (with a repo/ git dir inside, as the
                  snapshot tool lays them out, or itself a git dir or a clone), MIRRORS/owner/name or MIRRORS/name
                  (default: $CORPUS_MIRRORS, else bench/work/mirrors)
  -p NAMES        run only these projects (comma-separated names of projects.tsv)
  -w WORK         scratch folder for work trees and results (default: bench/work/corpus)
  --compare-only  do not run Maven; compare the results already in WORK
  --list          print the projects and whether their pinned commit is present, and stop

Per project it checks the pinned commit out of the mirror into WORK/<name>/src, copies inject/<name>/ over it when
the projects file says so, runs (JAVA_HOME set to the JDK the file names, found under /usr/lib/jvm by folder name
or taken from $JDK<version>_HOME):
  1. mvn -B -ntp -q test-compile                          (untimed warm-up: dependencies and plugins)
  2. mvn -B -ntp test ARGS                                (timed; Surefire XML kept as plain-xml/)
  3. mvn -B -ntp PLUGIN:test-json -Dtracer.all ARGS       (timed, from a clean tree; its Surefire XML kept as
                                                           tracer-xml/, the document as report.json)
and writes WORK/results.md (the table and the mismatch list) and WORK/results.json. Exit code: 0 when the corpus ran,
whatever it found; 2 for a usage error.
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTED = 40  # mismatches listed per project in results.md; results.json has all
ROOT = HERE.parent.parent


def plugin_coordinates():
    pom = (ROOT / "pom.xml").read_text()
    version = re.search(r"^  <version>(.*?)</version>", pom, re.M).group(1)
    return f"dev.tracer:tracer-maven-plugin:{version}"


def read_projects():
    projects = []
    for line in (HERE / "projects.tsv").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 7:
            sys.exit(f"projects.tsv: expected 7 tab-separated columns, got {len(cols)}: {line}")
        name, repo, commit, jdk, args, inject, covers = cols
        projects.append(dict(name=name, repo=repo, commit=commit, jdk=jdk,
                             args=[] if args == "-" else shlex.split(args),
                             inject=None if inject == "-" else inject, covers=covers))
    return projects


def git_dir(mirrors, repo):
    owner, name = repo.split("/")
    for candidate in (mirrors / f"{owner}+{name}", mirrors / owner / name, mirrors / name):
        for d in (candidate / "repo", candidate / ".git", candidate):
            if d.is_dir() and (d / "HEAD").is_file() and (d / "objects").is_dir():
                return d
    return None


def has_commit(gdir, commit):
    return subprocess.run(["git", "--git-dir", str(gdir), "cat-file", "-e", commit + "^{commit}"],
                          capture_output=True).returncode == 0


def find_jdk(version):
    env = os.environ.get(f"JDK{version}_HOME")
    if env:
        return env
    jvm = Path("/usr/lib/jvm")
    for d in sorted(jvm.iterdir()) if jvm.is_dir() else []:
        if re.search(rf"(^|[-_.]){version}([-_.]|$)", d.name) and (d / "bin" / "java").exists():
            return str(d)
    return None


def checkout(gdir, commit, src, inject):
    if src.exists():
        shutil.rmtree(src)
    subprocess.run(["git", "clone", "-q", "--shared", "--no-checkout", str(gdir), str(src)], check=True)
    checked_out = subprocess.run(["git", "-C", str(src), "checkout", "-q", "--detach", commit],
                                 capture_output=True, text=True)
    if checked_out.returncode != 0:
        print(f"warning: checkout of {commit} in {src} was incomplete (continuing): "
              f"{checked_out.stderr.strip().splitlines()[-1] if checked_out.stderr.strip() else ''}", file=sys.stderr)
    reinject(src, inject)


def clean(src, inject):
    # Not checked: a snapshot may lack large files (mug's benchmark data), which checkout then reports as errors.
    subprocess.run(["git", "-C", str(src), "clean", "-q", "-fdx"])
    subprocess.run(["git", "-C", str(src), "checkout", "-q", "--", "."], stderr=subprocess.DEVNULL)
    reinject(src, inject)


def reinject(src, inject):
    """Copies inject/<name>/ over the tree, then applies its *.patch files (a wrong condition in a production class is
    a two-line patch, so none of the project's code is kept here)."""
    if inject:
        folder = HERE / "inject" / inject
        shutil.copytree(folder, src, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.patch"))
        for patch in sorted(folder.glob("*.patch")):
            subprocess.run(["git", "-C", str(src), "apply", str(patch)], check=True)


def mvn(src, args, log, env):
    started = time.monotonic()
    with open(log, "w") as out:
        rc = subprocess.run(["mvn"] + args, cwd=src, stdout=out, stderr=subprocess.STDOUT, env=env).returncode
    return rc, round(time.monotonic() - started, 1)


def copy_reports(src, dest):
    """Copies every module's target/surefire-reports/TEST-*.xml to dest/<module path>/."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for f in sorted(src.glob("**/target/surefire-reports/TEST-*.xml")):
        module = f.parent.parent.parent.relative_to(src)
        target = dest / str(module).replace("/", "__") if str(module) != "." else dest / "_root"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(f, target / f.name)


def run_project(p, gdir, work, plugin):
    pdir = work / p["name"]
    pdir.mkdir(parents=True, exist_ok=True)
    src = pdir / "src"
    jdk = find_jdk(p["jdk"])
    if jdk is None:
        return dict(error=f"no JDK {p['jdk']} under /usr/lib/jvm and no $JDK{p['jdk']}_HOME")
    env = dict(os.environ, JAVA_HOME=jdk, MAVEN_OPTS="-Djansi.noreset=true")
    env["PATH"] = f"{jdk}/bin:{env['PATH']}"
    checkout(gdir, p["commit"], src, p["inject"])
    base = ["-B", "-ntp"] + p["args"]
    mvn(src, ["-B", "-ntp", "-q", "test-compile"] + p["args"], pdir / "warmup.log", env)
    clean(src, p["inject"])
    plain_rc, plain_s = mvn(src, base + ["test"], pdir / "plain.log", env)
    copy_reports(src, pdir / "plain-xml")
    clean(src, p["inject"])
    tracer_rc, tracer_s = mvn(src, base + [f"{plugin}:test-json", "-Dtracer.all"], pdir / "tracer.log", env)
    copy_reports(src, pdir / "tracer-xml")
    report = src / "target" / "tracer" / "report.json"
    if report.is_file():
        shutil.copy2(report, pdir / "report.json")
    elif (pdir / "report.json").exists():
        (pdir / "report.json").unlink()
    run = dict(plain_rc=plain_rc, plain_s=plain_s, tracer_rc=tracer_rc, tracer_s=tracer_s, jdk=jdk)
    (pdir / "run.json").write_text(json.dumps(run, indent=2) + "\n")
    return run


# ---- comparison ---------------------------------------------------------------------------------------------------

def xml_cases(folder):
    """(module, classname, name, state, detail) per <testcase> of the reports in folder, and the suites' sums."""
    cases, totals = [], dict(tests=0, failures=0, errors=0, skipped=0)
    for f in sorted(folder.glob("*/TEST-*.xml")) if folder.is_dir() else []:
        try:
            root = ET.parse(f).getroot()
        except ET.ParseError as e:
            cases.append((f.parent.name, f.name, "<unreadable>", "unreadable", str(e), ""))
            continue
        suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
        for s in suites:
            for k in totals:
                totals[k] += int(float(s.get(k, "0").replace(",", "") or 0))
        for tc in root.iter("testcase"):
            state, detail = "passed", ""
            for tag, st in (("failure", "failed"), ("error", "error"), ("skipped", "skipped")):
                el = tc.find(tag)
                if el is not None:
                    state, detail = st, (el.get("type") or "") + (": " + el.get("message") if el.get("message") else "")
                    break
            if state == "passed" and (tc.find("flakyFailure") is not None or tc.find("flakyError") is not None):
                state = "flaky"
            cases.append((f.parent.name, tc.get("classname", ""), tc.get("name", ""), state, detail[:160],
                          f.name[len("TEST-"):-len(".xml")]))
    # Counted from the testcases, as Surefire's console does: a <testsuite> of a class whose tests are all in @Nested
    # classes says tests="0" although it holds their testcases.
    counted = dict(tests=len(cases), failures=sum(c[3] == "failed" for c in cases),
                   errors=sum(c[3] == "error" for c in cases), skipped=sum(c[3] == "skipped" for c in cases))
    return cases, counted, totals


def simple_types(params):
    return ", ".join(re.split(r"[.$]", t.strip())[-1] for t in params.split(",")) if params.strip() else ""


def tracer_names(t):
    """The names under which Surefire may have reported this test: its display name, its method, and the JUnit
    Platform legacy reporting name rebuilt from the unique id (method(Types)[n] for invocations and dynamic tests)."""
    tid = t.get("id") or ""
    segs = re.findall(r"\[([a-z-]+):(.*?)\](?=/\[|$)", tid)
    # The bare method name only for a test that is the method itself: an invocation of a parameterized method
    # must not take the testcase of a plain overload of the same name.
    invocation = bool(segs) and re.search("invocation|dynamic|iteration", segs[-1][0]) is not None
    names = {t.get("name") or ""} | (set() if invocation else {t.get("method") or ""})
    legacy = None
    for kind, value in segs:
        if kind in ("method", "test-factory", "test-template"):
            m = re.match(r"([^(]*)\((.*)\)$", value)
            legacy = f"{m.group(1)}({simple_types(m.group(2))})" if m else value
        elif kind in ("test-template-invocation", "dynamic-test", "dynamic-container") and legacy is not None:
            legacy += "[" + value.lstrip("#") + "]"
    if legacy:
        names.add(legacy)
    out = set()
    for n in names:
        if n:
            out.add(n)
            out.add(n[:-2] if n.endswith("()") else n)
    return out


def phrased(xml_name, display):
    return bool(display) and xml_name.endswith(display) and len(xml_name) > len(display)


def norm_xml_name(name):
    return name[:-2] if name.endswith("()") else name


def tracer_tests(doc):
    tests = [dict(t, _state=t.get("state")) for t in doc.get("tests", [])]
    for t in doc.get("flaky", []):
        tests.append(dict(t, _state="flaky"))
    return tests


def same_state(xml_state, tracer_state):
    if xml_state in ("failed", "error"):
        # flaky: it failed in the pass Surefire's XML is of, and passed on Tracer's rerun
        return tracer_state in ("failed", "invalid", "flaky")
    return xml_state == tracer_state


def compare(name, pdir, run):
    plain_cases, plain_totals, plain_attributes = xml_cases(pdir / "plain-xml")
    cases, totals, attributes = xml_cases(pdir / "tracer-xml")
    mismatches = []
    report = pdir / "report.json"
    doc = json.loads(report.read_text()) if report.is_file() else None
    summary = (doc or {}).get("summary", {})
    notes = []
    if doc is None:
        modules = sorted((pdir / "src").glob("*/target/tracer/report.json"))
        found = ", ".join(f"{m.parent.parent.parent.name}: {fmt_summary(json.loads(m.read_text()).get('summary', {}))}"
                          for m in modules)
        mismatches.append(dict(kind="no report", detail=f"target/tracer/report.json was not written, so none of the "
                                                        f"{len(cases)} tests of Surefire's XML is in a document"
                                                        + (f"; module documents t/p/f/s/i: {found}" if found else "")))
        cases_to_match = []
    else:
        cases_to_match = cases
    tests = tracer_tests(doc or {})
    by_class = {}
    for t in tests:
        by_class.setdefault(t.get("class") or "", []).append(t)
    by_class_name = {}
    for cls_name, pool in by_class.items():
        index = by_class_name.setdefault(cls_name, {})
        for t in pool:
            for n in tracer_names(t):
                index.setdefault(n, []).append(t)
    taken = set()

    def pools_of(cls, file_cls):
        """The classes an XML testcase may belong to: its classname, the class the report file is named after (a
        reporter that writes display names as classname still names the file TEST-<class>.xml), or one of that
        class's nested classes."""
        names = [cls, file_cls] + [c for c in by_class if file_cls and c.startswith(file_cls + "$")]
        return [c for c in dict.fromkeys(names) if c in by_class]

    def take(cls, file_cls, wanted=None, accepts=None):
        """Takes the first unmatched Tracer test of those classes with that name (or, with accepts, the unmatched
        one with the longest name that accepts)."""
        for c in pools_of(cls, file_cls):
            if wanted is not None:
                hit = next((t for t in by_class_name[c].get(wanted, []) if id(t) not in taken), None)
            else:
                hits = [t for t in by_class[c] if id(t) not in taken and accepts(t)]
                hit = max(hits, key=lambda t: len(t.get("name") or "")) if hits else None
            if hit is not None:
                taken.add(id(hit))
                return hit
        return None

    healed = []

    def check(case, hit):
        module, cls, tname, state, detail, file_cls = case
        if hit["_state"] == "flaky" and state in ("failed", "error"):
            healed.append(case)
        if not same_state(state, hit["_state"]):
            mismatches.append(dict(kind="state", test=f"{cls}#{tname}", surefire=state, tracer=hit["_state"],
                                   detail=detail))

    unmatched_xml = []
    for case in cases_to_match:
        module, cls, tname, state, detail, file_cls = case
        wanted = norm_xml_name(tname)
        hit = take(cls, file_cls, wanted=wanted)
        if hit is None:
            unmatched_xml.append(case)
        else:
            check(case, hit)
    # Reporters with phrased names join the parent's display name (or the legacy name) and the test's, as in
    # "maximum of two numbers [a: 3, #0]" (Spock feature, then iteration) or "formatAssertions(FormatInput)[1] DATE"
    # (a tree reporter): match those by suffix once exact names are taken.
    still_unmatched = []
    for case in unmatched_xml:
        module, cls, tname, state, detail, file_cls = case
        hit = take(cls, file_cls, accepts=lambda t: phrased(tname, t.get("name")))
        if hit is None:
            still_unmatched.append(case)
        else:
            check(case, hit)
    # Surefire with an old TestNG (6.9 here) writes testcases without a method name (name="" or "(the.Class)"):
    # pair those with the class's remaining tests by order, compare states, and count them as a note, not a mismatch.
    unnamed, final_unmatched = 0, []
    for case in still_unmatched:
        module, cls, tname, state, detail, file_cls = case
        hit = take(cls, file_cls, accepts=lambda t: True) if tname in ("", f"({cls})") else None
        if hit is None:
            final_unmatched.append(case)
        else:
            unnamed += 1
            check(case, hit)
    still_unmatched = final_unmatched
    if unnamed:
        notes.append(f"{unnamed} testcases of Surefire's XML have no test name; paired with Tracer's tests by class")
    leftovers = [t for t in tests if id(t) not in taken]
    for module, cls, tname, state, detail, file_cls in still_unmatched:
        mismatches.append(dict(kind="only in Surefire XML", test=f"{cls}#{tname}", surefire=state, tracer="-",
                               detail=detail))
    for t in leftovers:
        mismatches.append(dict(kind="only in Tracer", test=f"{t.get('class')}#{t.get('name')}", surefire="-",
                               tracer=t["_state"], detail=t.get("id", "")))
    if healed:
        notes.append(f"{len(healed)} tests failed in the first pass and passed on Tracer's rerun (flaky): "
                     + ", ".join(f"{c[1]}#{c[2]}" for c in healed[:5]))
    # The build's verdict: a red suite must never exit 0, a green one should not fail. A test that healed on the
    # rerun is not red (as under Surefire's rerunFailingTestsCount), unless tracer.failOnFlaky says so.
    healed_ids = {id(c) for c in healed}
    red = any(c[3] in ("failed", "error") and id(c) not in healed_ids for c in cases)
    if red and run.get("tracer_rc") == 0:
        mismatches.append(dict(kind="exit code", detail="Surefire's XML of the Tracer run has failures, Tracer exited 0"))
    if summary.get("result") == "failed" and run.get("tracer_rc") == 0:
        mismatches.append(dict(kind="exit code", detail="summary.result is failed, Tracer exited 0"))
    if (run.get("plain_rc") != 0) != (run.get("tracer_rc") != 0):
        warnings = "; ".join((doc or {}).get("warnings", []))
        mismatches.append(dict(kind="exit code", detail=f"mvn test exited {run.get('plain_rc')}, "
                                                        f"Tracer exited {run.get('tracer_rc')}"
                                                        + (f"; the document's warnings: {warnings}" if warnings else "")))
    flaky_only = dict(totals, failures=totals["failures"] - sum(1 for c in healed if c[3] == "failed"),
                      errors=totals["errors"] - sum(1 for c in healed if c[3] == "error"))
    if plain_totals != totals and plain_totals == flaky_only:
        notes.append(f"totals: mvn test XML {fmt_xml(plain_totals)} vs Tracer run's XML {fmt_xml(totals)}, the "
                     f"difference being the tests that healed on the rerun")
    elif plain_totals != totals:
        mismatches.append(dict(kind="totals", detail=f"mvn test XML {fmt_xml(plain_totals)} vs Tracer run's XML "
                                                     f"{fmt_xml(totals)}"))
    return dict(name=name, xml_cases=len(cases), plain_totals=plain_totals, tracer_xml_totals=totals,
                summary=summary, mismatches=mismatches, notes=notes,
                plain_suite_attributes=plain_attributes, tracer_suite_attributes=attributes, **run)


def fmt_xml(t):
    return f"{t['tests']}/{t['failures']}/{t['errors']}/{t['skipped']}"


def fmt_summary(s):
    if not s:
        return "no report"
    return f"{s.get('total')}/{s.get('passed')}/{s.get('failed')}/{s.get('skipped')}/{s.get('invalid')}"


def table(results, missing):
    lines = ["| project | tests (XML) | Surefire t/f/e/s (mvn test) | Tracer t/p/f/s/i | mismatches | exit mvn test | "
             "exit tracer | time mvn test s | time tracer s | ratio |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        if "error" in r:
            lines.append(f"| {r['name']} | not run: {r['error']} |||||||||")
            continue
        ratio = f"{r['tracer_s'] / r['plain_s']:.2f}" if r.get("plain_s") else "-"
        lines.append(f"| {r['name']} | {r['xml_cases']} | {fmt_xml(r['plain_totals'])} | {fmt_summary(r['summary'])} "
                     f"| {len(r['mismatches'])} | {r['plain_rc']} | {r['tracer_rc']} | {r['plain_s']} "
                     f"| {r['tracer_s']} | {ratio} |")
    for m in missing:
        lines.append(f"| {m} | missing: no clone or pinned commit under the mirrors folder |||||||||")
    notes = [f"- {r['name']}: {n}" for r in results for n in r.get("notes", [])]
    if notes:
        lines += ["", "## Notes", ""] + notes
    lines += ["", "## Mismatches", ""]
    for r in results:
        shown = r.get("mismatches", [])[:LISTED]
        if len(r.get("mismatches", [])) > LISTED:
            lines.append(f"- {r['name']}: {len(r['mismatches']) - LISTED} more mismatches in results.json")
        for m in shown:
            test = f" `{m['test']}`" if "test" in m else ""
            states = f" Surefire `{m['surefire']}`, Tracer `{m['tracer']}`" if "surefire" in m else ""
            detail = f" ({m['detail']})" if m.get("detail") else ""
            lines.append(f"- {r['name']}: {m['kind']}{test}{states}{detail}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("-m", default=os.environ.get("CORPUS_MIRRORS", str(ROOT / "bench" / "work" / "mirrors")))
    ap.add_argument("-p")
    ap.add_argument("-w", default=str(ROOT / "bench" / "work" / "corpus"))
    ap.add_argument("--compare-only", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(__doc__)
        return 0
    projects = read_projects()
    if a.p:
        wanted = a.p.split(",")
        unknown = [w for w in wanted if w not in {p["name"] for p in projects}]
        if unknown:
            print(f"unknown project(s): {', '.join(unknown)} (see projects.tsv)", file=sys.stderr)
            return 2
        projects = [p for p in projects if p["name"] in wanted]
    mirrors, work = Path(a.m), Path(a.w).resolve()
    work.mkdir(parents=True, exist_ok=True)
    plugin = plugin_coordinates()
    results, missing = [], []
    for p in projects:
        gdir = git_dir(mirrors, p["repo"])
        present = gdir is not None and has_commit(gdir, p["commit"])
        if a.list:
            print(f"{p['name']:24} {p['repo']:40} {p['commit'][:12]} {'present' if present else 'MISSING'}")
            continue
        if not present:
            print(f"missing: {p['name']} ({p['repo']} at {p['commit']}) under {mirrors}", file=sys.stderr)
            missing.append(p["name"])
            continue
        pdir = work / p["name"]
        if a.compare_only:
            run_file = pdir / "run.json"
            if not run_file.is_file():
                missing.append(p["name"])
                continue
            run = json.loads(run_file.read_text())
        else:
            print(f"{time.strftime('%H:%M:%S')} {p['name']}: running", file=sys.stderr, flush=True)
            run = run_project(p, gdir, work, plugin)
        result = dict(name=p["name"], **run) if "error" in run else compare(p["name"], pdir, run)
        results.append(result)
        if "error" not in result:
            print(f"{time.strftime('%H:%M:%S')} {p['name']}: mvn test rc={result['plain_rc']} {result['plain_s']}s, "
                  f"tracer rc={result['tracer_rc']} {result['tracer_s']}s, {len(result['mismatches'])} mismatches",
                  file=sys.stderr, flush=True)
    if a.list:
        return 0
    text = table(results, missing)
    (work / "results.md").write_text(text)
    (work / "results.json").write_text(json.dumps(dict(results=results, missing=missing), indent=2) + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
