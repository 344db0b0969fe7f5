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

LEVELS = {"STRICT": 0, "LAX": 2}  # mindspore/context.py: STRICT = 0, COMPATIBLE = 1, LAX = 2
RESULT_FILE = "result.json"
ERROR_CHARS = 300


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

_INFILE_RE = re.compile(r"#\s*In file\s+(.+?):(\d+)")
_NODE_RE = re.compile(r"^\s{2}(%\d+\([^)]*\)\s*=\s*.*|Return\(.*)$")
_SUBGRAPH_RE = re.compile(r"^subgraph @(\S+?)(?:\(| parent:)")
_REF_RE = re.compile(r"(?<!\$\()@@?([^\s(),\[\]{}:$]+)")  # not free variables $(@g:para)
_CALLEE_RE = re.compile(r"^(?:call @([^\s(]+)\(|%\d+\[([^\]]*)\]\()")


def _split_top(text, sep=","):
    """Split at `sep` outside (), [], {}, <> (ignoring the '>' of '->')."""
    parts, depth, cur, i = [], 0, [], 0
    while i < len(text):
        ch = text[i]
        if ch in "([{<":
            depth += 1
        elif ch in ")]}" or (ch == ">" and not (i > 0 and text[i - 1] == "-")):
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    if cur:
        parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def _strip_values(t):
    """Remove 'value=...' segments (constants may contain -1 and are not shapes)."""
    out, i = [], 0
    while True:
        j = t.find("value=", i)
        if j < 0:
            out.append(t[i:])
            break
        out.append(t[i:j])
        k, depth = j + 6, 0
        while k < len(t):
            ch = t[k]
            if ch in "([{<":
                depth += 1
            elif ch in ")]}>":
                if depth == 0:
                    break
                depth -= 1
            elif ch == "," and depth == 0:
                break
            k += 1
        i = k
    return "".join(out)


_SHAPE_RE = re.compile(r"\((\s*-?\d+(?:\s*,\s*-?\d+)*\s*)\)")


def is_dynamic_type(t):
    """True if an IR abstract type string has a -1 (dynamic dim) or -2 (dynamic rank)."""
    t = _strip_values(t)
    for m in _SHAPE_RE.finditer(t):
        dims = [int(d) for d in m.group(1).split(",")]
        if any(d in (-1, -2) for d in dims):
            return True
    return False


def _parse_sig(line):
    """'      : (<a>, <b>) -> (<c>)' -> (inputs list, output str)."""
    s = line.strip()[1:].strip()
    # find the top-level ' -> '
    depth, arrow = 0, -1
    for i, ch in enumerate(s):
        if ch in "([{<":
            depth += 1
        elif ch in ")]}" or (ch == ">" and not (i > 0 and s[i - 1] == "-")):
            depth -= 1
        elif ch == "-" and depth == 0 and s[i:i + 2] == "->":
            arrow = i
            break
    if arrow < 0:
        return None, s
    ins, out = s[:arrow].strip(), s[arrow + 2:].strip()
    if ins.startswith("(") and ins.endswith(")"):
        ins = ins[1:-1]
    return _split_top(ins), out


class Node:
    __slots__ = ("graph", "text", "inputs", "output", "files", "refs", "kind", "callees")

    def __init__(self, graph, text):
        self.graph = graph
        self.text = text
        self.inputs = None
        self.output = ""
        self.files = []  # [(file, line)], outermost first
        rhs = text.split("=", 1)[1].strip() if text.startswith("%") else text
        if text.startswith("Return("):
            self.kind = "return"
        elif rhs.startswith("call @"):
            self.kind = "call"
        elif rhs.startswith("%"):
            self.kind = "icall"  # call of a computed function (switch / partial result)
        else:
            self.kind = "prim"
        self.refs = _REF_RE.findall(rhs)
        m = _CALLEE_RE.match(rhs)
        self.callees = []
        if m and m.group(1):
            self.callees = [m.group(1)]
        elif m and m.group(2):
            self.callees = _REF_RE.findall(m.group(2))


class Graph:
    def __init__(self, name):
        self.name = name
        self.file = None  # definition location (file, line)
        self.params = []
        self.nodes = []


