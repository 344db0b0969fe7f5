"""The flake8 plugin reports exactly what the CLI reports, file for file."""
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import ROOT, fixture_tree, run_cli

pytest.importorskip("flake8")


def _flake8(*args, cwd):
    return subprocess.run([sys.executable, "-m", "flake8", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


_fixture_tree = fixture_tree


@pytest.mark.parametrize("level", ["LAX", "STRICT"])
def test_flake8_matches_cli_on_every_fixture(tmp_path, level):
    tree = _fixture_tree(tmp_path)
    cli = run_cli("--format", "json", "--jit-syntax-level", level, ".", cwd=tree)
    assert cli.returncode in (0, 1), cli.stderr
    # flake8 reports unparsable files itself (E902/E999) and never calls plugins on them.
    expected = sorted((Path(f["path"]).name, f["line"], f["col"], f["code"])
                      for f in json.loads(cli.stdout)["findings"] if not f["code"].startswith("MSG9"))
    proc = _flake8("--select=MSG", "--msgraph-jit-syntax-level", level,
                   "--format=%(path)s|%(row)d|%(col)d|%(code)s", ".", cwd=tree)
    assert proc.returncode in (0, 1), proc.stderr
    got = sorted((Path(p).name, int(r), int(c), code)
                 for p, r, c, code in (line.split("|") for line in proc.stdout.splitlines()))
    assert got == expected
    assert len(expected) > 40


def test_flake8_lists_the_plugin():
    proc = _flake8("--version", cwd=ROOT)
    assert "msgraph-lint" in proc.stdout


def test_flake8_noqa_and_default_select(tmp_path):
    (tmp_path / "n.py").write_text(textwrap.dedent('''
        from mindspore import nn
        class N(nn.Cell):
            def construct(self, x, k):
                a = x[:k]  # noqa: MSG101
                return x[:k]
    '''))
    proc = _flake8("n.py", cwd=tmp_path)
    assert "n.py:6:16: MSG101" in proc.stdout
    assert "n.py:5:13: MSG101" not in proc.stdout


def test_flake8_preview_rules_are_opt_in(tmp_path):
    (tmp_path / "r.py").write_text(textwrap.dedent('''
        import numpy as np
        from mindspore import nn
        class R(nn.Cell):
            def construct(self, x):
                return x * np.random.rand()
    '''))
    assert "MSG507" not in _flake8("r.py", cwd=tmp_path).stdout
    assert "MSG507" not in _flake8("--select=MSG", "r.py", cwd=tmp_path).stdout  # a prefix is not an opt-in
    assert "MSG507" in _flake8("--extend-select=MSG507", "r.py", cwd=tmp_path).stdout


def test_flake8_bad_config_exits_2(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.msgraph-lint]\nbogus = 1\n")
    (tmp_path / "a.py").write_text("import mindspore\n")
    proc = _flake8("a.py", cwd=tmp_path)
    assert proc.returncode == 2 and "unknown key 'bogus'" in proc.stderr
