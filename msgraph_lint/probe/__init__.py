"""The runtime probe: compile flagged code with MindSpore and judge each finding.

Only ``msgraph-lint --probe`` and pytest (which loads :mod:`.pytest_plugin`,
inert without ``--msgraph-probe``) reach this package; the static linter, the
flake8 and pylint plugins and the default pre-commit hook never import it.
"""
from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import sys
import tempfile
import threading
from typing import List, Tuple

from .. import catalog
from ..finding import Finding
from .ir import shorten
from .judge import judge
from .runner import (Cache, Job, ProbeOptions, ProbeUnavailable, TestRun, cache_tests, cached_tests, find_factories,
                     mindspore_version, read_records, run_jobs, run_tests, tests_key, tests_label)

__all__ = ["ProbeOptions", "ProbeUnavailable", "check_backend", "probe"]

INSTALL_HINT = "pip install 'msgraph-lint[probe]' (MindSpore 2.10 with numpy<2 and decorator)"
# Python versions MindSpore 2.10.0 publishes wheels for (checked with `pip download`
# on 2026-12-02: 3.9 gets at most 2.9.0, 3.13 none at all).
MINDSPORE_PYTHONS = ((3, 10), (3, 11), (3, 12))


def _missing_mindspore_message(version=None) -> str:
    version = tuple((version or sys.version_info)[:2])
    if version not in MINDSPORE_PYTHONS:
        return (f"--probe needs MindSpore 2.10, which has no release for Python {version[0]}.{version[1]} "
                f"(it supports Python 3.10 to 3.12): run the probe from a Python 3.10-3.12 environment")
    return f"--probe needs MindSpore, which is not installed: {INSTALL_HINT}"


def probe(findings: List[Finding], options: ProbeOptions) -> Tuple[List[Finding], List[str]]:
    """Judge ``findings`` in place; return the probe's own findings and notes for stderr.

    Raises ProbeUnavailable when nothing can run (no MindSpore, no backend).
    """
    if importlib.util.find_spec("mindspore") is None:
        raise ProbeUnavailable(_missing_mindspore_message())
    with terminate_cleanly():
        return _probe(findings, options)


def _probe(findings: List[Finding], options: ProbeOptions) -> Tuple[List[Finding], List[str]]:
    jobs, notes = find_factories(options.factories, options.factory_root or options.root)
    version = mindspore_version() or "unknown"
    cache = Cache(options.project_root, options.cache)
    results = {}
    todo = []
    keys = {}
    for job in jobs:
        keys[job.id] = cache.key(job, options, version)
        cached = cache.get(keys[job.id])
        if cached is not None:
            results[job.id] = dict(cached, id=job.id, cached=True)
        else:
            todo.append(job)
    if todo:
        scratch = tempfile.mkdtemp(prefix="msgraph-probe-")
        try:
            fresh, _ = run_jobs(todo, options, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        for job_id, result in fresh.items():
            results[job_id] = result
            cache.put(keys.get(job_id), result)
    run = None
    if options.tests or options.recorded:
        run = _test_run(options, cache, version)
        notes.extend(_test_notes(run, options))
        for result in run.results:
            job = Job(len(jobs), result.get("test_file") or result.get("target_file") or "",
                      f"test {result.get('test') or '(outside any test)'}", int(result.get("test_line") or 1),
                      kind="test")
            jobs.append(job)
            results[job.id] = dict(result, id=job.id, cached=run.cached)
        if run.status != "ok":
            first = options.tests[0] if options.tests else (options.recorded or "")
            job = Job(len(jobs), os.path.realpath(first), f"pytest {run.label}", 1, kind="tests")
            jobs.append(job)
            results[job.id] = {"id": job.id, "ok": False, "stage": run.status, "error": run.error}
    elif not jobs:
        check_backend(options)  # nothing to compile: a missing backend is still said
    extra = judge(findings, results, jobs, options, version, tests=run)
    rules = catalog.load_rules()
    for finding in extra:
        rule = rules[finding.code]
        detail = finding.probe.get("evidence") or finding.probe.get("reason") or ""
        finding.message = shorten(rule.message.format(evidence=detail, reason=detail))
        finding.symbol, finding.severity = rule.symbol, rule.severity
    return extra, notes


def _test_run(options: ProbeOptions, cache: Cache, version: str) -> TestRun:
    """The targets the tests recorded: from a record file, the cache, or a pytest run."""
    if options.recorded:
        run = read_records(options.recorded, TestRun("this pytest run"))
        if run.status != "ok":
            run.error = f"{options.recorded} holds no complete record of a pytest --msgraph-probe run"
        return run
    if importlib.util.find_spec("pytest") is None:
        raise ProbeUnavailable("--probe-tests runs your tests with pytest, which is not installed here "
                               "(pip install pytest)")
    key, files = tests_key(options, version)
    run = cached_tests(cache, key, TestRun(tests_label(options.tests, options.root)))
    if run is not None:
        return run
    scratch = tempfile.mkdtemp(prefix="msgraph-probe-")
    try:
        run = run_tests(options, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    cache_tests(cache, key, files, run)
    return run


def _test_notes(run: TestRun, options: ProbeOptions) -> List[str]:
    notes = []
    for entry in run.collect_errors[:5]:
        where = os.path.relpath(entry.get("path") or "", options.root) if entry.get("path") else entry.get("nodeid")
        notes.append(f"--probe-tests: {where} could not be collected: {entry.get('error', '')}")
    if len(run.collect_errors) > 5:
        notes.append(f"--probe-tests: {len(run.collect_errors) - 5} more test files could not be collected")
    if run.status != "ok":
        notes.append(f"--probe-tests: {run.error}")
    elif not run.results:
        notes.append(f"--probe-tests: {run.tests} test(s) under {run.label} ran, and none called a Cell or "
                     f"@jit function defined in the project")
    return notes


def check_backend(options: ProbeOptions) -> None:
    """Start one worker and stop it: raises ProbeUnavailable when the device cannot be used."""
    from .runner import Worker, WorkerStartError

    with terminate_cleanly():
        scratch = tempfile.mkdtemp(prefix="msgraph-probe-")
        worker = Worker(options, scratch)
        try:
            worker.start()
        except WorkerStartError as exc:
            raise ProbeUnavailable(str(exc)) from None
        finally:
            worker.stop()
            shutil.rmtree(scratch, ignore_errors=True)


# Exit status after SIGTERM, as a shell reports a process it terminated.
TERMINATED = 128 + signal.SIGTERM


@contextlib.contextmanager
def terminate_cleanly():
    """SIGTERM unwinds the probe like Ctrl-C does: the ``finally`` blocks stop every
    worker and remove the temporary folders, then the process exits with 143.

    A second SIGTERM during that cleanup is ignored, so the cleanup finishes.
    Outside the main thread (where Python delivers no signals) this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_sigterm(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        sys.stderr.write("msgraph-lint: terminated\n")
        raise SystemExit(TERMINATED)

    try:
        previous = signal.signal(signal.SIGTERM, on_sigterm)
    except (ValueError, OSError):  # pragma: no cover - not the main interpreter
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
