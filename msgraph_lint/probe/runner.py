"""The probe's parent side: find factories, run them in worker processes, judge findings.

User code runs only in the workers (``msgraph_lint.probe.worker``), each in a
temporary directory outside the user's tree, with a timeout per target; a
crash or a hang costs that target and the worker is restarted.
"""
from __future__ import annotations

import ast
import contextlib
import fnmatch
import glob
import hashlib
import json
import os
import queue
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from .. import __version__
from ..files import write_atomically
from ..missing_names import NUMPY_REMOVED
from ..values.builds import MODULE_METHODS

CACHE_DIR = ".msgraph_lint_cache"
START_TIMEOUT = 180.0
# Resident memory allowed to one worker's process group, in MiB (0: no limit).
# A worker needs about 0.4 GiB after importing MindSpore and grows to 0.7 GiB
# compiling examples/ and to 1.3 GiB over 300 labelled cases (docs/reliability.md).
DEFAULT_MEMORY_MIB = 4096
# How often the parent reads a busy worker's resident memory.
MEMORY_POLL = 0.1
# Stages that are failures of the machine (or of its limits), not of the code: never cached.
MACHINE_STAGES = ("timeout", "crash", "worker", "memory")
# The form of a cache entry; entries of another form are ignored (and rewritten).
CACHE_FORMAT = 2
# A failure to import or build the target that names a MindSpore name the installed version
# lacks (`cannot import name 'ms_function' from 'mindspore'`, `module 'mindspore.nn' has no
# attribute 'Parameter'`): it depends only on the closure and on the MindSpore version, which
# the key holds, so it is kept like a compiled target (MSG517's cases). So are the failures the
# source alone decides: a name nothing binds (NameError), a non-Tensor stored on a layer's
# Parameter, super() of a class the Cell does not derive from, NumPy's aliases that every
# NumPy MindSpore 2.10 accepts lacks, PyTorch's Module methods that a Cell lacks, a MindSpore
# constructor given a keyword or more positional arguments than it takes, a CellList or
# SequentialCell given a generator or a tuple, `ops.zeros(n, dim)`, a PyTorch member name read
# on a MindSpore layer, and a member of the None bias of a convolution built without one.
_MINDSPORE_NAME_ERROR = re.compile(
    r"(?:cannot import name '[^']+' from 'mindspore[\w.]*'|module 'mindspore[\w.]*' has no attribute"
    r"|No module named 'mindspore\.[\w.]+'|^NameError: name '\w+' is not defined"
    r"|Parameter '\w+' already exists in network, can not assign this type"
    r"|super\(type, obj\): obj must be an instance or subtype of type"
    r"|module 'numpy' has no attribute '(?:%s)'"
    r"|The '\w+' object has no attribute '(?:%s|weight|bias|running_mean|running_var)'"
    r"|For '(?:Zeros|Ones)', the input 'dtype' should be mindspore dtype"
    r"|'NoneType' object has no attribute '(?:set_data|data)'"
    r"|__init__\(\) got an unexpected keyword argument '\w+'|^TypeError: too many positional arguments"
    r"|For '(?:CellList|SequentialCell)', the (?:new cells wanted to append should be instance of list"
    r"|'args\[0\]' must be Cell, list or orderedDict))"
    % ("|".join(sorted(NUMPY_REMOVED)), "|".join(sorted(MODULE_METHODS))))


def _cacheable(result: dict) -> bool:
    """A target that was built, or one that failed only because MindSpore lacks a name."""
    stage = result.get("stage")
    return stage == "compile" or (stage in ("import", "factory") and not result.get("ok")
                                  and bool(_MINDSPORE_NAME_ERROR.search(str(result.get("error", "")))))


class ProbeUnavailable(Exception):
    """The probe cannot run at all here (no MindSpore, no such backend): exit 2."""


class WorkerStartError(RuntimeError):
    """A worker died or stayed silent while importing MindSpore.

    For the first worker of a run this means the probe cannot run here
    (reported as ProbeUnavailable); for a restart it costs that target.
    """


@dataclass
class ProbeOptions:
    device: str = "CPU"
    level: str = "LAX"
    factories: Tuple[str, ...] = ()
    timeout: float = 60.0
    memory: int = DEFAULT_MEMORY_MIB
    jobs: int = 1
    cache: bool = True
    root: Path = field(default_factory=Path.cwd)  # paths in the report are relative to it
    # Where configured factory patterns are resolved and the cache lives: the folder
    # of the pyproject.toml that names them (None: ``root``).
    factory_root: Optional[Path] = None
    project: Optional[Path] = None
    # Test paths whose pytest run records targets (absolute), extra pytest arguments,
    # the whole run's time limit, and a record file written by `pytest --msgraph-probe`.
    tests: Tuple[str, ...] = ()
    pytest_args: Tuple[str, ...] = ()
    tests_timeout: float = 600.0
    recorded: Optional[str] = None

    @property
    def project_root(self) -> Path:
        return self.project or self.root


