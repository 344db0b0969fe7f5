"""Cells that refuse graph mode in their constructor are not graph code.

mindquantum's MQOps raises in ``__init__`` unless the context is PyNative, so its
construct (NumPy on tensors, attributes set) is never compiled. Labelled with
MindSpore 2.10: building the guarded Cell in GRAPH_MODE raises the guard's own
error at both levels; its twin without the raise is a hazard (LAX dynamic, STRICT
error, tests/cases/class_pynative_hint_without_guard.py).
"""
from pathlib import Path

import pytest

from msgraph_lint.config import Config
from msgraph_lint.engine import lint_path

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize("level", ["LAX", "STRICT"])
def test_guarded_cell_is_silent(level):
    found = lint_path(str(HERE / "fixtures" / "pynative_only" / "guarded.py"), Config(jit_syntax_level=level))
    assert found == []


@pytest.mark.parametrize("level", ["LAX", "STRICT"])
def test_unguarded_twin_is_reported(level):
    found = lint_path(str(HERE / "cases" / "class_pynative_hint_without_guard.py"), Config(jit_syntax_level=level))
    assert 13 in {f.line for f in found}
