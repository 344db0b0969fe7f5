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


_PATCHED = '''
{imports}
from mindspore import nn, ops


class Block(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.norm = nn.LayerNorm((dim,), eps=1e-5)
        self.pad = ops.zeros(1, 1, dim)

    def construct(self, x):
        return self.norm(x) + ops.zeros(1, dim_of(x))


def dim_of(x):
    return x.shape[-1]


def build():
    return Block(8)
'''


def _lint_text(tmp_path, text, level="LAX"):
    path = tmp_path / "block.py"
    path.write_text(text)
    return sorted((f.line, f.code) for f in lint_path(str(path), Config(jit_syntax_level=level)))


def test_signatures_mindnlp_patches_are_not_judged_where_it_is_imported(tmp_path):
    # mindnlp 0.3-0.4 patches nn.LayerNorm(eps=) and ops.zeros(*size) when imported (seed 7342)
    plain = _lint_text(tmp_path, _PATCHED.format(imports="import numpy as np"))
    assert [code for _, code in plain] == ["MSG523"]
    patched = _lint_text(tmp_path, _PATCHED.format(imports="from mindnlp.utils import logging"))
    assert patched == []
