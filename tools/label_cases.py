#!/usr/bin/env python
"""Label msgraph-lint test cases by compiling them with MindSpore in GRAPH_MODE.

Usage:
    python tools/label_cases.py [--level LAX|STRICT|both] [--timeout S] CASE.py... > labels.json

Each case file defines a zero-argument ``make()`` returning ``(target, inputs)``.
For every case and syntax level a child process (fresh temp cwd) compiles and
runs ``target(*inputs)`` on CPU with IR dumping enabled.  The parent then reads
the ``*type_inference*.ir`` dumps and reports where dynamic shapes originate.

Outcomes: ``static``, ``dynamic``, ``error``, ``crash`` (child killed by a
signal), ``timeout``.

Importable: ``label(path, level, timeout) -> dict``.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

LEVELS = {"STRICT": 0, "LAX": 2}  # mindspore/context.py: STRICT = 0, COMPATIBLE = 1, LAX = 2
RESULT_FILE = "result.json"


# --------------------------------------------------------------------------
# child side
# --------------------------------------------------------------------------

def _write_result(workdir, result):
    tmp = os.path.join(workdir, RESULT_FILE + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(result, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, os.path.join(workdir, RESULT_FILE))


def _child(case_path, level, workdir, syntax_via):
    """Runs inside the subprocess: compile + run once, write result.json."""
    import importlib.util

    result = {"ok": False}
    try:
        import mindspore as ms
        ctx = dict(mode=ms.GRAPH_MODE, device_target="CPU")
        if syntax_via in ("both", "context"):
            ctx["jit_syntax_level"] = ms.STRICT if level == "STRICT" else ms.LAX
        ms.set_context(**ctx)
        name = "msgl_case_" + re.sub(r"\W", "_", os.path.splitext(os.path.basename(case_path))[0])
        spec = importlib.util.spec_from_file_location(name, case_path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod  # the graph parser re-imports fn.__module__
        spec.loader.exec_module(mod)
        target, inputs = mod.make()
        target(*inputs)
        result["ok"] = True
    except BaseException as exc:  # noqa: BLE001 - we report everything
        result["exc_type"] = type(exc).__name__
        result["message"] = str(exc)
        if isinstance(exc, SyntaxError) and exc.filename and exc.lineno:
            result["syntax_at"] = [exc.filename, exc.lineno]
        # Write at once: after some failed compiles a MindSpore thread aborts
        # the process (SIGABRT, "Python thread state is NULL") shortly after.
        _write_result(workdir, result)
        frames, tb = [], exc.__traceback__
        while tb is not None:
            frames.append((tb.tb_frame.f_code.co_filename, tb.tb_lineno))
            tb = tb.tb_next
        result["tb"] = frames
    _write_result(workdir, result)
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter/MindSpore teardown: it is irrelevant to the label.
    os._exit(0)


# --------------------------------------------------------------------------
# IR parsing
# --------------------------------------------------------------------------

from msgraph_lint.probe.ir import (  # noqa: E402  (shared with the probe)
    ERROR_CHARS, _error_line, _short_error, find_origins, parse_ir)


# --------------------------------------------------------------------------
# parent side
# --------------------------------------------------------------------------

def label(path, level="LAX", timeout=120.0, syntax_via="both", retries=2):
    """Compile+run one case at one syntax level; return the label dict.

    A crash (child killed by a signal before it reported) is retried up to
    `retries` times: MindSpore 2.10 sometimes aborts from a worker thread right
    after raising a compile error, so a single crash is not a stable label.
    """
    for attempt in range(retries + 1):
        out = _label_once(path, level, timeout, syntax_via)
        if out["outcome"] != "crash":
            break
    return out


def _label_once(path, level, timeout, syntax_via):
    path = os.path.abspath(path)
    work = tempfile.mkdtemp(prefix="msgl_")
    try:
        env = dict(os.environ)
        if syntax_via in ("both", "env"):
            env["MS_DEV_JIT_SYNTAX_LEVEL"] = str(LEVELS[level])
        else:
            env.pop("MS_DEV_JIT_SYNTAX_LEVEL", None)
        irdir = os.path.join(work, "ir")
        env["MS_DEV_SAVE_GRAPHS"] = "1"
        env["MS_DEV_SAVE_GRAPHS_PATH"] = irdir
        env.setdefault("GLOG_v", "3")
        cmd = [sys.executable, os.path.abspath(__file__), "--child", path, level, work, syntax_via]
        try:
            proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"outcome": "timeout", "lines": [], "error": "timeout after %ss" % timeout}
        rfile = os.path.join(work, RESULT_FILE)
        if not os.path.exists(rfile):
            tail = (proc.stderr or "")[-ERROR_CHARS:]
            return {"outcome": "crash", "lines": [],
                    "error": "returncode %d: %s" % (proc.returncode, tail)}
        with open(rfile, encoding="utf-8") as fh:
            res = json.load(fh)
        if not res["ok"]:
            text = res.get("message", "")
            line = _error_line(res, path, text)
            if line is None:  # some errors print MindSpore's traceback only to stderr
                line = _error_line({}, path, proc.stderr or "")
            at = res.get("syntax_at")
            if line is None and at and os.path.realpath(at[0]) == os.path.realpath(path):
                # MindSpore's parser failed on the source of a graph root (IndentationError) and
                # located nothing else: it sets the error's line to the function's first line
                line = at[1]
            out = {"outcome": "error", "lines": [line] if line else [],
                   "error": _short_error(res.get("exc_type"), text)}
            return out
        lines = set()
        irs = sorted(glob.glob(os.path.join(irdir, "**", "*type_inference*.ir"), recursive=True))
        for f in irs:
            with open(f, encoding="utf-8", errors="replace") as fh:
                lines.update(find_origins(parse_ir(fh.read()), path))
        out = {"outcome": "dynamic" if lines else "static", "lines": sorted(lines)}
        if not irs:
            out["note"] = "no type_inference IR dumped"
        return out
    finally:
        if os.environ.get("MSGL_KEEP_WORKDIR"):
            sys.stderr.write("kept %s\n" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        _child(*argv[1:5])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--level", choices=["LAX", "STRICT", "both"], default="both")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--syntax-via", choices=["both", "env", "context"], default="both",
                    help="how the syntax level is set in the child (default: env var + set_context)")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args(argv)
    levels = ["LAX", "STRICT"] if args.level == "both" else [args.level]
    jobs = [(c, lv) for c in args.cases for lv in levels]
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        results = list(ex.map(lambda j: label(j[0], j[1], args.timeout, args.syntax_via), jobs))
    out = {}
    for (c, lv), r in zip(jobs, results):
        out.setdefault(os.path.basename(c), {})[lv] = r
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
