"""The linters run exactly as VS Code's Pylint and Flake8 extensions run them.

The argument lists are those of microsoft/vscode-pylint (``--reports=n
--output-format=json``, the unsaved buffer on stdin with ``--from-stdin
PATH``, the workspace folder as working directory) and microsoft/vscode-flake8
(``--format=%(row)d,%(col)d,%(code).1s,%(code)s:%(text)s`` on the saved file),
plus the settings docs/pylint.md asks for. Positions must be what the
extensions turn into editor ranges.
"""
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from helpers import ROOT, run_json

pytest.importorskip("pylint")

CROSS = ROOT / "tests" / "fixtures" / "crossmodule"
# vscode-flake8's parser for its own --format
FLAKE8_LINE = re.compile(r"(?P<line>\d+),(?P<column>-?\d+),(?P<type>\w+),(?P<code>\w+\d+):(?P<message>[^\r\n]*)")


@pytest.fixture
def workspace(tmp_path):
    folder = tmp_path / "workspace"
    shutil.copytree(CROSS, folder)
    return folder


def _env():
    return dict(os.environ, PYTHONPATH=str(ROOT))


def test_vscode_pylint_extension_on_an_unsaved_buffer(workspace):
    saved = (workspace / "shop" / "nets.py").read_text()
    buffer = "# two lines typed\n# and not saved yet\n" + saved
    proc = subprocess.run(
        [sys.executable, "-m", "pylint", "--reports=n", "--output-format=json",
         "--load-plugins=msgraph_lint.pylint_plugin", "--disable=all", "--enable=msgraph-lint",
         "--from-stdin", str(workspace / "shop" / "nets.py")],
        input=buffer, cwd=workspace, capture_output=True, text=True, env=_env(), timeout=300)
    messages = json.loads(proc.stdout)
    cli = {(f["line"], f["col"], f["end_line"], f["end_col"], f["code"]): f["message"]
           for f in run_json("shop/nets.py", cwd=workspace)}
    seen = {}
    for m in messages:
        # the extension: line - 1 and column as-is make the 0-based LSP start; endLine/endColumn the end
        seen[(m["line"] - 2, m["column"] + 1, m["endLine"] - 2, m["endColumn"] + 1,
              "MSG" + m["message-id"][-3:])] = m["message"]
    assert seen == cli
    assert any("(via positives_twice() → mask() → ops.masked_select at masks.py:5)" in text
               for text in seen.values())


def test_vscode_flake8_extension_on_the_saved_file(workspace):
    proc = subprocess.run(
        [sys.executable, "-m", "flake8", "--format=%(row)d,%(col)d,%(code).1s,%(code)s:%(text)s",
         "--extend-select=MSG", str(workspace / "shop" / "layers" / "base.py")],
        cwd=workspace, capture_output=True, text=True, env=_env(), timeout=300)
    found = [FLAKE8_LINE.match(line).groupdict() for line in proc.stdout.splitlines() if ",MSG" in line]
    assert [(d["line"], d["column"], d["type"], d["code"]) for d in found] == [("16", "16", "M", "MSG103")]
