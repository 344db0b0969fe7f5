#!/usr/bin/env python
"""Draw a seeded, stratified random sample of findings on the wide corpus, for triage.

    python tools/triage_sample.py --seed 7 --size 100 [--corpus DIR] [--source DIR] -o sample.md

The corpus (``benchmarks/corpus.py --set wide``) is fetched if missing. Each
package is linted as its own project (from its folder, ``--isolated``) at LAX
and at STRICT with the default rules. The population is every finding; the
strata are (package, level), each given a share of the sample proportional to
its size (largest remainders, at least one finding per non-empty stratum).
``--source`` runs another checkout of msgraph-lint (a git worktree of an older
commit, for a before/after comparison).

The output is a Markdown table with an empty verdict column and the source line
of each finding, plus a JSON file beside it with the population counts; the
verdicts are filled in by hand (settled, where reading is not enough, by
compiling a minimal reproduction with MindSpore on CPU) and summarised with
``--score sample.md``.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus as corpus_mod  # noqa: E402

LEVELS = ("LAX", "STRICT")


def population(corpus: Path, source: Path):
    rows = []
    env = dict(os.environ, PYTHONPATH=str(source))
    for package in sorted(p for p in corpus.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for level in LEVELS:
            proc = subprocess.run([sys.executable, "-m", "msgraph_lint", "--isolated", "--format", "json",
                                   "--jit-syntax-level", level, "."], cwd=package, env=env,
                                  capture_output=True, text=True, timeout=1800)
            if proc.returncode not in (0, 1):
                raise SystemExit(f"triage: msgraph-lint failed on {package.name}: {proc.stderr[-500:]}")
            for f in json.loads(proc.stdout)["findings"]:
                rows.append({"package": package.name, "level": level, "path": f["path"], "line": f["line"],
                             "code": f["code"], "message": f["message"]})
    return rows


def allocate(sizes: dict, total: int) -> dict:
    """Proportional allocation by largest remainders, at least one per non-empty stratum."""
    n = sum(sizes.values())
    if n <= total:
        return dict(sizes)
    quotas = {k: max(1, total * v / n) for k, v in sizes.items() if v}
    shares = {k: min(sizes[k], math.floor(q)) for k, q in quotas.items()}
    left = total - sum(shares.values())
    for k in sorted(quotas, key=lambda k: quotas[k] - math.floor(quotas[k]), reverse=True):
        if left <= 0:
            break
        if shares[k] < sizes[k]:
            shares[k] += 1
            left -= 1
    return shares


def draw(rows, size: int, seed: int):
    strata = {}
    for row in rows:
        strata.setdefault((row["package"], row["level"]), []).append(row)
    shares = allocate({k: len(v) for k, v in strata.items()}, size)
    rng = random.Random(seed)
    sample = []
    for key in sorted(strata):
        sample.extend(rng.sample(strata[key], shares.get(key, 0)))
    return sample, {f"{k[0]}/{k[1]}": len(v) for k, v in sorted(strata.items())}


def source_line(corpus: Path, row) -> str:
    try:
        lines = (corpus / row["package"] / row["path"]).read_text(errors="replace").splitlines()
        return lines[row["line"] - 1].strip()
    except (OSError, IndexError):
        return ""


def write_markdown(path: Path, sample, corpus: Path, header: str) -> None:
    out = [header, "", "| # | level | finding | code | source line | verdict | why |", "|---|---|---|---|---|---|---|"]
    for i, row in enumerate(sample, 1):
        code_line = source_line(corpus, row).replace("|", "\\|")[:120]
        out.append(f"| {i} | {row['level']} | `{row['package']}/{row['path']}:{row['line']}` | {row['code']} | "
                   f"`{code_line}` |  |  |")
    path.write_text("\n".join(out) + "\n")


def score(path: Path) -> str:
    """Count the verdicts (true / false) of a filled-in sample, with a Wilson 95% interval."""
    true = false = 0
    column = 6  # this tool's table: # | level | finding | code | source line | verdict | why
    for line in path.read_text().splitlines():
        cells = [c.strip() for c in line.split("|")]
        if "verdict" in cells and not cells[1].isdigit():
            column = cells.index("verdict")  # a triager's table may leave out the source line
        elif len(cells) > column + 1 and cells[1].isdigit():
            verdict = cells[column].lower()
            true += verdict.startswith("true")
            false += verdict.startswith("false")
    n = true + false
    if not n:
        return "no verdicts yet"
    p, z = false / n, 1.96
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (f"{false} false alarms of {n} triaged: {100 * p:.1f}% "
            f"(95% Wilson interval {100 * max(0, centre - half):.1f}-{100 * min(1, centre + half):.1f}%)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--corpus", type=Path, default=corpus_mod.WIDE_DEST)
    ap.add_argument("--source", type=Path, default=ROOT, help="msgraph-lint checkout to run (default: this one)")
    ap.add_argument("-o", "--output", type=Path, default=Path("sample.md"))
    ap.add_argument("--as-is", action="store_true",
                    help="lint the package folders under --corpus as they are (other packages than the pinned ones)")
    ap.add_argument("--score", type=Path, help="summarise the verdicts of a filled-in sample and exit")
    args = ap.parse_args(argv)
    if args.score:
        print(score(args.score))
        return 0
    if args.as_is:
        corpus = args.corpus.resolve()
    else:
        corpus = corpus_mod.ensure_corpus(args.corpus, pins=corpus_mod.WIDE_PINS, quiet=True)
    rows = population(corpus, args.source)
    sample, strata = draw(rows, args.size, args.seed)
    counts = {level: sum(1 for r in rows if r["level"] == level) for level in LEVELS}
    header = (f"Sample of {len(sample)} findings (seed {args.seed}) from {len(rows)} "
              f"({counts['LAX']} at LAX, {counts['STRICT']} at STRICT) in {corpus.name}/.")
    write_markdown(args.output, sample, corpus, header)
    args.output.with_suffix(".json").write_text(json.dumps(
        {"seed": args.seed, "population": len(rows), "by_level": counts, "strata": strata,
         "sample": sample}, indent=1) + "\n")
    print(header)
    return 0


if __name__ == "__main__":
    sys.exit(main())
