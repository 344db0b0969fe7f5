"""Scoring the static pass against compiler-labelled cases (tests/cases/labels.json)."""
import json
from pathlib import Path

from msgraph_lint.config import Config
from msgraph_lint.engine import lint_path

CASES = Path(__file__).resolve().parent / "cases"
HAZARD_OUTCOMES = ("dynamic", "error")


def load_labels():
    return json.loads((CASES / "labels.json").read_text())


def blamed_lines(label):
    return sorted(set(label.get("lines") or [])) if label["outcome"] in HAZARD_OUTCOMES else []


def score(level, device="CPU"):
    """Per case: blamed lines, reported lines, misses and false alarms (±1 line)."""
    config = Config(jit_syntax_level=level, device=device)
    rows = {}
    for name, levels in sorted(load_labels().items()):
        label = levels[level]
        if label["outcome"] in ("crash", "timeout"):
            continue
        if label["outcome"] == "error" and not label.get("lines"):
            continue  # MindSpore blamed no line (a run-time kernel error): nothing to score
        blamed = blamed_lines(label)
        found = sorted({f.line for f in lint_path(str(CASES / name), config)})
        misses = [b for b in blamed if not any(abs(b - f) <= 1 for f in found)]
        false = [f for f in found if not any(abs(b - f) <= 1 for b in blamed)]
        rows[name] = {"outcome": label["outcome"], "blamed": blamed, "found": found,
                      "misses": misses, "false": false}
    return rows


def summary(rows):
    found = sum(len(r["found"]) for r in rows.values())
    false = sum(len(r["false"]) for r in rows.values())
    blamed = sum(len(r["blamed"]) for r in rows.values())
    misses = sum(len(r["misses"]) for r in rows.values())
    precision = (found - false) / found if found else 1.0
    recall = (blamed - misses) / blamed if blamed else 1.0
    return {"cases": len(rows), "findings": found, "false": false, "blamed": blamed,
            "misses": misses, "precision": round(precision, 4), "recall": round(recall, 4)}


def probe_agreement(findings, level, names=None):
    """Does the probe agree with MindSpore, case by case? Returns (disagreements, scored).

    Agreement: every blamed line of a dynamic or failing case is confirmed within one
    line, and nothing is confirmed in a static case. Cases MindSpore crashed or timed
    out on, or whose error it located nowhere, are not scored.
    """
    confirmed = {}
    for f in findings:
        if f.get("probe", {}).get("status") == "confirmed":
            confirmed.setdefault(f["path"], set()).add(f["line"])
    labels = load_labels()
    disagree, scored = [], 0
    for name in sorted(names if names is not None else labels):
        label = labels[name][level]
        lines = confirmed.get(name, set())
        if label["outcome"] in HAZARD_OUTCOMES and label.get("lines"):
            ok = all(any(abs(b - line) <= 1 for line in lines) for b in blamed_lines(label))
        elif label["outcome"] == "static":
            ok = not lines
        else:
            continue
        scored += 1
        if not ok:
            disagree.append((name, label["outcome"], label.get("lines"), sorted(lines)))
    return disagree, scored