def parse_ir(text):
    """Parse a MindSpore IR dump into {subgraph name: Graph}."""
    graphs = {}
    cur = node = None
    pending_loc = pending_params = None
    for raw in text.splitlines():
        m = _SUBGRAPH_RE.match(raw)
        if m:
            cur = Graph(m.group(1))
            cur.file, cur.params = pending_loc, pending_params or []
            graphs[cur.name] = cur
            node = pending_loc = pending_params = None
            continue
        if cur is None:
            if raw.startswith("# Parameters:"):
                pl = raw.split(",", 1)[1].strip() if "," in raw else ""
                pending_params = _split_top(pl[1:-1]) if pl.startswith("(") else []
            elif raw.startswith("# In file"):
                fm = _INFILE_RE.search(raw)
                pending_loc = (fm.group(1), int(fm.group(2))) if fm else None
            continue
        if raw.startswith("}"):
            cur = node = None
            continue
        nm = _NODE_RE.match(raw)
        if nm:
            node = Node(cur, nm.group(1))
            cur.nodes.append(node)
            continue
        if node is None:
            continue
        s = raw.strip()
        if s.startswith(":"):
            node.inputs, node.output = _parse_sig(s)
        elif s.startswith("# In file"):
            fm = _INFILE_RE.search(s)
            if fm:
                node.files.append((fm.group(1), int(fm.group(2))))
    return graphs


def _same(a, b):
    return os.path.realpath(a) == os.path.realpath(b)


def find_origins(graphs, case_path):
    """Return sorted case-file lines of dynamic-shape origin nodes."""
    callers = {}
    for g in graphs.values():
        for n in g.nodes:
            for r in n.refs:
                callers.setdefault(r, []).append(n)

    def returns_dynamic(gname):
        g = graphs.get(gname)
        if g is None:
            return True  # unknown callee: assume it carries the shape itself
        return any(n.kind == "return" and is_dynamic_type(n.output) for n in g.nodes)

    def param_join(n):
        """Static argument passed to a dynamic parameter of a callee (loop / branch join)."""
        for r in n.callees:
            g = graphs.get(r)
            if g is None or not g.params or n.inputs is None:
                continue
            for a, p in zip(n.inputs, g.params):
                if is_dynamic_type(p) and not is_dynamic_type(a):
                    return True
        return False

    origins = []
    for g in graphs.values():
        for n in g.nodes:
            if n.kind == "return" or n.inputs is None:
                continue
            if param_join(n):
                origins.append(n)
                continue
            if not is_dynamic_type(n.output):
                continue
            if any(is_dynamic_type(t) for t in n.inputs):
                continue
            if n.kind == "call":
                continue  # the origin is inside the callee
            if n.kind == "icall":
                cands = [r for r in n.callees if r in graphs]
                if any(returns_dynamic(c) for c in cands):
                    continue
                # an icall whose callee list is not shown: the callee comes from
                # an input node (Switch/Partial); look at it
                origins.append(n)
                continue
            origins.append(n)

    def case_line(n):
        for f, ln in reversed(n.files):
            if _same(f, case_path):
                return ln
        return None

    lines = set()
    for n in origins:
        # walk up through helper graphs defined outside the case file
        seen, stack = set(), [n]
        while stack:
            x = stack.pop()
            if id(x) in seen:
                continue
            seen.add(id(x))
            g = x.graph
            if g.file and _same(g.file[0], case_path):
                ln = case_line(x)
                if ln is not None:
                    lines.add(ln)
                    continue
            ups = callers.get(g.name, [])
            if not ups:
                ln = case_line(x)
                if ln is not None:
                    lines.add(ln)
            stack.extend(ups)
    return sorted(lines)


# --------------------------------------------------------------------------
# parent side
# --------------------------------------------------------------------------

_ERR_INFILE_RE = re.compile(r"In file\s+(.+?):(\d+)(~\d+)?")


def _error_line(res, case_path, text):
    """Innermost frame of the case file in a MindSpore error (or Python traceback).

    MindSpore prints two kinds of stacks: '- The Function Call Stack' lists the
    innermost frame first; '- The Traceback of Net Construct Code' lists the
    outermost first.  Frames given as a line range ('8~9') are enclosing
    function definitions, so single-line frames are preferred.
    """
    section, hits = "", []
    for ln in text.splitlines():
        if "Function Call Stack" in ln:
            section = "inner_first"
        elif "Traceback of" in ln:
            section = "outer_first"
        for m in _ERR_INFILE_RE.finditer(ln):
            if _same(m.group(1), case_path):
                hits.append((section, int(m.group(2)), bool(m.group(3))))
    if hits:
        for sec in ("outer_first", "inner_first", ""):
            cand = [h for h in hits if h[0] == sec]
            if not cand:
                continue
            single = [h for h in cand if not h[2]] or cand
            return single[0][1] if sec == "inner_first" else single[-1][1]
    line = None
    for f, ln in res.get("tb", []):
        if _same(f, case_path):
            line = ln
    return line


def _short_error(exc_type, text):
    """Exception type + the message head, without MindSpore's stack sections."""
    cut = len(text)
    for marker in ("- C++ Call Stack", "- The Function Call Stack", "- The Traceback of"):
        i = text.find(marker)
        if 0 <= i < cut:
            cut = i
    body = "\n".join(l for l in text[:cut].splitlines() if not re.fullmatch(r"\s*-{4,}\s*", l))
    return ("%s: %s" % (exc_type, " ".join(body.split())))[:ERROR_CHARS]


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