@dataclass
class Job:
    id: int
    file: str
    factory: str
    line: int
    # Names the factory's file mentions (identifiers, attributes, imported modules):
    # which code it may build, when it fails before saying.
    names: frozenset = frozenset()
    kind: str = "factory"  # factory | test (a target a test called) | tests (the test run itself)


def mindspore_version() -> Optional[str]:
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover
        return None
    try:
        return version("mindspore")
    except PackageNotFoundError:
        return None


# ----------------------------------------------------------------- factories
def find_factories(patterns, root: Path) -> Tuple[List[Job], List[str]]:
    """Zero-argument module-level functions matching ``FILEGLOB::NAMEGLOB`` patterns.

    Found by reading the files (nothing is imported here). Returns the jobs
    and one message per pattern that matched nothing or could not be read.
    """
    jobs: List[Job] = []
    problems: List[str] = []
    seen = set()
    for pattern in patterns:
        file_glob, sep, name_glob = pattern.partition("::")
        if not sep:
            name_glob = "make*"
        matched = False
        where = file_glob if os.path.isabs(file_glob) else os.path.join(glob.escape(str(root)), file_glob)
        for path in sorted(glob.glob(where, recursive=True)):
            if not path.endswith(".py") or not os.path.isfile(path):
                continue
            try:
                with open(path, "rb") as fh:
                    tree = ast.parse(fh.read(), filename=path)
            except (OSError, SyntaxError, ValueError) as exc:
                problems.append(f"{path}: cannot read factories ({type(exc).__name__})")
                continue
            names = None
            for node in tree.body:
                if isinstance(node, ast.FunctionDef) and fnmatch.fnmatchcase(node.name, name_glob):
                    args = node.args
                    required = len(args.posonlyargs) + len(args.args) - len(args.defaults)
                    if required or any(d is None for d in args.kw_defaults):
                        continue
                    key = (os.path.realpath(path), node.name)
                    if key not in seen:
                        seen.add(key)
                        names = _mentioned(tree) if names is None else names
                        jobs.append(Job(len(jobs), os.path.realpath(path), node.name, node.lineno, names))
                        matched = True
        if not matched:
            problems.append(f"--probe-factory {pattern!r} matched no zero-argument function")
    return jobs, problems


def _mentioned(tree: ast.AST) -> frozenset:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.alias):
            names.update(node.name.split("."))
            if node.asname:
                names.add(node.asname)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.update(node.module.split("."))
    return frozenset(names)


# ---------------------------------------------------------------------- cache
def _digest(path: str) -> Optional[str]:
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return None


def _valid_result(result) -> bool:
    """Is this a result the judge can read? (A cache entry may hold anything.)"""
    if not isinstance(result, dict) or not isinstance(result.get("ok"), bool) \
            or not isinstance(result.get("stage"), str):
        return False
    if result["stage"] in MACHINE_STAGES:
        return False
    for key in ("target", "target_file", "error", "job_file"):
        if key in result and not isinstance(result[key], str):
            return False
    pairs = result.get("error_lines", [])
    if not isinstance(pairs, list) or not all(
            isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) and isinstance(p[1], int) for p in pairs):
        return False
    via = result.get("error_via", [])
    if not isinstance(via, list) or not all(isinstance(v, str) for v in via):
        return False
    compiled = result.get("compiled", {})
    if not isinstance(compiled, dict) or not all(
            isinstance(lines, list) and all(isinstance(n, int) for n in lines) for lines in compiled.values()):
        return False
    joins = result.get("joins", [])
    if not isinstance(joins, list) or not all(
            isinstance(j, dict) and isinstance(j.get("file"), str) and isinstance(j.get("line"), int)
            and isinstance(j.get("text"), str) for j in joins):
        return False
    origins = result.get("origins", [])
    return isinstance(origins, list) and all(
        isinstance(o, dict) and isinstance(o.get("file"), str) and isinstance(o.get("line"), int)
        and all(isinstance(o.get(k), str) for k in ("kind", "op", "text"))
        and isinstance(o.get("via"), list) and all(isinstance(v, str) for v in o["via"]) for o in origins)


