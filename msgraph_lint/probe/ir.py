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
EVIDENCE_CHARS = 100

_INFILE_RE = re.compile(r"#\s*In file\s+(.+?):(\d+)(?:~(\d+))?")
# The source text MindSpore prints after a frame: `# In file PATH:LINE~LINE, COL~COL/    text/`
_FRAME_TEXT_RE = re.compile(r":\d+(?:~\d+)?(?:,\s*\d+(?:~\d+)?)?/(.*)/\s*$")
_DEF_RE = re.compile(r"^\s*def\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(")
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
    __slots__ = ("graph", "text", "inputs", "output", "files", "spans", "defs", "refs", "kind", "callees")

    def __init__(self, graph, text):
        self.graph = graph
        self.text = text
        self.inputs = None
        self.output = ""
        self.files = []  # [(file, line)], outermost first
        self.spans = []  # [(file, first line, last line)] of the same frames
        self.defs = []  # [(file, function name)] of the frames printed at a `def` line, outermost first
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
        self.siblings = None  # {name: Graph} of the whole dump
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
            cur.siblings = graphs
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
                pending_loc = (fm.group(1), int(fm.group(2)), int(fm.group(3) or fm.group(2))) if fm else None
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
                node.spans.append((fm.group(1), int(fm.group(2)), int(fm.group(3) or fm.group(2))))
                tm = _FRAME_TEXT_RE.search(s)
                dm = _DEF_RE.match(tm.group(1)) if tm else None
                if dm:
                    node.defs.append((fm.group(1), dm.group(1)))
    return graphs


def _same(a, b):
    return os.path.realpath(a) == os.path.realpath(b)


def find_origins(graphs, case_path):
    """Sorted lines of ``case_path`` where dynamic shapes originate."""
    return sorted(line for path, line, _ in origins_in(graphs, lambda f: _same(f, case_path)))


def origins_in(graphs, is_user_file):
    """Dynamic-shape origins as (file, line, summary text) in files ``is_user_file`` accepts."""
    return sorted({(path, line, summary(node)) for path, line, node in origin_nodes(graphs, is_user_file)})


def origin_nodes(graphs, is_user_file):
    """Dynamic-shape origins as (file, line, node) in files ``is_user_file`` accepts.

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

    found = {}
    for n in origins:
        lines = set()
        # walk up through helper graphs defined outside the case file
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
                    lines.add((os.path.realpath(where[0]), where[1]))
                    continue
            ups = callers.get(g.name, [])
            if not ups:
                where = case_line(x)
                if where is not None:
                    lines.add((os.path.realpath(where[0]), where[1]))
            stack.extend(ups)
        text = summary(n)
        new = [(path, line) for path, line in lines if (path, line, text) not in found]
        if not new:
            # Callers not traceable (a call through a keyword-argument unpack, say):
            # the node's own innermost frame in user code.
            where = case_line(n)
            if where is not None:
                new.append((os.path.realpath(where[0]), where[1]))
        for path, line in new:
            found.setdefault((path, line, text), (path, line, n))
    return [found[k] for k in sorted(found)]


def join_nodes(graphs, is_user_file):
    """Joins of branches that leave a value with different shapes, as (file, line, node):
    a call of one of several branch graphs whose returns differ in shape and whose
    result is dynamic. Where every branch was static the join is also an origin; where
    one branch was dynamic already (a ``masked_select`` in it), it is listed only here."""
    found = []
    for g in graphs.values():
        for n in g.nodes:
            if n.kind != "icall" or len(n.callees) < 2 or not is_dynamic_type(n.output):
                continue
            returns = {_shapes(r.output) for c in n.callees for r in _graph_returns(n, c)}
            if len(returns) < 2:
                continue
            where = next(((f, ln) for f, ln in reversed(n.files) if is_user_file(f)), None)
            if where is not None:
                found.append((os.path.realpath(where[0]), where[1], n))
    return found


# A frame longer than this is a whole function or module: only its first line counts.
_SPAN_LINES = 400


def user_lines(graphs, is_user_file):
    """{file: sorted lines} of user code that these graphs compiled (every frame of every
    node, multi-line frames with all their lines)."""
    lines = {}
    for g in graphs.values():
        where = [g.file] if g.file else []
        for n in g.nodes:
            where.extend(n.spans)
        for path, first, last in where:
            if is_user_file(path):
                last = last if 0 <= last - first <= _SPAN_LINES else first
                lines.setdefault(os.path.realpath(path), set()).update(range(first, last + 1))
    return {path: sorted(found) for path, found in lines.items()}


def error_spans(text):
    """(path, first line, last line) of every ``In file`` frame of an error text."""
    spans = []
    for match in _ERR_INFILE_RE.finditer(text):
        first = int(match.group(2))
        last = int(match.group(3)[1:]) if match.group(3) else first
        spans.append((match.group(1), first, last if 0 <= last - first <= _SPAN_LINES else first))
    return spans


_ERR_INFILE_RE = re.compile(r"In file\s+(.+?):(\d+)(~\d+)?")


def _error_line(res, case_path, text):
    """Innermost frame of ``case_path`` in a MindSpore error text, else in the Python traceback."""
    frames = [f for f in error_frames(text) if _same(f[0], case_path)]
    tb = [(f, n) for f, n in res.get("tb", []) if _same(f, case_path)]
    found = innermost(frames, tb)
    return found[0][1] if found else None


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)")
_CLAUSE_END_RE = re.compile(r"[;:,](?=\s)")


def shorten(text, limit=ERROR_CHARS):
    """``text`` on one line, cut only where a sentence ends, else after a clause.

    Whole sentences are kept while they fit in ``limit``; when the first one
    alone is longer, it is cut at its last ``;``/``:``/``,`` within the limit
    (outside brackets) and the cut is marked with `` …``; a sentence with no
    such place is kept whole. Never mid-word, never mid-clause.
    """
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = 0
    for match in _SENTENCE_END_RE.finditer(text):
        if match.end() > limit:
            break
        cut = match.end()
    if cut:
        return text[:cut]
    for match in _CLAUSE_END_RE.finditer(text):
        if match.end() > limit:
            break
        before = text[:match.start()]
        if before.count("(") + before.count("[") <= before.count(")") + before.count("]"):
            cut = match.start()  # not inside brackets
    if cut:
        return text[:cut] + " …"
    end = _SENTENCE_END_RE.search(text)
    return text[:end.end()] if end else text


def _message_head(text):
    """The lines of an error message before MindSpore's stack sections, without rules."""
    cut = len(text)
    for marker in ("- C++ Call Stack", "- The Function Call Stack", "- The Traceback of"):
        i = text.find(marker)
        if 0 <= i < cut:
            cut = i
    lines = []
    for line in text[:cut].splitlines():
        line = line.strip()
        if not line or re.fullmatch(r"-{4,}", line):
            continue
        line = re.sub(r"\bvalue_ptr: 0x[0-9a-fA-F]+,?\s*", "", line)  # an address: differs on every run
        lines.append(line[2:] if line.startswith("- ") else line)
    return lines


