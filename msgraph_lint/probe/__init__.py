"""The runtime probe: compile flagged code with MindSpore and judge each finding.

Only ``msgraph-lint --probe`` reaches this package; the static linter, the
flake8 and pylint plugins and the default pre-commit hook never import it.
"""
from __future__ import annotations

import contextlib
import importlib.util
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
from .runner import Cache, ProbeOptions, ProbeUnavailable, find_factories, mindspore_version, run_jobs

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
    elif not jobs:
        check_backend(options)  # nothing to compile: a missing backend is still said
    extra = judge(findings, results, jobs, options, version)
    rules = catalog.load_rules()
    for finding in extra:
        rule = rules[finding.code]
        detail = finding.probe.get("evidence") or finding.probe.get("reason") or ""
        finding.message = shorten(rule.message.format(evidence=detail, reason=detail))
        finding.symbol, finding.severity = rule.symbol, rule.severity
    return extra, notes


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