class Cache:
    """Results keyed by the factory, device, syntax level, probe options and versions.

    An entry records the content hash of every module file the target imported
    (its import closure, as the worker saw it in ``sys.modules``) and is used only
    while each of those files still has that hash: an edit anywhere in the
    closure, or a file that vanished, sends the target back to MindSpore. Only
    targets that were built are kept (compiled, or failed to compile): failures
    to import or to build may hang on things outside the closure (a module not
    installed yet, a data file), and failures of the machine are not the code's.
    The exception is a failure that names a MindSpore name the installed
    version lacks: the key holds that version.

    Writes are atomic: each writer writes its own temporary file (named after
    its pid, plus a random part) in the cache folder and renames it over the
    entry, so a reader, or another run writing the same entry, sees the old
    entry or the new one, never a mix. An entry that does not parse or does not
    have the expected form (a truncated, foreign or older-format file) is
    ignored, and the next run replaces it.
    """

    def __init__(self, root: Path, enabled: bool):
        self.enabled = enabled
        self.folder = root / CACHE_DIR / "probe"
        self._digests: Dict[str, Optional[str]] = {}  # per run: each file is read once to look up

    def key(self, job: Job, options: ProbeOptions, ms_version: str) -> Optional[str]:
        raw = json.dumps([CACHE_FORMAT, os.path.realpath(job.file), job.factory, options.device, options.level,
                          ms_version, __version__, options.timeout, options.memory, list(sys.version_info[:2])])
        return hashlib.sha256(raw.encode()).hexdigest()

    def _digest(self, path: str) -> Optional[str]:
        if path not in self._digests:
            self._digests[path] = _digest(path)
        return self._digests[path]

    def get(self, key: Optional[str]) -> Optional[dict]:
        if not self.enabled or key is None:
            return None
        try:
            with open(self.folder / f"{key}.json", encoding="utf-8") as fh:
                entry = json.load(fh)
            depends, result = entry["depends"], entry["result"]
            if not isinstance(depends, dict) or not depends or not _valid_result(result) \
                    or not _cacheable(result):
                return None
            for path, digest in depends.items():
                if not isinstance(digest, str) or self._digest(path) != digest:
                    return None
            return result
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, key: Optional[str], result: dict) -> None:
        if not self.enabled or key is None or not _cacheable(result):
            return  # only a target that was built (or lacks a MindSpore name); see the class docstring
        imported = result.get("imported")
        if not isinstance(imported, dict):
            return  # the worker could not say what the target imported
        depends = dict(imported)
        for path in (result.get("target_file"), result.get("job_file")):
            if path and path not in depends:
                depends[path] = _digest(path)
        if not depends or not all(isinstance(d, str) for d in depends.values()):
            return  # a file vanished or changed while the target ran
        result = {k: v for k, v in result.items() if k != "imported"}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder.parent / ".gitignore"
            if not ignore.exists():
                self._write(ignore, "# created by msgraph-lint\n*\n")
                os.chmod(ignore, 0o644)  # mkstemp made it 0600; git and other users must read it
            self._write(self.folder / f"{key}.json", json.dumps({"depends": depends, "result": result}))
        except OSError:
            pass  # a cache that cannot be written only costs speed

    @staticmethod
    def _write(path: Path, text: str) -> None:
        write_atomically(str(path), text.encode("utf-8"))


# -------------------------------------------------------------------- workers
try:
    _PAGE = os.sysconf("SC_PAGE_SIZE")
except (AttributeError, ValueError, OSError):  # pragma: no cover - not POSIX
    _PAGE = 4096


def group_rss(pgid: int) -> Optional[int]:
    """Resident bytes of every live process in process group ``pgid``, or None without /proc.

    A worker runs in its own session (its pid is its group), so this counts
    the processes user code or MindSpore start from it too. Memory the
    processes share is counted once per process: the sum errs high.
    """
    try:
        names = os.listdir("/proc")
    except OSError:
        return None
    total = 0
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
            # After "pid (comm) ": state ppid pgrp ... rss is the 24th field overall.
            fields = stat[stat.rindex(b")") + 2:].split()
            if int(fields[2]) != pgid or fields[0] == b"Z":
                continue
            total += int(fields[21]) * _PAGE
        except (OSError, ValueError, IndexError):
            continue  # the process ended while we looked
    return total


