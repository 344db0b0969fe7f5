"""Cells MindSpore cannot call: their construct is never compiled, so nothing in it is reported.

The labelled cases record these as errors with no blamed line (MindSpore fails while calling
the Cell, before compiling construct), which the labelled-case score skips: these tests check
the linter's side."""
from msgraph_lint.config import Config
from msgraph_lint.engine import lint_path

from labelled import CASES


def _codes(name, level="LAX"):
    return [f.code for f in lint_path(str(CASES / name), Config(jit_syntax_level=level))]


def test_cell_whose_init_never_runs_cell_init_is_silent():
    for level in ("LAX", "STRICT"):
        assert _codes("class_cell_init_without_super.py", level) == []


def test_the_same_cell_with_super_init_is_reported():
    for level in ("LAX", "STRICT"):
        assert _codes("class_cell_init_with_super.py", level) == ["MSG103"]
