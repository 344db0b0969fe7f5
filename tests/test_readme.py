"""What README.md and docs/index.md show is what the tool does: every command, table and sample output.

Commands in their ``bash`` blocks run in a small project (with a vendored
folder and a PyNative-only one) in the order written; a comment that says
"exit 0" or "nothing checked" is checked too. Sample outputs must be what
the tool prints today.
"""
import os
import re
import shutil
import subprocess
import sys
import textwrap

import pytest

from helpers import ROOT, run_cli
from test_frontends import NOQA_FORMS

README = (ROOT / "README.md").read_text(encoding="utf-8")
INDEX = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
HAZARD = textwrap.dedent('''
    from mindspore import nn, ops


    class Net(nn.Cell):
        def construct(self, x, k):
            a = x[:k]
            b = ops.masked_select(x, x > 0)
            return a, b
''').lstrip()
TOOLS = {"msgraph-lint": "msgraph_lint", "flake8": "flake8", "pylint": "pylint"}


def blocks(text, lang):
    """The fenced blocks of a language ("" for plain ones), indentation removed."""
    found, current, indent = [], None, 0
    for line in text.splitlines():
        stripped = line.strip()
        if current is None and stripped.startswith("```"):
            current, indent = ([] if stripped[3:] == lang else False), len(line) - len(line.lstrip())
        elif current is not None and stripped == "```":
            if current is not False:
                found.append("\n".join(current) + "\n")
            current = None
        elif current:
            current.append(line[indent:])
        elif current == []:
            current.append(line[indent:])
    return found


def commands(text):
    for block in blocks(text, "bash"):
        for line in block.splitlines():
            tool = line.split(" ", 1)[0]
            if tool in TOOLS and "[PATHS" not in line and "pip install" not in line:
                yield line


def _project(tmp_path):
    (tmp_path / "src").mkdir(parents=True)
    (tmp_path / "src" / "net.py").write_text(HAZARD)
    (tmp_path / "third_party").mkdir()
    (tmp_path / "third_party" / "lib.py").write_text(HAZARD)
    (tmp_path / "scripts" / "pynative").mkdir(parents=True)
    (tmp_path / "scripts" / "pynative" / "eager.py").write_text(HAZARD)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_net.py").write_text(HAZARD)
    (tmp_path / "pyproject.toml").write_text('[tool.msgraph-lint]\nextend-exclude = ["third_party"]\n')
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    return tmp_path