@contextlib.contextmanager
def _signals_held():
    """Run the block with SIGINT and SIGTERM recorded, not acted on; the first one that came
    is raised again when it ends (where the run's own handlers unwind it). Only the main
    thread can change handlers: elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: List[int] = []
    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            previous[sig] = signal.signal(sig, lambda signum, frame: caught.append(signum))
        except (ValueError, OSError):  # pragma: no cover - not the main interpreter
            pass
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if caught:
            signal.raise_signal(caught[0])


class Worker:
    """One child process with MindSpore imported, answering jobs one at a time."""

    def __init__(self, options: ProbeOptions, scratch: str):
        self.options = options
        self.scratch = scratch
        self.proc: Optional[subprocess.Popen] = None
        self.read_fd: Optional[int] = None
        self.buffer = b""
        self.log_path = os.path.join(scratch, f"worker-{id(self)}.log")
        self.version = ""
        self.lock = threading.Lock()
        self.cancelled = threading.Event()
        self.served = 0  # jobs given to this process since it started
        self.first_job = True
        self.over_memory: Optional[int] = None  # resident bytes when the limit was crossed

    def start(self) -> None:
        if self.cancelled.is_set():
            raise RuntimeError("the probe was cancelled")
        read_fd, write_fd = os.pipe()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[2])]
                                            + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
        env.setdefault("GLOG_v", "3")
        log = open(self.log_path, "ab")
        # Ctrl-C or SIGTERM inside Popen, after the fork, would lose the worker (nothing holds
        # its pid yet): it would outlive the run. Held until the worker is ours to stop.
        with _signals_held():
            try:
                proc = subprocess.Popen(
                    [sys.executable, "-m", "msgraph_lint.probe.worker", str(write_fd),
                     self.options.device, self.options.level],
                    stdin=subprocess.PIPE, stdout=log, stderr=log, pass_fds=(write_fd,),
                    cwd=self.scratch, env=env, start_new_session=True,
                )
            except BaseException:
                os.close(read_fd)
                raise
            finally:
                os.close(write_fd)
                log.close()
            with self.lock:
                self.proc, self.read_fd = proc, read_fd
        if self.cancelled.is_set():
            # The run was stopped (Ctrl-C, SIGTERM) while this worker was being
            # started: stop() may have run already and missed it.
            self.stop()
            raise RuntimeError("the probe was cancelled")
        self.buffer = b""
        self.served = 0
        self.over_memory = None
        ready = self._read_line(START_TIMEOUT)
        if ready is None:
            if self.over_memory is not None:
                self.stop()
                raise ProbeUnavailable(
                    f"a worker exceeded the memory limit of {self.options.memory} MiB while importing "
                    f"MindSpore ({self.over_memory >> 20} MiB resident); raise --probe-memory")
            code = self.proc.poll() if self.proc is not None else None
            if code is None:
                how = f"no answer within {START_TIMEOUT:g} s"
            elif code < 0:
                try:
                    how = f"it died of signal {signal.Signals(-code).name}"
                except ValueError:
                    how = f"it died of signal {-code}"
            else:
                how = f"it exited with status {code}"
            tail = self.log_tail()
            self.stop()
            raise WorkerStartError(f"the probe worker did not start ({how} while importing MindSpore)"
                                   + (f": {tail}" if tail else ""))
        hello = json.loads(ready)
        if not hello.get("ready"):
            self.stop()
            raise ProbeUnavailable(hello.get("error", "the probe worker failed to start"))
        self.version = hello.get("mindspore", "")

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, size: int = 400) -> str:
        try:
            with open(self.log_path, "rb") as fh:
                fh.seek(0, os.SEEK_END)
                fh.seek(max(0, fh.tell() - 4000))
                lines = [line for line in fh.read().decode("utf-8", "replace").splitlines()
                         if line.strip() and "WARNING" not in line and "Load dynamic library" not in line]
        except OSError:
            return ""
        tail = " ".join(" ".join(lines[-4:]).split())
        if len(tail) > size:
            # The end matters (the last words before the death); the cut is at a word, marked.
            tail = tail[-size:]
            tail = "… " + (tail.split(" ", 1)[1] if " " in tail else tail)
        return tail

    def memory_used(self) -> Optional[int]:
        """Resident bytes of this worker's process group (None: unknown or not running)."""
        proc = self.proc
        return group_rss(proc.pid) if proc is not None else None

    def _over_limit(self) -> bool:
        if not self.options.memory:
            return False
        used = self.memory_used()
        if used is not None and used > self.options.memory << 20:
            self.over_memory = used
            return True
        return False

    def _read_line(self, timeout: float) -> Optional[str]:
        """The worker's next line; None on timeout, on its death or past the memory limit."""
        deadline = time.monotonic() + timeout
        poll = MEMORY_POLL if self.options.memory else 0.5
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.read_fd], [], [], min(left, poll))
            if not ready:
                if self.proc is not None and self.proc.poll() is not None:
                    return None
                if self._over_limit():
                    return None
                continue
            chunk = os.read(self.read_fd, 65536)
            if not chunk:
                # The worker closed its end: it is exiting. Let it finish dying so
                # that its exit status (a signal, say) can be read.
                try:
                    self.proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8", "replace")

    def run(self, job: Job, workdir: str) -> dict:
        if not self.alive():
            self.start()
        try:
            log_start = os.path.getsize(self.log_path)
        except OSError:
            log_start = 0
        self.first_job = self.served == 0  # did this target have the process to itself?
        self.served += 1
        result = self._run(job, workdir)
        if result.get("stage") == "compile" and not result.get("ok") and not result.get("error_lines"):
            # Some errors print MindSpore's frames only on stderr.
            result["error_lines"] = self._frames_from_log(log_start)
        tainted = result.pop("tainted", None)
        if self.alive():
            used = self.memory_used() if self.options.memory else None
            if tainted or (used is not None and used > (self.options.memory << 20) // 2):
                # A target that patched MindSpore or changed its context would poison the
                # next ones; a worker grown past half the limit would get the next target
                # blamed for memory it did not use. Either way, the next target gets a
                # fresh worker.
                self.stop()
        return result

    def _frames_from_log(self, start: int) -> list:
        from . import ir
        from .worker import _user_file

        try:
            with open(self.log_path, "rb") as fh:
                fh.seek(start)
                text = fh.read(2_000_000).decode("utf-8", "replace")
        except OSError:
            return []
        frames = [(os.path.realpath(p), n, single, section)
                  for p, n, single, section in ir.error_frames(text) if _user_file(p)]
        return [list(f) for f in ir.innermost(frames, [])]

    def _run(self, job: Job, workdir: str) -> dict:
        message = {"id": job.id, "file": job.file, "factory": job.factory, "workdir": workdir,
                   "root": os.path.realpath(self.options.project_root)}
        try:
            self.proc.stdin.write((json.dumps(message) + "\n").encode())
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            return self._died(job, "the worker exited before the job started")
        answer = self._read_line(self.options.timeout)
        if answer is None:
            if self.over_memory is not None:
                used, self.over_memory = self.over_memory, None
                self.stop()
                return {"id": job.id, "ok": False, "stage": "memory",
                        "error": f"the worker exceeded the memory limit of {self.options.memory} MiB and was "
                                 f"stopped ({used >> 20} MiB resident; raise --probe-memory if the target "
                                 f"needs more)"}
            if self.alive():
                tail = self.log_tail(200)
                self.stop()
                return {"id": job.id, "ok": False, "stage": "timeout",
                        "error": f"no answer within {self.options.timeout:g} s (the target hangs or "
                                 f"compiles too slowly); the worker was stopped"
                                 + (f"; last output: {tail}" if tail else "")}
            return self._died(job, "the worker died")
        return json.loads(answer)

    def _died(self, job: Job, what: str) -> dict:
        code = self.proc.poll() if self.proc else None
        detail = ""
        if code is not None and code < 0:
            try:
                detail = f" (signal {signal.Signals(-code).name})"
            except ValueError:
                detail = f" (signal {-code})"
        elif code is not None:
            detail = f" (exit status {code})"
        tail = self.log_tail()
        self.stop()
        return {"id": job.id, "ok": False, "stage": "crash",
                "error": f"{what}{detail} while running this target" + (f": {tail}" if tail else "")}

    def stop(self) -> None:
        """Kill the worker's whole process group; safe to call twice, from two threads."""
        with self.lock:
            proc, read_fd = self.proc, self.read_fd
            self.proc, self.read_fd = None, None
        if proc is not None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError, OSError):
                pass
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:  # pragma: no cover
                pass
            try:
                proc.stdin.close()
            except (OSError, AttributeError):
                pass
        if read_fd is not None:
            try:
                os.close(read_fd)
            except OSError:
                pass


