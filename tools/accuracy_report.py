#!/usr/bin/env python
"""Score the static pass against compiler-labelled cases, and list findings on a corpus.

    python tools/accuracy_report.py [--cases DIR]... [--corpus DIR]

For each case folder (a labels.json beside the cases, as written by
tools/label_cases.py) it prints precision and recall at LAX and STRICT on
CPU, a finding counting when it is within one line of a line MindSpore
blamed. For a corpus folder it prints every finding at both levels (with
preview rules), for triage. The figures in docs/accuracy.md come from here.
"""
import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import labelled  # noqa: E402
from msgraph_lint.cli import iter_files  # noqa: E402
from msgraph_lint.config import Config  # noqa: E402
from msgraph_lint.engine import lint_path  # noqa: E402


def score_folder(folder: Path) -> None:
    labelled.CASES = folder
    print(f"## {folder}")
    for level in ("LAX", "STRICT"):
        rows = labelled.score(level)
        s = labelled.summary(rows)
        print(f"{level}: cases {s['cases']}, findings {s['findings']} ({s['false']} false), "
              f"blamed lines {s['blamed']} ({s['misses']} missed): "
              f"precision {s['precision']:.3f}, recall {s['recall']:.3f}")
        for name, r in rows.items():
            if r["misses"] or r["false"]:
                print(f"    {name}: {r['outcome']} blamed={r['blamed']} found={r['found']}")


def corpus(folder: Path) -> None:
    print(f"## corpus {folder}")
    for level in ("LAX", "STRICT"):
        config = Config(jit_syntax_level=level, preview=True)
        files = list(iter_files([str(folder)], config))
        findings = [f for path in files for f in lint_path(path, config)]
        print(f"{level}: {len(findings)} findings in {len(files)} files")
        for f in findings:
            print(f"    {os.path.relpath(f.path, folder)}:{f.line}: {f.code} {f.message}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", action="append", type=Path, default=[])
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args()
    for folder in args.cases or [ROOT / "tests" / "cases"]:
        score_folder(folder)
    if args.corpus:
        corpus(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
