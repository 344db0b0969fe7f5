#!/usr/bin/env python3
"""How often the probe's verdicts agree with MindSpore's own labels, on every labelled case.

    python benchmarks/probe_agreement.py [--level LAX|STRICT|both] [--jobs 2] [--json OUT]

Copies tests/cases/ to a temporary folder, runs ``msgraph-lint --probe --device CPU``
over it (no cache, so every case is compiled) and compares, case by case, what the
probe confirmed with tests/cases/labels.json: every blamed line of a dynamic or
failing case confirmed (within one line), nothing confirmed in a static case.
Cases MindSpore itself crashed or timed out on are not scored.

This is the whole-set figure quoted in docs/probe.md. It takes several minutes per
level on two cores, so it is a benchmark, not a test: the test suite runs the same
comparison on a fixed stratified subset (tests/test_probe.py). Exit status 0
whatever the figure is; 2 if the probe could not run.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from labelled import probe_agreement  # noqa: E402  (shared with tests/test_probe.py)


def probe(folder: Path, level: str, jobs: int, timeout: float):
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run([sys.executable, "-m", "msgraph_lint", "--isolated", "--probe", "--device", "CPU",
                           "--jit-syntax-level", level, "--probe-factory", "*.py::make", "--no-cache",
                           "--format", "json", "-j", str(jobs), "."],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=timeout)
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr.strip()[-2000:])
    return json.loads(proc.stdout)["findings"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--level", choices=["LAX", "STRICT", "both"], default="both")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=7200, help="seconds for one level's run (7200)")
    ap.add_argument("--json", type=Path, help="write the figures and disagreements here")
    args = ap.parse_args(argv)
    levels = ["LAX", "STRICT"] if args.level == "both" else [args.level]
    report = {}
    with tempfile.TemporaryDirectory(prefix="msgraph-agreement-") as tmp:
        folder = Path(tmp)
        for path in CASES.glob("*.py"):
            shutil.copy(path, folder / path.name)
        for level in levels:
            start = time.perf_counter()
            try:
                findings = probe(folder, level, args.jobs, args.timeout)
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                print(f"probe_agreement: the probe failed at {level}: {exc}", file=sys.stderr)
                return 2
            disagree, scored = probe_agreement(findings, level)
            share = 1 - len(disagree) / scored if scored else 1.0
            report[level] = {"scored": scored, "disagree": len(disagree), "agreement": round(share, 4),
                             "wall_s": round(time.perf_counter() - start, 1), "cases": disagree}
            print(f"{level}: {scored - len(disagree)} of {scored} cases agree ({100 * share:.1f}%)")
            for name, outcome, lines, got in disagree:
                print(f"    {name}: MindSpore {outcome} at {lines}, probe confirmed {got}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