def run_jobs(jobs: List[Job], options: ProbeOptions, scratch: str) -> Tuple[Dict[int, dict], str]:
    """Run jobs on ``options.jobs`` workers; returns results by job id and the MindSpore version."""
    results: Dict[int, dict] = {}
    if not jobs:
        return results, ""
    pending: "queue.Queue[Job]" = queue.Queue()
    for job in jobs:
        pending.put(job)
    workers = [Worker(options, scratch) for _ in range(max(1, min(options.jobs, len(jobs))))]
    # The first worker starts alone: a missing backend is reported before any work.
    try:
        workers[0].start()
    except WorkerStartError as exc:
        raise ProbeUnavailable(str(exc)) from None
    except BaseException:  # Ctrl-C or SIGTERM while MindSpore is being imported
        workers[0].stop()
        raise
    errors: List[BaseException] = []
    parallel = len(workers) > 1
    crashed: List[Job] = []  # targets whose worker died beside others, for a run alone at the end

    def serve(worker: Worker) -> None:
        while not worker.cancelled.is_set():
            try:
                job = pending.get_nowait()
            except queue.Empty:
                return
            workdir = tempfile.mkdtemp(prefix=f"target{job.id}-", dir=scratch)
            try:
                result = worker.run(job, workdir)
                if result.get("stage") == "crash" and parallel:
                    # MindSpore 2.10 sometimes aborts (SIGABRT) when other workers compile
                    # beside it, and the same target then runs alone without fault
                    # (measured): it gets a fresh worker once the others are done.
                    result["job_file"] = job.file
                    results[job.id] = result
                    crashed.append(job)
                    shutil.rmtree(workdir, ignore_errors=True)
                    continue
                if result.get("stage") == "crash" or (result.get("stage") == "memory" and not worker.first_job):
                    # MindSpore 2.10 sometimes aborts in a background thread after an
                    # earlier target's compile error, and a worker that compiled other
                    # targets before holds some of their memory: give the target a
                    # fresh worker once.
                    shutil.rmtree(workdir, ignore_errors=True)
                    workdir = tempfile.mkdtemp(prefix=f"target{job.id}-", dir=scratch)
                    result = worker.run(job, workdir)
            except ProbeUnavailable as exc:
                # this worker could not be restarted: its target and what is left go to the others
                errors.append(exc)
                pending.put(job)
                shutil.rmtree(workdir, ignore_errors=True)
                return
            except Exception as exc:  # noqa: BLE001 - one target never stops the run
                result = {"id": job.id, "ok": False, "stage": "worker", "error": f"{type(exc).__name__}: {exc}"}
            result["job_file"] = job.file
            results[job.id] = result
            shutil.rmtree(workdir, ignore_errors=True)

    threads = [threading.Thread(target=serve, args=(w,), daemon=True) for w in workers]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            while thread.is_alive():
                thread.join(0.2)
    finally:
        for worker in workers:
            worker.cancelled.set()
            worker.stop()
        for thread in (t for t in threads if t.is_alive()):
            # A thread notices within a poll that its worker is gone; waiting for it
            # keeps it from making a folder in scratch while the caller removes scratch.
            thread.join(5)
    if crashed:
        _run_alone(crashed, results, options, scratch)
    if errors and not results:
        raise errors[0]
    # Every worker gave up (each failed to restart): what none could run is
    # inconclusive with the reason, never silently missing.
    for job in jobs:
        if job.id not in results:
            why = f"{errors[0]}" if errors else "the run stopped before reaching it"
            results[job.id] = {"id": job.id, "ok": False, "stage": "worker", "job_file": job.file,
                               "error": f"not run: no worker was left to run it ({why})"}
    return results, workers[0].version


