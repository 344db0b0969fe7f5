"""The probe's child process: imports MindSpore once, then compiles targets on request.

Started by :mod:`msgraph_lint.probe.runner` as
``python -m msgraph_lint.probe.worker FD DEVICE LEVEL``. It reads one JSON job
per line on stdin and answers one JSON line on file descriptor FD (MindSpore
prints freely on stdout and stderr, so they are not used for the protocol).

A job names a module file and a zero-argument factory in it returning
``(target, inputs)``; the worker compiles and runs ``target(*inputs)`` in
GRAPH_MODE in the job's own directory (where MindSpore writes its IR and
``rank_0/``), then reports the error or the IR's dynamic-shape origins in
user files. This is the only place msgraph-lint executes user code.
"""
from __future__ import annotations

import functools
import glob
import hashlib
import importlib.util
import json
import os
import re
import sys
import time
import traceback

LEVELS = {"STRICT": 0, "LAX": 2}
_SITE_MARKERS = (os.sep + "site-packages" + os.sep, os.sep + "dist-packages" + os.sep,
                 os.sep + "lib" + os.sep + "python")


_OWN_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__))) + os.sep


@functools.lru_cache(maxsize=8192)
def _user_file(path: str) -> bool:
    """Files that belong to the user, not to MindSpore, the standard library or msgraph-lint."""
    real = os.path.realpath(path)
    if not real.endswith(".py") or not os.path.exists(real) or real.startswith(_OWN_PACKAGE):
        return False
    return not any(marker in real for marker in _SITE_MARKERS)


def _closure_file(path: str, root: str) -> bool:
    """A module file whose content a target's result depends on: every source file
    outside Python, installed packages and msgraph-lint (the user's, wherever they
    are), and every such file under the project root. A file that has vanished
    counts too: its missing hash keeps the result out of the cache."""
    real = os.path.realpath(path)
    if not real.endswith(".py") or real.startswith(_OWN_PACKAGE):
        return False
    if not any(marker in real for marker in _SITE_MARKERS):
        return True
    return bool(root) and real.startswith(root.rstrip(os.sep) + os.sep) \
        and not any(marker in real for marker in _SITE_MARKERS[:2])


# A file modified this close to a target's start, or later, may have been read in
# either version: its hash is not recorded. (File times come from a clock that
# runs up to a few milliseconds behind time.time_ns().)
_MTIME_SLACK_NS = 20_000_000


def _sha256(path: str, started_ns: int = 0):
    try:
        with open(path, "rb") as fh:
            if started_ns and os.fstat(fh.fileno()).st_mtime_ns > started_ns - _MTIME_SLACK_NS:
                return None
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return None


def imported_since(known: set, root: str, scratch: str = "", started_ns: int = 0) -> dict:
    """``{file: sha256 or None}`` of the project modules imported since ``known`` was taken.

    Those modules are then forgotten (removed from ``sys.modules``), so that the
    next target imports its own closure afresh and its list is complete; modules
    of Python and installed packages stay loaded and join ``known``.
    """
    closure = {}
    for name in set(sys.modules) - known:
        module = sys.modules.get(name)
        try:
            path = getattr(module, "__file__", None)
        except Exception:  # noqa: BLE001 - a module object may be anything
            path = None
        if isinstance(path, str) and _closure_file(path, root) \
                and not (scratch and os.path.realpath(path).startswith(scratch + os.sep)):
            closure[os.path.realpath(path)] = _sha256(path, started_ns)
            del sys.modules[name]
        else:
            known.add(name)
    return closure


_DEF_RE = re.compile(r"^(\s*)(?:async\s+)?def\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(")


def _enclosing_def(path: str, line: int):
    """The name of the function whose body holds ``path:line`` (read from the source)."""
    import linecache

    text = linecache.getline(path, line)
    if not text:
        return None
    indent = len(text) - len(text.lstrip())
    for number in range(line, max(0, line - 400), -1):
        match = _DEF_RE.match(linecache.getline(path, number))
        if match and (number == line or len(match.group(1)) < indent):
            return match.group(2)
    return None


def error_via(text: str) -> list:
    """MindSpore's own functions an error passed through (`repeat_interleave`, `csr_mm`): which
    op raised it, when its message does not say."""
    from . import ir

    names = set()
    for path, first, _ in ir.error_spans(text)[:200]:
        if not _user_file(path):
            name = _enclosing_def(path, first)
            if name:
                names.add(name)
    return sorted(names)


