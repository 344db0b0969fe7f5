"""The bundled examples: every marked line is reported, nothing else, at both levels."""
import pytest

from conftest import expected_markers
from helpers import ROOT, run_json

EXAMPLES = ROOT / "examples"


@pytest.mark.parametrize("level", ["LAX", "STRICT"])
def test_examples_match_their_markers(level):
    findings = run_json("--jit-syntax-level", level, "--device", "CPU", EXAMPLES)
    got = {(f["path"].split("/")[-1], f["line"], f["code"]) for f in findings}
    expected = set()
    for path in sorted(EXAMPLES.glob("*.py")):
        for line, code in expected_markers(path.read_text(), level):
            expected.add((path.name, line, code))
    assert got == expected


def test_clean_model_is_silent():
    assert run_json(EXAMPLES / "clean_model.py") == []
