"""A pytest plugin that probes the Cells and ``@jit`` functions a project's tests call.

Inert unless ``--msgraph-probe`` is given: it then imports MindSpore, records the
first call of each project Cell (and each project ``@jit`` function) per input
signature while the tests run as they always do, and after each test has
finished (teardown included) compiles each recorded target in GRAPH_MODE at the
chosen ``jit_syntax_level``, with the same instance and a copy of the inputs it
was called with. The evidence (errors, the type-inference IR) is read as the
factory path reads it (:mod:`msgraph_lint.probe.worker`).

Two ways to use it:

* ``msgraph-lint --probe --probe-tests tests/`` runs ``pytest`` with this plugin
  in a child process (temporary folder, timeout, memory limit) and reads the
  records it writes (``--msgraph-probe-out``);
* ``pytest --msgraph-probe`` inside a project's own test job: at the end, the
  linter checks the project folder, judges its findings by what was recorded and
  prints them in the terminal summary (``--msgraph-probe-report FILE`` writes
  them as JSON too).

Compiling never changes what the tests see: it happens after the test, the
context (mode, syntax level, IR settings) and the compile bookkeeping on the
instance are put back, nothing runs (``Cell.compile`` only builds the graph),
and a failure to compile is recorded, never raised.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import threading
import time

import pytest

# What the record file starts with, so that a reader can tell it from anything else.
RECORD_FORMAT = "msgraph-probe-records/1"


def pytest_addoption(parser):
    group = parser.getgroup("msgraph-probe", "msgraph-lint probe (runs your code in GRAPH_MODE)")
    group.addoption("--msgraph-probe", action="store_true", default=False,
                    help="compile the project Cells and @jit functions the tests call in GRAPH_MODE and "
                         "report which msgraph-lint findings MindSpore confirms")
    group.addoption("--msgraph-probe-device", default="CPU", help="device to compile for (default: CPU)")
    group.addoption("--msgraph-probe-level", default="LAX", choices=("LAX", "STRICT"),
                    help="jit_syntax_level to compile at (default: LAX)")
    group.addoption("--msgraph-probe-root", default=None,
                    help="project folder: only Cells and functions defined under it are recorded, and it "
                         "is the folder linted (default: pytest's rootdir)")
    group.addoption("--msgraph-probe-out", default=None,
                    help="write the records (JSON lines) to this file instead of printing a report")
    group.addoption("--msgraph-probe-report", default=None,
                    help="also write the judged findings as JSON to this file")


def pytest_configure(config):
    if not config.getoption("msgraph_probe", default=False):
        return  # inert: no MindSpore, no patching, nothing registered
    recorder = Recorder(config)
    config.pluginmanager.register(recorder, "msgraph-probe-recorder")


def _signature(value, depth=0):
    """What graph mode specialises a compile on: a tensor's shape and dtype, a constant's value."""
    import mindspore as ms

    if isinstance(value, ms.Tensor):
        return ("T", tuple(value.shape), str(value.dtype))
    if value is None or isinstance(value, (bool, int, float, str)):
        return ("C", type(value).__name__, repr(value)[:100])
    if isinstance(value, (tuple, list)) and depth < 4:
        return (type(value).__name__,) + tuple(_signature(v, depth + 1) for v in value[:64])
    if isinstance(value, dict) and depth < 4:
        return ("dict",) + tuple((repr(k)[:50], _signature(v, depth + 1)) for k, v in list(value.items())[:64])
    return ("O", type(value).__qualname__)


def _copy(value, depth=0):
    """A copy of the tensors in ``value`` (the test may change them in place after the call)."""
    import mindspore as ms

    if isinstance(value, ms.Tensor):
        try:
            return value.copy()
        except Exception:  # noqa: BLE001 - a tensor that cannot be copied is compiled as it is
            return value
    if isinstance(value, (tuple, list)) and depth < 4:
        copied = [_copy(v, depth + 1) for v in value]
        return copied if isinstance(value, list) else (tuple(copied) if type(value) is tuple else value)
    if isinstance(value, dict) and depth < 4:
        return {k: _copy(v, depth + 1) for k, v in value.items()}
    return value


def _describe(value) -> str:
    import mindspore as ms

    if isinstance(value, ms.Tensor):
        return f"Tensor{tuple(value.shape)} {value.dtype}"
    return type(value).__name__ if not isinstance(value, (bool, int, float, str, type(None))) else repr(value)[:40]


# Attributes Cell.compile (and the jit executor) set on the instance: saved before
# the probe's compile and put back after it, so the test's own later calls find
# the instance as they left it.
_COMPILE_ATTRS = ("_create_time", "phase_cache", "current_phase", "compile_phase", "arguments_key",
                  "compile_cache", "_has_mutable_args_list", "sequence_modified", "__parse_method__",
                  "_mutable_flags")


class Recorder:
    """Records project targets as the tests call them; compiles them after each test."""

    def __init__(self, config):
        import mindspore as ms

        from . import worker

        self.ms = ms
        self.worker = worker
        self.config = config
        self.device = config.getoption("msgraph_probe_device")
        self.level = config.getoption("msgraph_probe_level")
        root = config.getoption("msgraph_probe_root") or str(config.rootpath)
        self.root = os.path.realpath(root)
        self.out_path = config.getoption("msgraph_probe_out")
        worker_id = getattr(config, "workerinput", {}).get("workerid")
        if self.out_path and worker_id:
            # a pytest-xdist worker: a file of its own beside the main one (read together)
            self.out_path = f"{self.out_path}.{worker_id}"
        self.report_path = config.getoption("msgraph_probe_report")
        if not ms.hal.is_available(self.device):
            raise pytest.UsageError(f"--msgraph-probe-device {self.device}: MindSpore {ms.__version__} here has "
                                    f"no {self.device} backend")
        try:
            if ms.get_context("device_target") != self.device:
                # The tests run on the device the probe compiles for (set before any test runs).
                ms.set_device(self.device)
        except Exception as exc:  # noqa: BLE001 - said once, before any test
            raise pytest.UsageError(f"--msgraph-probe-device {self.device}: {exc}") from None
        self.scratch = tempfile.mkdtemp(prefix="msgraph-probe-tests-")
        self.started_ns = time.time_ns()
        self.seen = set()
        self.pending = []
        self.records = []
        self.collect_errors = []
        self.tests_run = 0
        self.current = None  # the test running now
        self.local = threading.local()
        self.compiling = False
        self.out = open(self.out_path, "w", encoding="utf-8") if self.out_path else None
        self._write({"type": "start", "format": RECORD_FORMAT, "mindspore": ms.__version__,
                     "device": self.device, "level": self.level, "root": self.root})
        self._patch()

    # ------------------------------------------------------------ recording
    def _patch(self):
        ms = self.ms
        recorder = self
        cell_call = ms.nn.Cell.__call__

        def __call__(cell, *args, **kwargs):
            return recorder._around(cell_call, cell, args, kwargs, cell=cell)

        __call__.__wrapped__ = cell_call
        self._restore = [(ms.nn.Cell, "__call__", cell_call)]
        ms.nn.Cell.__call__ = __call__
        try:
            from mindspore.graph import api
        except ImportError:  # pragma: no cover - another MindSpore layout
            api = None
        executor = getattr(api, "_JitExecutor", None)
        if executor is not None:
            jit_call = executor.__call__

            def jit_call_recorded(jit, *args, **kwargs):
                return recorder._around(jit_call, jit, args, kwargs, jit=jit)

            self._restore.append((executor, "__call__", jit_call))
            executor.__call__ = jit_call_recorded
            self.executor = executor
        else:
            self.executor = None

    def unpatch(self):
        for owner, name, value in self._restore:
            setattr(owner, name, value)

    def _around(self, original, owner, args, kwargs, cell=None, jit=None):
        depth = getattr(self.local, "depth", 0)
        entered = False
        if not depth and not self.compiling:
            try:
                entered = self._record(args, kwargs, cell, jit)
            except Exception:  # noqa: BLE001 - recording never changes what the test sees
                entered = False
        if entered:
            self.local.depth = depth + 1
        try:
            return original(owner, *args, **kwargs)
        finally:
            if entered:
                self.local.depth = depth

    def _project_file(self, path) -> bool:
        if not path:
            return False
        real = os.path.realpath(path)
        return real.startswith(self.root + os.sep) and self.worker._user_file(real)

    def _record(self, args, kwargs, cell, jit) -> bool:
        """Record this call if it is the first of a project target with these inputs;
        True when the call is a project target's (calls inside it are not recorded)."""
        import inspect

        if cell is not None:
            cls = type(cell)
            try:
                path = inspect.getsourcefile(cls)
            except (TypeError, OSError):
                path = None
            if not self._project_file(path):
                return False
            consts = tuple(sorted((k, repr(v)[:60]) for k, v in vars(cell).items()
                                  if not k.startswith("_") and isinstance(v, (bool, int, float, str, type(None)))))
            key = ("cell", os.path.realpath(path), cls.__qualname__, consts, _signature(args), _signature(kwargs))
            target = (os.path.realpath(path), cls.__qualname__, "cell")
            inputs = args
        else:
            fn = jit.fn
            code = getattr(fn, "__code__", None)
            if code is None or not self._project_file(code.co_filename):
                return False
            inputs = args[1:] if jit.obj is not None else args
            owner = jit.obj
            if isinstance(owner, self.ms.nn.Cell):
                target = (os.path.realpath(inspect.getsourcefile(type(owner)) or code.co_filename),
                          type(owner).__qualname__, "cell")
            else:
                target = (os.path.realpath(code.co_filename), fn.__qualname__, "function")
            key = ("jit", target, id(owner) if owner is not None else None, _signature(inputs), _signature(kwargs))
        if key in self.seen:
            return True
        self.seen.add(key)
        self.pending.append({"cell": cell, "jit": jit, "target": target, "inputs": _copy(tuple(inputs)),
                             "kwargs": _copy(dict(kwargs)), "test": self.current,
                             "signature": ", ".join(_describe(v) for v in inputs)})
        return True

    # ------------------------------------------------------------ compiling
    def compile_pending(self):
        pending, self.pending = self.pending, []
        for entry in pending:
            try:
                result = self._compile(entry)
            except BaseException as exc:  # noqa: BLE001 - the probe's own failure: recorded, not raised
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                result = {"stage": "worker", "ok": False, "error": f"{type(exc).__name__}: {exc}"}
            self._add(entry, result)

    def _add(self, entry, result):
        test = entry["test"]
        result.update(target_file=entry["target"][0], target=entry["target"][1], target_kind=entry["target"][2],
                      signature=entry["signature"])
        if test is not None:
            result.update(test=test[0], test_file=test[1], test_line=test[2])
        result["id"] = len(self.records)
        self.records.append(result)
        self._write(dict(result, type="target"))

    def _compile(self, entry) -> dict:
        ms = self.ms
        irdir = tempfile.mkdtemp(prefix="t", dir=self.scratch)
        result = {"stage": "compile"}
        keys = ("mode", "jit_syntax_level", "save_graphs", "save_graphs_path")
        before = {}
        for key in keys:
            try:
                before[key] = ms.get_context(key)
            except Exception:  # noqa: BLE001 - a key this version does not have
                pass
        owner = entry["cell"] if entry["cell"] is not None else (entry["jit"].obj if entry["jit"] else None)
        saved = self._save_attrs(owner)
        self.compiling = True
        here = os.getcwd()
        try:
            # MindSpore writes rank_0/ and more into the working folder: the scratch one, not the project
            os.chdir(self.scratch)
            ms.set_context(mode=ms.GRAPH_MODE, save_graphs=1, save_graphs_path=irdir,
                           jit_syntax_level=ms.STRICT if self.level == "STRICT" else ms.LAX)
            if owner is not None and saved is not None:
                # A fresh compile key: a graph the test compiled itself is not reused (it would
                # write no IR), and the graph compiled here is never the one the test runs later.
                object.__setattr__(owner, "_create_time", time.time_ns())
            if entry["cell"] is not None:
                entry["cell"].compile(*entry["inputs"], **entry["kwargs"])
            else:
                jit = entry["jit"]
                fresh = self.executor(jit.fn, time.time_ns(), None, jit.obj, None)
                fresh.jit_config_dict = jit.jit_config_dict
                fresh.compile(jit.fn.__name__, *entry["inputs"], **entry["kwargs"])
            result["ok"] = True
        except Exception as exc:  # noqa: BLE001 - user code may raise anything
            result["ok"] = False
            self.worker.record_error(result, exc)
        finally:
            self.compiling = False
            os.chdir(here)
            try:
                ms.set_context(**before)
            finally:
                self._restore_attrs(owner, saved)
        self.worker.read_evidence(result, irdir)
        shutil.rmtree(irdir, ignore_errors=True)
        return result

    @staticmethod
    def _save_attrs(owner):
        if owner is None:
            return None
        try:
            state = vars(owner)
        except TypeError:
            return None
        missing = object()
        saved = {}
        for key in _COMPILE_ATTRS:
            value = state.get(key, missing)
            # compile fills these in place: keep their contents as they were
            saved[key] = (value.copy() if isinstance(value, (dict, set, list)) else value, missing)
        return saved

    @staticmethod
    def _restore_attrs(owner, saved):
        if owner is None or saved is None:
            return
        state = vars(owner)
        for key, (value, missing) in saved.items():
            if value is missing:
                state.pop(key, None)
            else:
                state[key] = value

    # ------------------------------------------------------------ pytest hooks
    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        path = os.path.realpath(str(getattr(item, "path", None) or item.fspath))
        # The test as the project names it: its file from the project folder, then its name.
        shown = os.path.relpath(path, self.root) if path.startswith(self.root + os.sep) else path
        name = item.nodeid.split("::", 1)[1] if "::" in item.nodeid else item.name
        self.current = (f"{shown}::{name}", path, (item.location[1] or 0) + 1)
        try:
            yield
        finally:
            self.tests_run += 1
            self.current = None
            self.compile_pending()

    def pytest_collectreport(self, report):
        if report.failed:
            text = str(report.longrepr) if report.longrepr is not None else ""
            lines = [line.strip() for line in text.splitlines() if line.strip().startswith("E ")]
            head = lines[-1][1:].strip() if lines else (text.strip().splitlines() or [""])[-1]
            # The node id is relative to the rootdir (a report's fspath is relative to the cwd).
            where = os.path.join(str(self.config.rootpath), report.nodeid.split("::")[0])
            entry = {"path": os.path.realpath(where), "nodeid": report.nodeid, "error": head[:300]}
            self.collect_errors.append(entry)
            self._write(dict(entry, type="collect-error"))

    def pytest_sessionfinish(self, session, exitstatus):
        self.compile_pending()  # calls outside any test (at import, in a session fixture's teardown)
        self.unpatch()
        imported = {}
        for module in list(sys.modules.values()):
            path = getattr(module, "__file__", None)
            if isinstance(path, str) and self.worker._closure_file(path, self.root):
                imported[os.path.realpath(path)] = self.worker._sha256(path, self.started_ns)
        self._write({"type": "session", "exitstatus": int(exitstatus), "tests": self.tests_run,
                     "imported": imported})
        if self.out is not None:
            self.out.close()
            self.out = None

    def pytest_terminal_summary(self, terminalreporter):
        try:
            if self.out_path is None:
                self._report(terminalreporter)
        finally:
            shutil.rmtree(self.scratch, ignore_errors=True)

    def pytest_unconfigure(self, config):
        self.unpatch()
        shutil.rmtree(self.scratch, ignore_errors=True)

    # ------------------------------------------------------------ output
    def _write(self, record):
        if self.out is not None:
            self.out.write(json.dumps(record) + "\n")
            self.out.flush()

    def _report(self, terminal):
        """In the user's own test job: lint the project and judge its findings by the records."""
        from .. import cli

        records = os.path.join(self.scratch, "records.jsonl")
        with open(records, "w", encoding="utf-8") as fh:
            for result in self.records:
                fh.write(json.dumps(dict(result, type="target")) + "\n")
            for entry in self.collect_errors:
                fh.write(json.dumps(dict(entry, type="collect-error")) + "\n")
            fh.write(json.dumps({"type": "session", "exitstatus": 0, "tests": self.tests_run}) + "\n")
        text_out = os.path.join(self.scratch, "report.txt")
        # Run from the project folder, so that the report's paths are the project's own.
        argv = [".", "--probe", "--probe-recorded", records, "--device", self.device,
                "--jit-syntax-level", self.level, "--no-cache", "--quiet", "--output", text_out]
        terminal.section("msgraph-lint probe")
        here = os.getcwd()
        os.chdir(self.root)
        try:
            status = cli.main(argv)
            if self.report_path:
                cli.main(argv[:-1] + [os.path.join(here, self.report_path), "--format", "json"])
        except SystemExit as exc:  # a usage error: already said on stderr
            status = exc.code
        finally:
            os.chdir(here)
        try:
            with open(text_out, encoding="utf-8") as fh:
                text = fh.read()
        except OSError:
            terminal.write_line(f"msgraph-lint exited with status {status} and wrote no report")
            return
        terminal.write(text)
        counts = {v: text.count(f"[probe: {v}") for v in ("confirmed", "not reproduced", "inconclusive")}
        terminal.write_line(f"msgraph-lint probe: {len(self.records)} target(s) recorded from {self.tests_run} "
                            f"test(s), compiled on {self.device} at {self.level}: {counts['confirmed']} confirmed, "
                            f"{counts['not reproduced']} not reproduced, {counts['inconclusive']} inconclusive")
