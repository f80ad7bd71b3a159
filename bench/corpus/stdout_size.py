#!/usr/bin/env python3
"""Measures what an agent reads: the stdout document of `tracer:test-json` in its default view, on corpus projects
made red by their inject/<name>/ folder (files copied over the tree, *.patch files applied: a wrong condition in a
production class).

usage: bench/corpus/stdout_size.py -p NAME,NAME -v VERSION [-t TAG] [-w WORK] [-m MIRRORS] [-- EXTRA MAVEN ARGS]
  -p NAMES    projects of projects.tsv that have a folder under inject/ (any project when --no-inject)
  -v VERSION  the version of dev.tracer:tracer-maven-plugin in ~/.m2 to run (default: the version of pom.xml)
  -t TAG      a name for this measurement (default: the version); files are WORK/<name>/stdout-TAG.json (as
              printed), document-TAG.json (the document alone), report-TAG.json, TAG.log
  -w WORK     scratch folder (default: bench/work/stdout)
  --tokens CMD  a command given the stdout files that prints one JSON line per file with its token counts
              ({"file":..., "o200k":..., ...}); for example a BPE tokenizer from the npm or PyPI registry

Prints a table: failed tests, stdout bytes, bytes per failed test, report.json bytes, and the token counts.
Exit code 0 when every project ran (whatever its tests did).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402  (the corpus runner: projects file, checkouts, JDKs, injection)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-p", required=True)
    ap.add_argument("-v")
    ap.add_argument("-t")
    ap.add_argument("-w", default=str(run.ROOT / "bench" / "work" / "stdout"))
    ap.add_argument("-m", default=os.environ.get("CORPUS_MIRRORS", str(run.ROOT / "bench" / "work" / "mirrors")))
    ap.add_argument("--tokens")
    ap.add_argument("extra", nargs="*")
    a = ap.parse_args()
    version = a.v or run.plugin_coordinates().rsplit(":", 1)[1]
    tag = a.t or version
    plugin = f"dev.tracer:tracer-maven-plugin:{version}"
    work = Path(a.w).resolve()
    projects = {p["name"]: p for p in run.read_projects()}
    rows = []
    for name in a.p.split(","):
        p = projects.get(name)
        if p is None:
            sys.exit(f"no project {name} in projects.tsv")
        inject = name if (run.HERE / "inject" / name).is_dir() else None
        gdir = run.git_dir(Path(a.m), p["repo"])
        if gdir is None:
            print(f"{name}: no clone under {a.m}", file=sys.stderr)
            continue
        jdk = run.find_jdk(p["jdk"])
        env = dict(os.environ, JAVA_HOME=jdk, MAVEN_OPTS="-Djansi.noreset=true")
        env["PATH"] = f"{jdk}/bin:{env['PATH']}"
        pdir = work / name
        src = pdir / "src"
        pdir.mkdir(parents=True, exist_ok=True)
        if (src / ".git").exists():
            run.clean(src, inject)
        else:
            run.checkout(gdir, p["commit"], src, inject)
        stdout = pdir / f"stdout-{tag}.json"
        with open(stdout, "w") as out, open(pdir / f"{tag}.log", "w") as err:
            rc = subprocess.run(["mvn", "-B", "-ntp", "-q"] + p["args"] + [f"{plugin}:test-json"] + a.extra,
                                cwd=src, stdout=out, stderr=err, env=env).returncode
        report = src / "target" / "tracer" / "report.json"
        if report.is_file():
            shutil.copy2(report, pdir / f"report-{tag}.json")
        doc, text = parse(stdout.read_text())
        stdout = pdir / f"document-{tag}.json"
        stdout.write_text(text)
        s = (doc or {}).get("summary", {})
        failed = s.get("failed", 0) + s.get("invalid", 0)
        row = dict(project=name, tag=tag, rc=rc, failed=failed, stdout_bytes=len(text.encode()),
                   per_failed=round(len(text.encode()) / failed) if failed else None,
                   report_bytes=report.stat().st_size if report.is_file() else None, stdout=str(stdout))
        rows.append(row)
    if a.tokens and rows:
        counted = subprocess.run(a.tokens.split() + [r["stdout"] for r in rows], capture_output=True, text=True)
        by_file = {}
        for line in counted.stdout.splitlines():
            t = json.loads(line)
            by_file[t.pop("file")] = {k: v for k, v in t.items() if k != "bytes"}
        for r in rows:
            r["tokens"] = by_file.get(r["stdout"])
    for r in rows:
        print(json.dumps({k: v for k, v in r.items() if k != "stdout"}))


def parse(text):
    """The document and its text: the first JSON value on stdout (Maven's -q still prints its [ERROR] lines after it),
    or with the compact view the lines up to the summary line."""
    start = text.find("{")
    if start < 0:
        return None, ""
    try:
        doc, end = json.JSONDecoder().raw_decode(text, start)
    except ValueError:
        return None, ""
    if "summary" in doc:
        return doc, text[start:end] + "\n"
    lines = []
    for line in text[start:].splitlines():
        lines.append(line)
        try:
            obj = json.loads(line)
        except ValueError:
            break
        if "summary" in obj:
            return obj, "\n".join(lines) + "\n"
    return None, ""


if __name__ == "__main__":
    main()
