"""Cell bases defined in other modules of the project (the CLI resolves them; flake8 cannot)."""
import subprocess
import sys
import textwrap

from helpers import run_json


def _package(tmp_path):
    pkg = tmp_path / "pkg" / "models"
    pkg.mkdir(parents=True)
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("from .base import BaseModel\n")
    (pkg / "base.py").write_text(textwrap.dedent('''
        import mindspore.nn as nn

        class Root(nn.Cell):
            pass

        class BaseModel(Root):
            pass
    '''))
    (pkg / "head.py").write_text(textwrap.dedent('''
        import mindspore
        from . import BaseModel
        from pkg.models.base import Root
        from ..models import base as b

        class Head(BaseModel):          # relative import, re-exported by __init__, two levels
            def construct(self, x, k):
                return x[:k]

        class Other(Root):              # absolute import
            def construct(self, x, k):
                return x[k:]

        class Third(b.Root):            # module alias through a relative import
            def construct(self, x, k):
                return x[::k]

        class NotACell:
            def construct(self, x, k):
                return x[:k]
    '''))
    return tmp_path


def test_cli_resolves_cell_bases_across_modules(tmp_path):
    root = _package(tmp_path)
    found = sorted((f["path"], f["line"], f["scope"]) for f in run_json("pkg", cwd=root))
    assert found == [("pkg/models/head.py", 9, "Head.construct"), ("pkg/models/head.py", 13, "Other.construct"),
                     ("pkg/models/head.py", 17, "Third.construct")]


def test_flake8_needs_extra_cell_bases(tmp_path):
    root = _package(tmp_path)
    plain = subprocess.run([sys.executable, "-m", "flake8", "--select=MSG", "pkg"], cwd=root,
                           capture_output=True, text=True)
    assert "MSG101" not in plain.stdout
    (root / "pyproject.toml").write_text('[tool.msgraph-lint]\nextra-cell-bases = ["BaseModel", "Root", "b.Root"]\n')
    configured = subprocess.run([sys.executable, "-m", "flake8", "--select=MSG", "pkg"], cwd=root,
                                capture_output=True, text=True)
    assert configured.stdout.count("MSG101") == 3
