import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Labelled cases and fixtures are inputs, never test modules, whatever their names
# (`names_if_no_else_shape_test.py` matches pytest's default pattern and imports MindSpore)
collect_ignore_glob = ["cases/*", "fixtures/*"]

EXPECT = re.compile(r"#\s*expect(?P<offset>[+-]\d+)?(?:\[(?P<level>[A-Z]+)\])?:\s*"
                    r"(?P<codes>MSG\d+(?:\s*,\s*MSG\d+)*)")


def expected_markers(source: str, level: str = "LAX"):
    """``# expect: CODE`` markers as a set of (line, code).

    ``# expect+1: CODE`` points at the next line; ``# expect[STRICT]: CODE``
    applies at that syntax level only.
    """
    expected = set()
    for number, line in enumerate(source.splitlines(), start=1):
        for match in EXPECT.finditer(line):
            if match.group("level") and match.group("level") != level:
                continue
            target = number + int(match.group("offset") or 0)
            for code in match.group("codes").split(","):
                expected.add((target, code.strip()))
    return expected


def pytest_addoption(parser):
    parser.addoption("--update-expected", action="store_true", default=False,
                     help="rewrite expected-output files from the current results")


@pytest.fixture
def update_expected(request):
    return request.config.getoption("--update-expected")
