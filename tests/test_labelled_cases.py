"""The static pass against cases labelled by MindSpore 2.10 itself.

Each file in tests/cases was compiled on CPU in GRAPH_MODE at LAX and STRICT
by tools/label_cases.py; labels.json records the outcome and the line
MindSpore blamed (dynamic-shape origin in the type-inference IR, or the
innermost frame of the compile error). A finding counts within one line.

Known deviations are kept visible in tests/cases/deviations.json (the
`todo-expect` of this suite); refresh it with ``pytest --update-expected``.
"""
import json

import pytest

from labelled import CASES, score, summary

DEVIATIONS = CASES / "deviations.json"


@pytest.fixture(scope="module")
def results():
    return {level: score(level) for level in ("LAX", "STRICT")}


@pytest.mark.parametrize("level", ["LAX", "STRICT"])
def test_precision_and_recall_targets(results, level):
    s = summary(results[level])
    assert s["cases"] >= 100
    assert s["precision"] >= 0.95, s
    assert s["recall"] >= 0.90, s


def test_no_new_deviations(results, update_expected):
    current = {
        level: {name: {"misses": r["misses"], "false": r["false"]}
                for name, r in rows.items() if r["misses"] or r["false"]}
        for level, rows in results.items()
    }
    if update_expected:
        DEVIATIONS.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n")
    known = json.loads(DEVIATIONS.read_text())
    assert current == known, "deviations changed; if intended, run pytest --update-expected"