def _load_module(path: str):
    """Import the factory's file: by its dotted name inside a package (so that its
    relative imports work), else under a private name by path."""
    from ..project import module_name

    dotted, root = module_name(path)
    if "." in dotted or os.path.basename(path) == "__init__.py":
        if root not in sys.path:
            sys.path.insert(0, root)
        module = importlib.import_module(dotted)
        if os.path.realpath(getattr(module, "__file__", "") or "") == os.path.realpath(path):
            return module
        # another package of that name was imported first: fall back to the path
    name = "msgraph_probe_" + hashlib.sha1(path.encode()).hexdigest()[:12]
    if name in sys.modules:
        return sys.modules[name]
    folder = os.path.dirname(path)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # MindSpore's parser looks functions up through their module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def _describe_target(target):
    """(defining file, qualified name, kind) of a Cell instance or a jit function."""
    import inspect

    import mindspore as ms

    if isinstance(target, ms.nn.Cell):
        cls = type(target)
        return inspect.getsourcefile(cls), cls.__qualname__, "cell"
    fn = inspect.unwrap(target) if callable(target) else None
    for attr in ("fn", "__wrapped__", "_fn", "func"):
        inner = getattr(target, attr, None)
        if inner is not None and hasattr(inner, "__code__"):
            fn = inner
            break
    if fn is not None and hasattr(fn, "__code__"):
        return fn.__code__.co_filename, fn.__qualname__, "function"
    raise TypeError(f"the factory returned {type(target).__name__}, not an nn.Cell or a @jit function")


def _frames(exc):
    frames, tb = [], exc.__traceback__
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_filename, tb.tb_lineno))
        tb = tb.tb_next
    return frames


def _entry_points(ms) -> dict:
    """What one target must leave as it found it for the next: MindSpore's compile
    path, its context and the environment it reads (``MS_JIT=0`` turns graph mode off)."""
    import importlib

    state = {"environ": dict(os.environ)}
    for key in ("mode", "device_target", "jit_syntax_level"):
        try:
            state[f"context {key}"] = ms.get_context(key)
        except Exception:  # noqa: BLE001 - a key this version does not have
            pass
    owners = [("mindspore.nn.Cell", ms.nn.Cell), ("mindspore.jit", ms.jit)]
    # The graph executor's Python side, and the parser its C++ compile calls back.
    for name, attrs in (("mindspore.graph.api", ("_CellGraphExecutor", "_JitExecutor", "_cell_graph_executor",
                                                 "jit")),
                        ("mindspore.graph._parse.parser", ("Parser",))):
        try:
            module = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - moved in another version
            continue
        for attr in attrs:
            if hasattr(module, attr):
                owners.append((f"{name}.{attr}", getattr(module, attr)))
    for name, owner in owners:
        state[name] = owner
        if isinstance(owner, type):
            for attr, value in vars(owner).items():
                if callable(value) or isinstance(value, (staticmethod, classmethod, property)):
                    state[f"{name}.{attr}"] = value
    return state


def _changes(before: dict, after: dict) -> str:
    """The first entry of :func:`_entry_points` that differs, or ''."""
    for key in sorted(set(before) | set(after)):
        if key == "environ":
            changed = sorted(k for k in set(before[key]) | set(after[key])
                             if before[key].get(k) != after[key].get(k))
            if changed:
                return f"the environment variable {changed[0]}"
        elif before.get(key) is not after.get(key) and before.get(key) != after.get(key):
            return key
    return ""


def _names_the_root(result: dict, text: str) -> bool:
    """Does a parse error's message name the target's own graph function (``'Net.construct'``)?"""
    target = result.get("target")
    if not target:
        return False
    root = f"{target}.construct" if result.get("target_kind") == "cell" else target
    return f"'{root}'" in text


def record_error(result: dict, exc: BaseException) -> None:
    """Put a failed target's error, the user lines it blames and the lines it reached into ``result``."""
    from . import ir

    result["exc_type"] = type(exc).__name__
    text = str(exc)
    result["error"] = ir._short_error(type(exc).__name__, text)
    user_frames = [(os.path.realpath(path), line, single, section)
                   for path, line, single, section in ir.error_frames(text) if _user_file(path)]
    tb_frames = [(os.path.realpath(f), n) for f, n in _frames(exc) if _user_file(f)]
    result["error_lines"] = ir.innermost(user_frames, tb_frames)
    if not result["error_lines"] and isinstance(exc, SyntaxError) and exc.filename and exc.lineno \
            and _user_file(exc.filename) and _names_the_root(result, text):
        # MindSpore's parser could not read the root's source (IndentationError, MSG519): it locates
        # nothing else, but sets the error's line to the function's first line. (For a function
        # the root calls, the finding is at the call, which the root's compile trace gives.)
        tb_frames.append((os.path.realpath(exc.filename), exc.lineno))
        result["error_lines"] = [tb_frames[-1]]
    result["error_via"] = error_via(text)
    result["_reached"] = [(os.path.realpath(path), line) for path, first, last in ir.error_spans(text)
                          if _user_file(path) for line in range(first, last + 1)] + tb_frames


