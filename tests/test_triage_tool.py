"""tools/triage_sample.py --score reads the verdicts of its own tables and of triagers' tables."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("triage_sample", ROOT / "tools" / "triage_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_score_reads_the_verdict_column_by_its_header(tmp_path):
    tool = _tool()
    own = tmp_path / "own.md"
    own.write_text("| # | level | finding | code | source line | verdict | why |\n|---|---|---|---|---|---|---|\n"
                   "| 1 | LAX | `a.py:3` | MSG101 | `x[:n]` | TRUE | compiled |\n"
                   "| 2 | LAX | `a.py:9` | MSG104 | `ops.max(a, b)` | FALSE | elementwise |\n")
    triager = tmp_path / "triager.md"
    triager.write_text("| # | level | finding | code | verdict | why |\n|---|---|---|---|---|---|\n"
                       "| 1 | LAX | a.py:3 | MSG101 | TRUE | compiled |\n"
                       "| 2 | STRICT | a.py:4 | MSG402 | TRUE (lead) | re-judged |\n"
                       "| 3 | STRICT | a.py:9 | MSG104 | FALSE | static |\n")
    assert tool.score(own).startswith("1 false alarms of 2 triaged: 50.0%")
    assert tool.score(triager).startswith("1 false alarms of 3 triaged: 33.3%")
    empty = tmp_path / "empty.md"
    empty.write_text("| # | level | finding | code | verdict | why |\n|---|---|---|---|---|---|\n| 1 | LAX | a.py:3 | MSG101 |  |  |\n")
    assert tool.score(empty) == "no verdicts yet"
