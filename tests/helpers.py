"""Shared helpers for running the CLI the way a user does."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What a copy of the project never needs: the CI's own venv alone is gigabytes (MindSpore),
# and copying it once per test module filled the CI machine's disk.
_NOT_SOURCE = (".git", ".ci-venv", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__",
               ".pytest_cache", ".msgraph_lint_cache", ".corpus", "rank_0")


def copy_source_tree(dest: Path) -> Path:
    """Copy the project's source to ``dest``: the files git tracks or would track (the work
    tree's edits included, ignored files left out), or, outside a git checkout, the tree
    minus the folders that are never source."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True)
    if listed.returncode != 0 or not listed.stdout:
        shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(*_NOT_SOURCE))
        return dest
    for name in listed.stdout.decode().split("\0"):
        source = ROOT / name
        if not name or not source.is_file():  # deleted in the work tree, or a submodule
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    return dest


def run_cli(*args, cwd=None, env=None):
    """Run ``python -m msgraph_lint`` in a child process; returns CompletedProcess."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    if env:
        full_env.update(env)
    return subprocess.run([sys.executable, "-m", "msgraph_lint", *map(str, args)], cwd=cwd or ROOT,
                          capture_output=True, text=True, env=full_env, timeout=300)


def run_json(*args, cwd=None):
    proc = run_cli("--format", "json", *args, cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["findings"]


def fixture_tree(tmp_path: Path) -> Path:
    """Every catalog example, every bundled example and every labelled case in one tree."""
    from msgraph_lint import catalog

    tree = tmp_path / "fixtures"
    tree.mkdir()
    for code, rule in catalog.load_rules().items():
        for kind in ("bad", "good"):
            for i, example in enumerate(getattr(rule, kind)):
                (tree / f"{code}_{kind}{i}.py").write_text(example)
    for path in list((ROOT / "examples").glob("*.py")) + list((ROOT / "tests" / "cases").glob("*.py")):
        (tree / f"x_{path.name}").write_text(path.read_text())
    (tree / "pyproject.toml").write_text("[tool.msgraph-lint]\npreview = true\n")
    return tree
