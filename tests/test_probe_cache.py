"""The probe's cache: an entry holds only while its import closure is unchanged, its key
covers the options, damaged entries are ignored and rebuilt, concurrent writers never tear one.

Nothing here compiles anything: the cache is plain files, and the run that
rebuilds an entry is the probe's own code with the worker pool replaced by a
function returning what a worker returned for the same target. The same
properties with real workers and two concurrent CLI runs are in
tests/test_probe.py::test_two_concurrent_probe_runs_share_one_cache.
"""
import importlib.util
import json
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from helpers import ROOT
from msgraph_lint.probe import runner
from msgraph_lint.probe.runner import Cache, Job, ProbeOptions

FACTORY = (ROOT / "tests" / "cases" / "slicing_tensor_stop.py").read_text()


def _digest(path):
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _result(path, tag="", origins=1):
    """A result of the form a worker answers for a target that compiled (what the cache
    keeps of it: without the list of files the target imported, which it keeps apart)."""
    return {"id": 0, "stage": "compile", "ok": True, "target_file": path, "target": "Net" + tag,
            "target_kind": "cell", "ir_dumped": True, "job_file": path, "compiled": {path: [8, 9]},
            "origins": [{"file": path, "line": 9, "kind": "dynamic-shape", "op": "StridedSlice",
                         "via": ["tensor_index_by_slice"], "text": f"StridedSlice: (4,4) -> (-1,4) {tag} {i}"}
                        for i in range(origins)]}


def _answer(path, imported=(), **kwargs):
    """What the worker answers: the result and every project file the target imported."""
    return dict(_result(path, **kwargs), imported={p: _digest(p) for p in (path, *imported)})


@pytest.fixture
def entry(tmp_path):
    path = tmp_path / "net.py"
    path.write_text(FACTORY)
    job = Job(0, str(path), "make", 12)
    options = ProbeOptions(root=tmp_path, factories=("net.py::make",))
    cache = Cache(tmp_path, True)
    key = cache.key(job, options, runner.mindspore_version() or "unknown")
    return cache, key, options, str(path)


def _valid(text):
    entry = json.loads(text)
    return isinstance(entry["depends"], dict) and runner._valid_result(entry["result"])


DAMAGED = {
    "empty": b"",
    "truncated": None,  # the first half of a valid entry
    "garbage": b"\xff\xfe\x00\x13garbage\x80",
    "a list": b"[1, 2]",
    "a string": b'"result"',
    "null": b"null",
    "depends not a table": b'{"depends": [], "result": {"id": 0, "stage": "compile", "ok": true}}',
    "result not a table": b'{"depends": {}, "result": 5}',
    "result without stage": b'{"depends": {}, "result": {"id": 0, "ok": true}}',
    "malformed error lines": b'{"depends": {}, "result": {"id": 0, "stage": "compile", "ok": false, '
                             b'"error_lines": [["net.py"]]}}',
    "malformed origins": b'{"depends": {}, "result": {"id": 0, "stage": "compile", "ok": true, '
                         b'"origins": [["net.py", "nine"]]}}',
    "origins of the first format": b'{"depends": {}, "result": {"id": 0, "stage": "compile", "ok": true, '
                                   b'"origins": [["net.py", 9, "dynamic-shape", "StridedSlice"]]}}',
    "no depends": b'{"depends": {}, "result": {"id": 0, "stage": "compile", "ok": true}}',
    "a machine failure": b'{"depends": {}, "result": {"id": 0, "stage": "timeout", "ok": false, "error": "x"}}',
}


