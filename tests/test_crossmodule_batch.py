"""An independent batch of 12 packages hiding hazards across modules (91 Cells).

Written without reading the linter, labelled by MindSpore 2.10 on CPU through
the probe with every rule switched off (`--select MSG91`: only compiler
evidence), see tests/fixtures/crossmodule_batch/README.md. Markers:
`# expect: DYNAMIC|ERROR`, optionally per level (`# expect[STRICT]: ERROR`),
on the construct line that leads to the hazard.

The static pass must report every marked line and nothing else, apart from
the misses listed here with their reason (precision first: no false alarm is
tolerated).
"""
import json
import re
from pathlib import Path

import pytest

from helpers import ROOT, run_cli

BATCH = ROOT / "tests" / "fixtures" / "crossmodule_batch"
MARK = re.compile(r"#\s*expect(?:\[(?P<level>[A-Z]+)\])?:\s*(?P<what>DYNAMIC|ERROR)")

# Known misses: (package dir, path, line) -> why.
MISSES = {
    ("p10", "br10/nets.py", 42): "a helper's branches return another helper's result; "
                                 "the shape of a call's result is not tracked",
    ("p4", "rec4/nets.py", 55): "STRICT only: len(str(...)) in a helper",
}


def _cli_json(cwd: Path, *args):
    """The CLI's JSON findings, run in this process (fast enough to run once per file)."""
    import contextlib
    import io
    import os

    from msgraph_lint.cli import main

    out, here = io.StringIO(), os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            code = main(["--format", "json", *args])
    finally:
        os.chdir(here)
    assert code in (0, 1)
    return json.loads(out.getvalue())["findings"]


def _expected(package: Path, level: str):
    found = set()
    for path in sorted(package.rglob("*.py")):
        if "tools" in path.parts:
            continue
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            for match in MARK.finditer(line):
                if match.group("level") in (None, level):
                    found.add((path.relative_to(package).as_posix(), number))
    return found


def _sites(package: Path, finding) -> set:
    """The lines a finding stands for: its own, and the construct lines that reach it
    (a hazard in a linted helper module is reported once there, the calls in ``related``)."""
    own = {(package.name, finding["path"], finding["line"])}
    return own | {(package.name, path, line) for path, line in finding.get("related") or ()}


@pytest.mark.parametrize("level", ["LAX", "STRICT"])
def test_batch_is_found_at_the_construct_lines(level):
    packages = sorted(p for p in BATCH.glob("p*") if p.is_dir())
    assert len(packages) == 12
    found_all, expected_all = set(), set()
    for package in packages:
        names = [d.name for d in package.iterdir() if d.is_dir() and (d / "__init__.py").exists()]
        proc = run_cli("--format", "json", "--jit-syntax-level", level, *names, cwd=package)
        assert proc.returncode in (0, 1), proc.stderr
        findings = json.loads(proc.stdout)["findings"]
        assert not [f for f in findings if f["code"].startswith("MSG9")], findings
        expected = {(package.name, *e) for e in _expected(package, level)}
        for finding in findings:
            sites = _sites(package, finding)
            assert sites & expected, f"false alarm: {package.name}/{finding['path']}:{finding['line']}"
            found_all |= sites
        expected_all |= expected
    found_all &= expected_all
    missed = expected_all - found_all
    assert missed <= set(MISSES), f"new misses: {sorted(missed - set(MISSES))}"
    assert len(expected_all) >= 45
    # recall on this batch, for docs/accuracy.md
    assert (len(expected_all) - len(missed)) / len(expected_all) >= 0.95


@pytest.mark.parametrize("level", ["LAX", "STRICT"])
def test_pylint_prints_the_lines_the_cli_prints(level):
    pytest.importorskip("pylint")
    import os
    import subprocess
    import sys

    # pylint checks one module at a time, as the CLI does a file given alone: each hazard
    # at the construct line that reaches it (the CLI moves it to its own line only when
    # the module that holds it is linted in the same run).
    targets, cli = [], set()
    for package in sorted(p for p in BATCH.glob("p*") if p.is_dir()):
        for d in package.iterdir():
            if d.is_dir() and (d / "__init__.py").exists():
                targets.append(str(d))
                for path in sorted(d.rglob("*.py")):
                    rel = path.relative_to(package).as_posix()
                    cli |= {(os.path.join(package.name, f["path"]), f["line"], f["col"])
                            for f in _cli_json(package, "--jit-syntax-level", level, rel)}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "pylint", "--persistent=n",
                           "--load-plugins=msgraph_lint.pylint_plugin", "--disable=all", "--enable=msgraph-lint",
                           "--msgraph-jit-syntax-level", level, "--output-format=json2", *targets],
                          cwd=BATCH, capture_output=True, text=True, env=env, timeout=600)
    messages = json.loads(proc.stdout)["messages"]
    assert {(m["path"], m["line"], m["column"] + 1) for m in messages} == cli
