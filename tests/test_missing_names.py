"""MSG517's table of what MindSpore 2.10 has: how it is read, and that it matches the wheel."""
import importlib.util
import os
import subprocess
import sys
import tomllib

import pytest

from helpers import ROOT
from msgraph_lint import missing_names

TABLE = ROOT / "rules" / "tables" / "mindspore_names.toml"
HAVE_MINDSPORE = importlib.util.find_spec("mindspore") is not None


def test_fast_reading_equals_tomllib():
    """The analysis reads the 400 kB table with one pattern; it must see what tomllib sees."""
    with TABLE.open("rb") as handle:
        parsed = tomllib.load(handle)["namespace"]
    table = missing_names._Table(TABLE.read_text(encoding="utf-8"))
    assert sorted(table) == sorted(parsed)
    for namespace, entry in parsed.items():
        assert table.get(namespace) == frozenset(entry["names"].split()), namespace
    assert table.compiled == {namespace for namespace, entry in parsed.items() if entry.get("compiled")}
    assert "mindspore._c_expression" in table.compiled and "mindspore.nn" not in table.compiled
    assert table.get("mindspore.not_listed") is None


@pytest.mark.parametrize("dotted, gap", [
    ("mindspore._c_expression.Tensor", ("mindspore._c_expression", "Tensor")),
    ("mindspore._checkparam.Validator", ("mindspore._checkparam", "Validator")),
    ("mindspore.common.api.ms_function", ("mindspore.common.api", "ms_function")),
    ("mindspore.nn.wrap.cell_wrapper.TrainOneStepWithLossScaleCell",
     ("mindspore.nn.wrap.cell_wrapper", "TrainOneStepWithLossScaleCell")),
    ("mindspore.nn.ResizeBilinear", ("mindspore.nn", "ResizeBilinear")),
    # what 2.10 has, in the modules that define it
    ("mindspore._c_expression.TensorPy", None),
    ("mindspore.common.tensor.Tensor", None),
    ("mindspore.nn.layer.basic.Dense", None),
    ("mindspore.ops.operations.math_ops.MatMul", None),
    # a private name of a Python module is judged too (mindspore-rec's `_insert_hash_table_size`)
    ("mindspore.parallel._ps_context._insert_hash_table_size",
     ("mindspore.parallel._ps_context", "_insert_hash_table_size")),
    ("mindspore.parallel._ps_context._set_ps_context", None),
    # never judged: a dunder, a private name of a compiled module (it may differ by device build),
    # an attribute of a class, a module not listed
    ("mindspore.nn.__not_there__", None),
    ("mindspore._c_expression._not_there", None),
    ("mindspore.nn.Dense.not_an_attribute", None),
    ("mindspore.graph.api.not_listed", None),
])
def test_missing(dotted, gap):
    assert missing_names.missing(dotted) == gap


@pytest.mark.skipif(not HAVE_MINDSPORE and os.environ.get("MSGRAPH_LINT_REQUIRE_PROBE") != "1",
                    reason="MindSpore is not installed (pip install '.[probe]')")
def test_table_matches_installed_mindspore(tmp_path):
    """Regenerating the table from the installed wheel gives the committed file (CI installs 2.10)."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_mindspore_names.py"), "--check"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "up to date" in done.stderr
    assert not any(p.name == "rank_0" for p in ROOT.iterdir())