def _run_alone(jobs: List[Job], results: Dict[int, dict], options: ProbeOptions, scratch: str) -> None:
    """Run again, one at a time on a fresh worker with no other beside it, the targets whose
    worker died during the parallel run; a second death is the target's own (its result says
    both runs died)."""
    worker = Worker(options, scratch)
    try:
        for job in jobs:
            workdir = tempfile.mkdtemp(prefix=f"target{job.id}-", dir=scratch)
            try:
                worker.stop()  # a fresh process for each: the death may have been the last one's
                result = worker.run(job, workdir)
            except (ProbeUnavailable, WorkerStartError) as exc:
                result = dict(results[job.id])
                result["error"] += f"; run again alone, its worker did not start: {exc}"
            except Exception as exc:  # noqa: BLE001 - one target never stops the run
                result = {"id": job.id, "ok": False, "stage": "worker", "error": f"{type(exc).__name__}: {exc}"}
            finally:
                shutil.rmtree(workdir, ignore_errors=True)
            if result.get("stage") == "crash":
                result["error"] += " (run alone after dying beside other targets)"
            result["job_file"] = job.file
            results[job.id] = result
    finally:
        worker.stop()


# ------------------------------------------------------------------- tests
@dataclass
class TestRun:
    """What a pytest run under the probe's plugin recorded, and how the run ended.

    ``status`` is ``ok`` when pytest reached the end of its session (whatever the
    tests' outcome), else ``timeout``, ``memory``, ``crash`` or ``import`` (pytest
    or the plugin did not start), with ``error`` saying what happened.
    """

    label: str  # the tests, as the user named them: "tests/", "tests/ and it/"
    results: List[dict] = field(default_factory=list)
    collect_errors: List[dict] = field(default_factory=list)
    status: str = "ok"
    error: str = ""
    tests: int = 0
    imported: Optional[dict] = None
    cached: bool = False

    @property
    def where(self) -> str:
        """The tests, after "no test": "under tests/", "in this pytest run"."""
        return f"in {self.label}" if self.label.startswith("this ") else f"under {self.label}"