@pytest.mark.skipif(importlib.util.find_spec("mindspore") is None, reason="probe() needs MindSpore installed")
@pytest.mark.parametrize("damage", sorted(DAMAGED))
def test_damaged_entry_is_ignored_and_rebuilt(entry, monkeypatch, damage):
    import msgraph_lint.probe as probe_package

    cache, key, options, path = entry
    good = _result(path)
    cache.put(key, _answer(path))
    file = cache.folder / f"{key}.json"
    assert _valid(file.read_text()) and cache.get(key) == good
    content = DAMAGED[damage]
    file.write_bytes(file.read_bytes()[: len(file.read_bytes()) // 2] if content is None else content)
    assert cache.get(key) is None

    ran = []

    def workers(jobs, options, scratch):  # what a worker answers for this target
        ran.extend(job.id for job in jobs)
        return {job.id: dict(_answer(path), id=job.id) for job in jobs}, "2.10.0"

    monkeypatch.setattr(probe_package, "run_jobs", workers)
    extra, notes = probe_package.probe([], options)
    assert ran == [0] and notes == []
    assert [(f.code, f.line) for f in extra] == [("MSG910", 9)]  # the origin no rule flagged
    assert _valid(file.read_text()) and cache.get(key) == good  # rebuilt
    ran.clear()
    probe_package.probe([], options)
    assert ran == []  # and used


def test_an_edit_anywhere_in_the_import_closure_invalidates(entry, tmp_path):
    """The entry records every project file the target imported; it is used only while
    each has the content it had, whatever the edit (two comment lines at the top of a
    helper two imports away, say) and whatever the file times say."""
    cache, key, _, path = entry
    helper, deep = tmp_path / "masks.py", tmp_path / "deep.py"
    helper.write_text("from deep import pick\n")
    deep.write_text("from mindspore import ops\n\ndef pick(x):\n    return ops.unique(x)[0]\n")
    cache.put(key, _answer(path, imported=(str(helper), str(deep))))
    depends = json.loads((cache.folder / f"{key}.json").read_text())["depends"]
    assert set(depends) == {path, str(helper), str(deep)}
    assert Cache(tmp_path, True).get(key) == _result(path)
    original = deep.read_text()
    deep.write_text("# a comment\n# another\n" + original)
    assert Cache(tmp_path, True).get(key) is None
    deep.write_text(original)  # the same content again: the entry is good again
    assert Cache(tmp_path, True).get(key) == _result(path)
    helper.unlink()
    assert Cache(tmp_path, True).get(key) is None


def test_the_key_covers_device_level_versions_and_probe_options(entry):
    cache, key, options, path = entry
    job = Job(0, path, "make", 12)
    keys = {cache.key(job, options, "2.10.0")}
    for change in ({"device": "GPU"}, {"level": "STRICT"}, {"timeout": 30.0}, {"memory": 1024}):
        keys.add(cache.key(job, ProbeOptions(**dict(vars(options), **change)), "2.10.0"))
    keys.add(cache.key(job, options, "2.9.0"))
    keys.add(cache.key(Job(0, path, "make_other", 12), options, "2.10.0"))
    assert len(keys) == 7
    assert cache.key(Job(5, path, "make", 30), options, "2.10.0") == cache.key(job, options, "2.10.0")


def test_only_targets_that_were_built_are_kept(entry):
    """Failures to import or to build depend on more than the closure (a module not yet
    installed, a data file): they are run again. So is a target whose worker could not
    list or hash its imports (a file that vanished or changed while it ran)."""
    cache, key, _, path = entry
    for stage in ("import", "factory", "timeout", "crash", "memory", "worker"):
        cache.put(key, {"id": 0, "ok": False, "stage": stage, "error": "x", "job_file": path,
                        "imported": {path: _digest(path)}})
        assert not cache.folder.exists()
    cache.put(key, _result(path))  # the worker did not say what it imported
    cache.put(key, dict(_result(path), imported={path: None}))
    cache.put(key, dict(_result(path), imported={path: _digest(path), "/gone/helper.py": None}))
    assert not cache.folder.exists()
    cache.put(key, _answer(path))
    assert cache.get(key) == _result(path)


@pytest.mark.parametrize("error", [
    "ImportError: cannot import name 'ms_function' from 'mindspore' (/site-packages/mindspore/__init__.py)",
    "AttributeError: module 'mindspore.nn' has no attribute 'Parameter'",
    "ModuleNotFoundError: No module named 'mindspore.dataset.vision.c_transforms'",
    "TypeError: Dense.__init__() got an unexpected keyword argument 'bias'",
    "TypeError: For 'CellList', the new cells wanted to append should be instance of list, but got generator.",
    "TypeError: For 'SequentialCell', the 'args[0]' must be Cell, list or orderedDict, but got tuple",
])
def test_a_failure_for_a_name_mindspore_lacks_is_kept(entry, error):
    """It depends on the closure and on the MindSpore version, which the key holds (MSG517's
    cases); a failure to import anything else is run again."""
    cache, key, _, path = entry
    cache.put(key, {"id": 0, "ok": False, "stage": "import", "error": "ModuleNotFoundError: No module named "
                    "'scipy'", "job_file": path, "imported": {path: _digest(path)}})
    assert not cache.folder.exists()
    failed = {"id": 0, "ok": False, "stage": "import", "error": error, "job_file": path}
    cache.put(key, dict(failed, imported={path: _digest(path)}))
    assert cache.get(key) == failed


def test_temporary_files_are_per_writer_and_beside_the_entry(entry, monkeypatch):
    """Unique names (pid + random, created exclusively) in the entry's own folder, so the
    rename is atomic; a write that fails leaves no temporary file behind."""
    cache, key, _, path = entry
    made = []
    real_mkstemp = runner.tempfile.mkstemp

    def spy(*args, **kwargs):
        fd, name = real_mkstemp(*args, **kwargs)
        made.append(name)
        return fd, name

    monkeypatch.setattr(runner.tempfile, "mkstemp", spy)
    cache.put(key, _answer(path))
    cache.put(key, _answer(path))
    names = [os.path.basename(m) for m in made]
    assert len(set(made)) == len(made) == 3  # .gitignore once, then the entry twice
    assert all(os.path.dirname(m) in (str(cache.folder), str(cache.folder.parent)) for m in made)
    assert all(f".{os.getpid()}." in n for n in names)
    assert os.path.dirname(made[-1]) == str(cache.folder)

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(runner.os, "replace", fail)
    cache.put(key, _answer(path, tag="-new"))  # swallowed: a cache that cannot be written costs speed
    assert sorted(p.name for p in cache.folder.iterdir()) == [f"{key}.json"]
    assert cache.get(key) == _result(path)


def _hammer(root, path, keys, writer, seconds, queue):
    """Put and get the same keys as fast as possible; report any torn or foreign read."""
    try:
        queue.put(_hammer_for(root, path, keys, writer, seconds))
    except BaseException as exc:  # noqa: BLE001 - reported to the test, which fails
        queue.put(([f"{type(exc).__name__}: {exc}"], 1, 0, 0))


def _hammer_for(root, path, keys, writer, seconds):
    cache = Cache(Path(root), True)
    problems, writes, reads = [], 0, 0
    deadline = time.monotonic() + seconds
    i = 0
    while time.monotonic() < deadline:
        key = keys[i % len(keys)]
        cache.put(key, _answer(path, tag=f"-{writer}-{i}", origins=300))
        writes += 1
        for other in keys:
            file = os.path.join(root, runner.CACHE_DIR, "probe", f"{other}.json")
            try:
                with open(file, encoding="utf-8") as fh:
                    text = fh.read()
            except FileNotFoundError:
                continue
            reads += 1
            try:
                if not _valid(text):
                    problems.append(f"{other}: not an entry")
            except ValueError as exc:
                problems.append(f"{other}: {exc} in {len(text)} characters")
            got = cache.get(other)
            if got is not None and not got["target"].startswith("Net-"):
                problems.append(f"{other}: foreign result {got['target']!r}")
        i += 1
    return problems[:5], len(problems), writes, reads


def test_concurrent_writers_never_tear_an_entry(entry):
    cache, key, _, path = entry
    keys = [key] + [f"{n:064x}" for n in range(1, 4)]
    context = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    queue = context.Queue()
    procs = [context.Process(target=_hammer, args=(str(cache.folder.parents[1]), path, keys, w, 3.0, queue))
             for w in range(4)]
    for proc in procs:
        proc.start()
    reports = [queue.get(timeout=60) for _ in procs]
    for proc in procs:
        proc.join(60)
    assert all(r[0] == [] for r in reports), reports
    assert sum(r[2] for r in reports) > 100 and sum(r[3] for r in reports) > 100  # they did overlap
    files = sorted(p.name for p in cache.folder.iterdir())
    assert files == sorted(f"{k}.json" for k in keys)  # no temporary file left over
    for k in keys:
        assert _valid((cache.folder / f"{k}.json").read_text())
    assert (cache.folder.parent / ".gitignore").read_text().splitlines()[-1] == "*"


def test_targets_left_by_a_worker_that_cannot_restart_go_to_the_others(monkeypatch, tmp_path):
    """A worker whose restart fails mid-run hands its target back; what no worker
    can run is inconclusive with the reason, never silently missing."""

    class FakeWorker:
        made = 0

        def __init__(self, options, scratch):
            self.number = FakeWorker.made
            FakeWorker.made += 1
            self.cancelled = runner.threading.Event()
            self.version = "2.10.0"
            self.first_job = True

        def start(self):
            pass

        def run(self, job, workdir):
            if self.number == 0 and job.id >= 1:
                raise runner.ProbeUnavailable("the worker failed to start again (memory limit)")
            time.sleep(0.05)
            return {"id": job.id, "ok": True, "stage": "compile", "target": f"T{job.id}"}

        def stop(self):
            pass

    jobs = [Job(i, str(tmp_path / "f.py"), f"make{i}", 1) for i in range(6)]
    monkeypatch.setattr(runner, "Worker", FakeWorker)
    results, _ = runner.run_jobs(jobs, ProbeOptions(jobs=2), str(tmp_path))
    assert sorted(results) == list(range(6))
    assert all(r["ok"] for r in results.values())  # worker 1 ran what worker 0 could not

    FakeWorker.made = 0
    monkeypatch.setattr(FakeWorker, "run", lambda self, job, workdir: (_ for _ in ()).throw(
        runner.ProbeUnavailable("MindSpore died at import")) if job.id >= 2 else
        {"id": job.id, "ok": True, "stage": "compile", "target": "T"})
    results, _ = runner.run_jobs(jobs, ProbeOptions(jobs=2), str(tmp_path))
    assert sorted(results) == list(range(6))
    stranded = [r for r in results.values() if not r["ok"]]
    assert len(stranded) == 4
    assert all(r["stage"] == "worker" and "MindSpore died at import" in r["error"] for r in stranded)


def test_a_target_whose_worker_dies_beside_others_runs_again_alone(monkeypatch, tmp_path):
    """MindSpore 2.10 sometimes aborts a worker while others compile beside it, and the
    same target then compiles alone without fault: such a target runs again once every
    other target is done, on a fresh worker, never beside another; a target that dies
    alone too is a crash whose reason says so."""
    state = {"running": 0, "calls": []}
    lock = runner.threading.Lock()
    first_death = runner.threading.Event()
    second_start = runner.threading.Event()

    class FakeWorker:
        def __init__(self, options, scratch):
            self.cancelled = runner.threading.Event()
            self.version = "2.10.0"
            self.first_job = True

        def start(self):
            pass

        def stop(self):
            pass

        def run(self, job, workdir):
            with lock:
                others = state["running"]
                state["running"] += 1
                state["calls"].append((job.id, others))
            try:
                if job.id == 0:
                    # a long compile: it lasts until the other target died and was run again,
                    # or (as it must be) a few seconds without that happening
                    first_death.wait(60)
                    second_start.wait(5)
                    return {"id": 0, "ok": True, "stage": "compile", "target": "T0"}
                if job.id == 1 and [c for c in state["calls"] if c[0] == 1][1:]:
                    second_start.set()
                    return {"id": 1, "ok": True, "stage": "compile", "target": "T1"}
                if job.id == 1:
                    first_death.set()
                return {"id": job.id, "ok": False, "stage": "crash",
                        "error": "the worker died (signal SIGABRT) while running this target"}
            finally:
                with lock:
                    state["running"] -= 1

    monkeypatch.setattr(runner, "Worker", FakeWorker)
    jobs = [Job(i, str(tmp_path / "f.py"), f"make{i}", 1) for i in range(3)]
    results, _ = runner.run_jobs(jobs, ProbeOptions(jobs=2), str(tmp_path))
    assert results[0]["ok"] and results[1]["ok"], results
    runs = {i: [others for job, others in state["calls"] if job == i] for i in range(3)}
    assert len(runs[1]) == 2 and runs[1][1] == 0  # the second run had no company
    assert len(runs[2]) == 2 and runs[2][1] == 0  # job 2 dies every time: twice, the second alone
    assert results[2]["stage"] == "crash"
    assert results[2]["error"].endswith("(run alone after dying beside other targets)")
    assert results[2]["job_file"] == str(tmp_path / "f.py")

    # one worker: the fresh worker's retry comes at once, as before
    state["calls"].clear()
    results, _ = runner.run_jobs(jobs[2:], ProbeOptions(jobs=1), str(tmp_path))
    assert [job for job, _ in state["calls"]] == [2, 2]
    assert "run alone" not in results[2]["error"]