def read_evidence(result: dict, irdir: str) -> dict:
    """Add the IR's dynamic-shape origins and joins in user files, and every user line
    the target compiled, to ``result`` (the error, if any, is already there)."""
    from . import ir

    reached = result.pop("_reached", [])
    origins, joins, compiled = [], [], {}
    if result["stage"] == "compile":
        for path, line in reached:
            compiled.setdefault(path, set()).add(line)
    for path in sorted(glob.glob(os.path.join(irdir, "**", "*type_inference*.ir"), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as fh:
            graphs = ir.parse_ir(fh.read())
        for file, lines in ir.user_lines(graphs, _user_file).items():
            compiled.setdefault(file, set()).update(lines)
        for file, line, node in ir.origin_nodes(graphs, _user_file):
            op = ir.op_name(node)
            origins.append({"file": file, "line": line, "op": op,
                            "kind": "fallback" if op in ir.FALLBACK_OPS else "dynamic-shape",
                            # MindSpore's own functions the node was made in (`argwhere`, `tensor_index_by_slice`)
                            "via": sorted({name for where, name in node.defs if not _user_file(where)}),
                            "text": ir.shorten(ir.summary(node), 200)})
        for file, line, node in ir.join_nodes(graphs, _user_file):
            joins.append({"file": file, "line": line, "text": ir.shorten(ir.summary(node), 200)})
    result["origins"] = origins
    result["joins"] = joins
    # Every line of user code the target compiled: its evidence speaks only for those.
    result["compiled"] = {file: sorted(lines) for file, lines in compiled.items()}
    result["ir_dumped"] = bool(glob.glob(os.path.join(irdir, "**", "*.ir"), recursive=True))
    return result


def run_job(job: dict, ms) -> dict:
    workdir = job["workdir"]
    os.makedirs(workdir, exist_ok=True)
    os.chdir(workdir)
    irdir = os.path.join(workdir, "ir")
    ms.set_context(save_graphs=1, save_graphs_path=irdir)
    result = {"id": job["id"], "stage": "import"}
    try:
        module = _load_module(job["file"])
        result["stage"] = "factory"
        factory = getattr(module, job["factory"], None)
        if factory is None or not callable(factory):
            raise LookupError(f"{job['factory']} is not a function in {job['file']}")
        made = factory()
        if not (isinstance(made, tuple) and len(made) == 2 and isinstance(made[1], (tuple, list))):
            raise TypeError(f"the factory must return (target, inputs), got {type(made).__name__}")
        target, inputs = made
        result["target_file"], result["target"], result["target_kind"] = _describe_target(target)
        result["stage"] = "compile"
        target(*inputs)
        result["ok"] = True
    except BaseException as exc:  # noqa: BLE001 - user code may raise anything
        result["ok"] = False
        record_error(result, exc)
    read_evidence(result, irdir)
    return result


def main(argv=None) -> int:
    argv = argv or sys.argv[1:]
    fd, device, level = int(argv[0]), argv[1], argv[2]
    try:
        import resource

        # A crashing target must die at once, not spend minutes writing a core file.
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # pragma: no cover
        pass
    channel = os.fdopen(fd, "w", buffering=1)
    os.environ["MS_DEV_JIT_SYNTAX_LEVEL"] = str(LEVELS[level])
    os.environ.setdefault("GLOG_v", "3")
    try:
        import mindspore as ms

        if not ms.hal.is_available(device):
            raise RuntimeError(f"MindSpore {ms.__version__} here has no {device} backend "
                               f"(this build or machine supports: "
                               f"{', '.join(d for d in ('CPU', 'GPU', 'Ascend') if ms.hal.is_available(d)) or 'none'})")
        ms.set_context(mode=ms.GRAPH_MODE, jit_syntax_level=ms.STRICT if level == "STRICT" else ms.LAX)
        ms.set_device(device)
    except BaseException as exc:  # noqa: BLE001
        channel.write(json.dumps({"ready": False, "error": str(exc) if isinstance(exc, RuntimeError)
                                  else f"{type(exc).__name__}: {exc}"}) + "\n")
        return 3
    channel.write(json.dumps({"ready": True, "mindspore": ms.__version__}) + "\n")
    clean = None
    known = set(sys.modules)
    started_ns = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        try:
            if clean is None:
                clean = _entry_points(ms)
            started_ns = time.time_ns()
            answer = run_job(job, ms)
            changed = _changes(clean, _entry_points(ms))
            if changed:
                answer["tainted"] = changed  # the parent replaces this worker
            if answer.get("ok") and (ms.get_context("mode") != ms.GRAPH_MODE or os.environ.get("MS_JIT") == "0"):
                # Cell.__call__ ran the target eagerly: no graph was compiled to judge.
                answer.update(ok=False, stage="factory", error="the factory turned graph mode off "
                              "(set_context(mode=PYNATIVE_MODE) or MS_JIT=0): nothing was compiled")
        except BaseException as exc:  # noqa: BLE001 - never die between jobs
            answer = {"id": job.get("id"), "ok": False, "stage": "worker",
                      "error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc()[-2000:]}
        try:
            # What this result depends on: the cache keeps it only while these files are unchanged.
            # (Files MindSpore generates in the job's scratch folder are not the user's.)
            scratch = os.path.dirname(os.path.realpath(job.get("workdir") or "")) if job.get("workdir") else ""
            answer["imported"] = imported_since(known, job.get("root") or "", scratch, started_ns)
        except Exception as exc:  # noqa: BLE001
            answer.update(imported=None, closure_error=f"{type(exc).__name__}: {exc}")
        channel.write(json.dumps(answer) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