def tests_label(paths, root: Path) -> str:
    shown = []
    for path in paths:
        try:
            rel = os.path.relpath(path, root)
        except ValueError:  # pragma: no cover - another drive
            rel = str(path)
        rel = rel if not rel.startswith("..") else str(path)
        shown.append(rel + ("/" if os.path.isdir(path) and not rel.endswith("/") else ""))
    return " and ".join(shown) if len(shown) <= 2 else ", ".join(shown[:-1]) + " and " + shown[-1]


def read_records(path: str, run: TestRun) -> TestRun:
    """Fill ``run`` from the plugin's record file (JSON lines); a missing session
    record means the run stopped before its end. Under pytest-xdist each worker
    writes its own file beside it (``PATH.gw0``, ...): their records join the
    main process's, whose session decides how the run ended."""
    started, finished = _read_record_file(path, run)
    seen_errors = {e.get("path") for e in run.collect_errors}
    for extra in sorted(glob.glob(glob.escape(path) + ".gw*")):
        part = TestRun(run.label)
        _read_record_file(extra, part)
        run.results.extend(part.results)
        run.collect_errors.extend(e for e in part.collect_errors if e.get("path") not in seen_errors)
        seen_errors.update(e.get("path") for e in part.collect_errors)
        run.tests += part.tests
        if isinstance(run.imported, dict):
            run.imported = dict(run.imported, **part.imported) if isinstance(part.imported, dict) else None
    run.status = "ok" if finished else ("import" if not started else "crash")
    return run


def _read_record_file(path: str, run: TestRun) -> Tuple[bool, bool]:
    """Add one record file's targets to ``run``: (it started, it finished)."""
    started = False
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.readlines()
    except OSError:
        lines = []
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue  # the last line of a run that was killed mid-write
        if not isinstance(record, dict):
            continue
        kind = record.pop("type", None)
        if kind == "start":
            started = True
        elif kind == "target":
            run.results.append(record)
        elif kind == "collect-error":
            run.collect_errors.append(record)
        elif kind == "session":
            run.tests += int(record.get("tests") or 0)
            run.imported = record.get("imported")
            return started, True
    return started, False


def _test_files(paths) -> List[str]:
    """Every Python file under the test paths (the listing is part of the cache key:
    a new test file is a new run)."""
    files = []
    for path in paths:
        if os.path.isfile(path):
            files.append(os.path.realpath(path))
            continue
        for folder, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
            files.extend(os.path.realpath(os.path.join(folder, n)) for n in sorted(names) if n.endswith(".py"))
    return files


def tests_key(options: "ProbeOptions", ms_version: str) -> Tuple[str, List[str]]:
    files = _test_files(options.tests)
    raw = json.dumps([CACHE_FORMAT, "tests", [os.path.realpath(p) for p in options.tests], list(options.pytest_args),
                      files, options.device, options.level, ms_version, __version__, options.tests_timeout,
                      options.memory, list(sys.version_info[:2]), os.path.realpath(options.project_root)])
    return hashlib.sha256(raw.encode()).hexdigest(), files