def _short_error(exc_type, text):
    """Exception type + the message head, without MindSpore's stack sections, shortened
    at a sentence or clause boundary."""
    return shorten("%s: %s" % (exc_type, " ".join(_message_head(text))))


def first_sentence(error):
    """An error message's first sentence, without the advice MindSpore appends to it."""
    text = " ".join(str(error or "").split())
    end = _SENTENCE_END_RE.search(text)
    first = text[:end.end()] if end else text
    # MindSpore appends its advice to the first sentence after a comma.
    advice = re.search(r",\s+(?:Please|please|You can|you can|Try|try)\b", first)
    return first[:advice.start()] if advice else first


def error_evidence(error):
    """What a user reads of a compile error: its first sentence, e.g.
    ``RuntimeError: Kernel select failed: Unsupported op [SparseMatrixSparseMatMul] on CPU``,
    short enough for the text report's verdict (100 characters), cut at a clause."""
    return shorten(first_sentence(error), EVIDENCE_CHARS)


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


_TENSOR_TYPE_RE = re.compile(r"^<(?:Ref\[)?(?:Any\()?Tensor")
FALLBACK_OPS = ("PyInterpret", "PyExecute")
JOIN = "join"  # the op of a node where branches or loop iterations meet


def op_name(node):
    """The primitive a node applies, without MindSpore's prefixes (``PrimFunc_NonZero`` -> ``NonZero``);
    ``join`` for a call where branches or loop iterations meet."""
    rhs = node.text.split("=", 1)[1].strip() if node.text.startswith("%") else node.text
    if node.kind in ("icall", "call"):
        return JOIN
    name = rhs.split("(", 1)[0].strip()
    for prefix in ("PrimFunc_", "S_Prim_", "S-Prim-"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name or "node"


def _tensor_shapes(types, most=4):
    shapes = [_shapes(t) for t in types if _TENSOR_TYPE_RE.match(t.strip())]
    return ", ".join(shapes[:most] + (["…"] if len(shapes) > most else []))


def summary(node):
    """What a user reads of a dynamic-shape origin: ``NonZero: (4,2) -> (-1,2)`` (tensor inputs,
    then outputs); for a join, the shapes that meet; for the Python fallback, that it ran there."""
    op = op_name(node)
    out = _shapes(node.output)
    outs = out.split(", (")
    if len(outs) > 6:
        out = ", (".join(outs[:5]) + ", …"
    if op in FALLBACK_OPS:
        return f"{op} (run by the Python interpreter): -> {out}"
    if op == JOIN:
        branches = [_shapes(r.output) for c in node.callees for r in _graph_returns(node, c)]
        if node.kind == "icall" and branches:
            return f"branches return {' and '.join(branches)}, joined: {out}"
        passed = _tensor_shapes(node.inputs or [])
        return f"a loop or branch join: {passed or '()'} becomes {out}"
    ins = _tensor_shapes(node.inputs or [])
    return f"{op}: {ins} -> {out}" if ins else f"{op}: -> {out}"


def _graph_returns(node, name):
    graphs = getattr(node.graph, "siblings", None) or {}
    g = graphs.get(name)
    return [n for n in g.nodes if n.kind == "return"] if g is not None else []
