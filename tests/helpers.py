"""Shared helpers for running the CLI the way a user does."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