def cached_tests(cache: "Cache", key: str, run: TestRun) -> Optional[TestRun]:
    if not cache.enabled:
        return None
    try:
        with open(cache.folder / f"tests-{key}.json", encoding="utf-8") as fh:
            entry = json.load(fh)
        depends, saved = entry["depends"], entry["tests"]
        if not isinstance(depends, dict) or not depends:
            return None
        results = saved["results"]
        if not isinstance(results, list) or not all(_valid_result(r) for r in results):
            return None
        for path, digest in depends.items():
            if not isinstance(digest, str) or cache._digest(path) != digest:
                return None
        run.results = results
        run.collect_errors = [e for e in saved.get("collect_errors", []) if isinstance(e, dict)]
        run.tests = int(saved.get("tests", 0))
        run.cached = True
        return run
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def cache_tests(cache: "Cache", key: str, files: List[str], run: TestRun) -> None:
    """Keep a finished run while every file it imported (and every file under the
    test paths) keeps its content."""
    if not cache.enabled or run.status != "ok" or not isinstance(run.imported, dict):
        return
    if not all(_valid_result(r) for r in run.results):
        return  # a target the plugin itself failed on is tried again next time
    depends = dict(run.imported)
    for path in files:
        depends.setdefault(path, _digest(path))
    if not all(isinstance(d, str) for d in depends.values()):
        return
    try:
        cache.folder.mkdir(parents=True, exist_ok=True)
        ignore = cache.folder.parent / ".gitignore"
        if not ignore.exists():
            cache._write(ignore, "# created by msgraph-lint\n*\n")
            os.chmod(ignore, 0o644)
        cache._write(cache.folder / f"tests-{key}.json", json.dumps({"depends": depends, "tests": {
            "results": run.results, "collect_errors": run.collect_errors, "tests": run.tests}}))
    except OSError:
        pass


def _limit_child() -> None:  # pragma: no cover - runs in the child between fork and exec
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def run_tests(options: "ProbeOptions", scratch: str) -> TestRun:
    """Run the user's pytest on ``options.tests`` with the plugin, in a child process
    in a temporary folder, with a timeout and a memory limit."""
    run = TestRun(tests_label(options.tests, options.root))
    folder = tempfile.mkdtemp(prefix="tests-", dir=scratch)
    out = os.path.join(folder, "records.jsonl")
    log_path = os.path.join(folder, "pytest.log")
    cwd = os.path.join(folder, "cwd")
    os.mkdir(cwd)
    root = os.path.realpath(options.project_root)
    env = dict(os.environ)
    # The plugin from this msgraph-lint, and the project importable as from its own folder.
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[2]), root]
                                        + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ left in the user's tree
    env.setdefault("GLOG_v", "3")
    command = [sys.executable, "-m", "pytest", "-p", "msgraph_lint.probe.pytest_plugin", "--msgraph-probe",
               "--msgraph-probe-out", out, "--msgraph-probe-device", options.device,
               "--msgraph-probe-level", options.level, "--msgraph-probe-root", root,
               "-p", "no:cacheprovider", "--continue-on-collection-errors", "-q", "--rootdir", root,
               *options.pytest_args, *[os.path.realpath(p) for p in options.tests]]
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, cwd=cwd, env=env,
                                start_new_session=True, preexec_fn=_limit_child)
    deadline = time.monotonic() + options.tests_timeout
    why = None
    used = 0
    try:
        while proc.poll() is None:
            if time.monotonic() > deadline:
                why = "timeout"
                break
            if options.memory:
                used = group_rss(proc.pid) or 0
                if used > options.memory << 20:
                    why = "memory"
                    break
            try:
                proc.wait(timeout=MEMORY_POLL if options.memory else 0.5)
            except subprocess.TimeoutExpired:
                pass
    finally:
        if proc.poll() is None or why:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError, OSError):
                pass
            proc.wait()
    read_records(out, run)
    tail = _log_tail(log_path)
    if why == "timeout":
        run.status = "timeout"
        run.error = (f"the test run did not finish within {options.tests_timeout:g} s (--probe-tests-timeout) "
                     f"and was stopped after {run.tests} test(s)")
    elif why == "memory":
        run.status = "memory"
        run.error = (f"the test run exceeded the memory limit of {options.memory} MiB ({used >> 20} MiB resident) "
                     f"and was stopped after {run.tests} test(s); raise --probe-memory")
    elif run.status == "import":
        run.error = f"pytest did not start (exit status {proc.returncode})" + (f": {tail}" if tail else "")
    elif run.status == "crash":
        code = proc.returncode
        how = f"died of signal {-code}" if code is not None and code < 0 else f"exited with status {code}"
        run.error = f"the test run {how} after {run.tests} test(s)" + (f": {tail}" if tail else "")
    shutil.rmtree(folder, ignore_errors=True)
    return run


def _log_tail(path: str, size: int = 300) -> str:
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(0, fh.tell() - 4000))
            lines = [line for line in fh.read().decode("utf-8", "replace").splitlines()
                     if line.strip() and "WARNING" not in line]
    except OSError:
        return ""
    tail = " ".join(" ".join(lines[-3:]).split())
    return tail if len(tail) <= size else "… " + tail[-size:].split(" ", 1)[-1]