def _run(line, cwd):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYLINTRC", None)
    tool, rest = line.split(" ", 1)
    shell = f"{sys.executable} -m {TOOLS[tool]} {rest}"
    return subprocess.run(shell, shell=True, cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


@pytest.mark.parametrize("name,text", [("README.md", README), ("docs/index.md", INDEX)])
def test_every_documented_command_runs_as_its_comment_says(tmp_path, name, text):
    project = _project(tmp_path)
    ran = 0
    for line in commands(text):
        proc = _run(line, project)
        comment = line.split("  #", 1)[1] if "  #" in line else ""
        where = f"{name}: {line}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
        assert "Traceback" not in proc.stderr and "error:" not in proc.stderr, where
        if line.startswith("pylint"):
            assert not proc.returncode & 32, where
        else:
            assert proc.returncode in (0, 1), where
        if re.search(r"\bexits? 0\b|clean", comment):
            assert proc.returncode == 0, where
        if "nothing checked" in comment:
            assert proc.stdout == "", where
        ran += 1
    assert ran >= 10


@pytest.mark.parametrize("name,text", [("README.md", README), ("docs/index.md", INDEX)])
def test_documented_tables_are_valid_and_do_what_they_say(tmp_path, name, text):
    tables = blocks(text, "toml")
    assert len(tables) >= 2
    for i, table in enumerate(tables):
        project = _project(tmp_path / f"t{i}")
        first = table.splitlines()[0]
        target = first[2:].strip() if first.startswith("# ") and first.endswith("pyproject.toml") \
            else "pyproject.toml"
        (project / target).write_text(table)
        proc = run_cli("--format", "json", ".", cwd=project)
        assert proc.returncode in (0, 1), (name, table, proc.stderr)
        if "third_party" in table:
            assert "third_party" not in proc.stdout
        if "scripts/pynative" in table or target.startswith("scripts/pynative"):
            assert "eager.py" not in proc.stdout, (name, table)


def test_the_vendored_and_pynative_example_holds_under_force_exclude(tmp_path):
    """The README's second table, with the pre-commit hook's --force-exclude and named files."""
    project = _project(tmp_path)
    table = [t for t in blocks(README, "toml") if "scripts/pynative" in t][0]
    (project / "pyproject.toml").write_text(table)
    named = ["src/net.py", "third_party/lib.py", "scripts/pynative/eager.py"]
    proc = run_cli("--force-exclude", *named, cwd=project)
    assert proc.returncode == 1
    assert {line.split(":")[0] for line in proc.stdout.splitlines()} == {"src/net.py"}


def test_first_sample_is_what_the_tool_prints():
    sample = blocks(README, "")[0].splitlines()
    assert sample[0] == "$ msgraph-lint examples/"
    out = run_cli("examples/", cwd=ROOT).stdout.splitlines()
    missing = [line for line in sample[1:] if line not in out and line != "..."]
    assert not missing, "README.md's first sample is stale:\n" + "\n".join(missing)


def test_statistics_sample_is_what_the_tool_prints():
    block = [b for b in blocks(README, "") if "--statistics" in b][0]
    sample = [line.strip() for line in block.splitlines()[2:]]
    out = run_cli("--statistics", "examples/dynamic_shapes.py", cwd=ROOT).stdout.splitlines()
    assert sample and all(line in out for line in sample), sample


def test_cross_module_samples_are_what_the_tool_prints():
    """nets.py's lines are the one-file view (the hazard's module not linted), the
    others the package's (each hazard once, where it is)."""
    fixture = ROOT / "tests" / "fixtures" / "crossmodule"
    alone = run_cli("shop/nets.py", cwd=fixture).stdout.splitlines()
    package = run_cli("shop/", cwd=fixture).stdout.splitlines()
    shown = 0
    for text in (README, INDEX):
        for line in re.findall(r"^\s*(shop/\S+\.py:\d+:\d+: MSG\d+ .*)$", text, re.M):
            assert line in (alone if line.startswith("shop/nets.py") else package), line
            shown += 1
    assert shown >= 4


def test_documented_error_lines_are_what_the_tool_prints(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "m.py").write_text(HAZARD)
    shown = re.findall(r"^msgraph-lint: error: /repo/(\S*pyproject\.toml): (.*)$", README + INDEX, re.M)
    assert len(shown) >= 3
    for where, message in shown:
        key = message.split(":")[0]
        value = {"select": 'select = ["MSG999"]', "preview": 'preview = "yes"'}.get(key, "bogus = 1")
        (tmp_path / "pyproject.toml").unlink(missing_ok=True)
        (tmp_path / "sub" / "pyproject.toml").unlink(missing_ok=True)
        (tmp_path / where).write_text(f"[tool.msgraph-lint]\n{value}\n")
        proc = run_cli("sub/m.py", cwd=tmp_path)
        assert proc.returncode == 2
        assert proc.stderr == f"msgraph-lint: error: {tmp_path / where}: {message}\n"


def test_every_noqa_form_in_the_readme_is_tested():
    table = README[README.index("### noqa"):README.index("### Gradual adoption")]
    shown = re.findall(r"^\| `([^`]+)` \|", table, re.M)
    assert len(shown) >= 8
    tested = {comment for comment, _ in NOQA_FORMS}
    assert set(shown) <= tested, set(shown) - tested


def test_pre_commit_snippet_pins_a_sha_not_a_missing_tag():
    for text in (README, INDEX):
        for block in blocks(text, "yaml"):
            rev = re.search(r"rev: (\S+)", block).group(1)
            tags = subprocess.run(["git", "tag"], cwd=ROOT, capture_output=True, text=True).stdout.split()
            assert rev == "<full-commit-sha>" or re.fullmatch(r"[0-9a-f]{40}", rev) or rev in tags, rev
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text()
    assert "entry: msgraph-lint --force-exclude\n" in hooks
