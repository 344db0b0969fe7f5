"""Reading MindSpore's evidence: IR dumps after type inference, and error texts.

The IR file ``*type_inference*.ir`` lists every node with its input and
output abstract types and ``# In file path:line`` comments, outermost first.
A node whose inputs are static but whose output has a ``-1``/``-2``
dimension is where a dynamic shape originates. Compile errors carry frames
``In file path:line`` in one of two orders, which ``error_line`` handles.
"""
import os
import re

ERROR_CHARS = 300

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
    """Sorted lines of ``case_path`` where dynamic shapes originate."""
    return sorted(line for path, line, _ in origins_in(graphs, lambda f: _same(f, case_path)))


def origins_in(graphs, is_user_file):
    """Dynamic-shape origins as (file, line, node text) in files ``is_user_file`` accepts.

    An origin is a node whose inputs are static and whose output has a -1/-2
    dimension; an origin inside a MindSpore helper graph is traced back
    through its callers to the user's call.
    """
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

    def own_line(n):
        for f, ln in reversed(n.files):
            if is_user_file(f):
                return f, ln
        return None

    def case_line(n):
        """The node's innermost user frame; for a node printed without one (a
        keyword-argument call, say), that of the nearest node before it (the
        keyword arguments it takes), then after."""
        where = own_line(n)
        if where is not None or n.graph is None:
            return where
        nodes = n.graph.nodes
        i = next((j for j, m in enumerate(nodes) if m is n), None)
        if i is None:
            return None
        for m in nodes[max(0, i - 3):i][::-1] + nodes[i + 1:i + 4]:
            where = own_line(m)
            if where is not None:
                return where
        return None

    lines = set()
    for n in origins:
        # walk up through helper graphs defined outside the case file
        before = len(lines)
        seen, stack = set(), [n]
        while stack:
            x = stack.pop()
            if id(x) in seen:
                continue
            seen.add(id(x))
            g = x.graph
            if g.file and is_user_file(g.file[0]):
                where = case_line(x)
                if where is not None:
                    lines.add((os.path.realpath(where[0]), where[1], summary(n)))
                    continue
            ups = callers.get(g.name, [])
            if not ups:
                where = case_line(x)
                if where is not None:
                    lines.add((os.path.realpath(where[0]), where[1], summary(n)))
            stack.extend(ups)
        if len(lines) == before:
            # Callers not traceable (a call through a keyword-argument unpack, say):
            # the node's own innermost frame in user code.
            where = case_line(n)
            if where is not None:
                lines.add((os.path.realpath(where[0]), where[1], summary(n)))
    return sorted(lines)



_ERR_INFILE_RE = re.compile(r"In file\s+(.+?):(\d+)(~\d+)?")


def _error_line(res, case_path, text):
    """Innermost frame of ``case_path`` in a MindSpore error text, else in the Python traceback."""
    frames = [f for f in error_frames(text) if _same(f[0], case_path)]
    tb = [(f, n) for f, n in res.get("tb", []) if _same(f, case_path)]
    found = innermost(frames, tb)
    return found[0][1] if found else None


def _short_error(exc_type, text):
    """Exception type + the message head, without MindSpore's stack sections."""
    cut = len(text)
    for marker in ("- C++ Call Stack", "- The Function Call Stack", "- The Traceback of"):
        i = text.find(marker)
        if 0 <= i < cut:
            cut = i
    body = "\n".join(l for l in text[:cut].splitlines() if not re.fullmatch(r"\s*-{4,}\s*", l))
    body = re.sub(r"\bvalue_ptr: 0x[0-9a-fA-F]+,?\s*", "", body)  # an address: differs on every run
    return ("%s: %s" % (exc_type, " ".join(body.split())))[:ERROR_CHARS]


def error_frames(text):
    """``In file path:line`` frames of a MindSpore error: (path, line, single_line, section)."""
    section, frames = "", []
    for row in text.splitlines():
        if "Function Call Stack" in row:
            section = "inner_first"
        elif "Traceback of" in row:
            section = "outer_first"
        for match in _ERR_INFILE_RE.finditer(row):
            frames.append((match.group(1), int(match.group(2)), not match.group(3), section))
    return frames


def innermost(frames, tb_frames):
    """The innermost user frame of an error as [(file, line)], or [] when there is none.

    ``frames`` come from :func:`error_frames` (already limited to user files);
    ``tb_frames`` from the Python traceback, the fallback.
    """
    for section in ("outer_first", "inner_first", ""):
        candidates = [f for f in frames if f[3] == section]
        if not candidates:
            continue
        single = [f for f in candidates if f[2]] or candidates
        chosen = single[0] if section == "inner_first" else single[-1]
        return [(chosen[0], chosen[1])]
    if tb_frames:
        return [tuple(tb_frames[-1])]
    return []


def _shapes(text):
    found = [m.group(0).replace(" ", "") for m in _SHAPE_RE.finditer(_strip_values(text or ""))]
    return ", ".join(found) if found else "()"


def summary(node):
    """``PrimFunc_MaskedSelect: (4,4), (4,4) -> (-1)`` for an IR node."""
    rhs = node.text.split("=", 1)[1].strip() if node.text.startswith("%") else node.text
    name = rhs.split("(", 1)[0].strip() or "node"
    inputs = ", ".join(_shapes(t) for t in (node.inputs or []))
    return f"{name}: {inputs} -> {_shapes(node.output)}"
