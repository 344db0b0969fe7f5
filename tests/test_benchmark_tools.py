"""The benchmark's own logic (benchmarks/run.py): what it reads and what it runs with.

The benchmark itself is never a test (its figures depend on the machine); these
check the pieces whose mistakes would silently give wrong figures.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"


@pytest.fixture(scope="module")
def run():
    spec = importlib.util.spec_from_file_location("msgraph_bench_run", RUN)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


CACHEGRIND = """\
==4242== Cachegrind, a cache and branch-prediction profiler
==4242== Command: python -c pass
==4242==
==4242== I   refs:      87,969,158
"""


def test_instruction_count_is_read_from_cachegrind_summary(run):
    assert run.instructions(CACHEGRIND) == pytest.approx(0.087969158)


def test_the_last_summary_counts(run):
    # a tool that ran valgrind itself would print an inner summary first
    text = CACHEGRIND.replace("87,969,158", "1,000") + CACHEGRIND
    assert run.instructions(text) == pytest.approx(0.087969158)


def test_no_summary_gives_none(run):
    assert run.instructions("Traceback (most recent call last):\n  ...\n") is None


def test_measured_runs_use_byte_compiled_modules(run, monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("MSGRAPH_BENCH_MARKER", "kept")
    env = run.child_env()
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["MSGRAPH_BENCH_MARKER"] == "kept"


def test_instructions_without_valgrind_is_a_one_line_error(run, monkeypatch, capsys):
    monkeypatch.setattr(run.shutil, "which", lambda name: None)
    assert run.main(["--instructions", "--corpus", "/nonexistent-msgraph-corpus"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "run: --instructions needs valgrind on PATH"


def test_a_run_without_a_count_fails_the_measurement(run, monkeypatch, tmp_path):
    result = run.RunResult(seconds=1.0, returncode=0, maxrss_kb=1000, stdout="", stderr="no summary")
    monkeypatch.setattr(run, "run_once", lambda cmd, **kw: result)
    m = run.Measurement("x", "x", command=["python", "-c", "pass"])
    ok = run.measure_once(m, 0, repeat=1, cwd=tmp_path, timeout=10, ok_codes=lambda r: r.returncode == 0,
                          log=lambda s: None, count_instructions=True)
    assert not ok and m.status == "failed"
