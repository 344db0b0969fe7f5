"""The engine: source in, findings out. Adapters call only this.

Every file is parsed once; a file that never names ``mindspore`` is parsed
(to report syntax errors, as flake8 does) but not analysed.
"""
from __future__ import annotations

import ast
import contextlib
import gc
import io
import os
import stat
import tokenize
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from . import catalog, importable, missing_names
from .checks import load as load_checks
from .config import Config
from .finding import Finding
from .names import Names
from .noqa import apply_noqa
from .scopes import ModuleIndex
from .values import ModuleAnalysis


# Files bigger than this are not analysed (they are reported instead).
MAX_BYTES = 64 * 1024 * 1024


def decode(data: bytes) -> str:
    """Decode Python source as the interpreter would (PEP 263, BOM)."""
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    text = data.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def tool_finding(path: str, code: str, line: int, col: int, detail: str) -> Finding:
    rule = catalog.get(code)
    return Finding(path=path, line=max(line, 1), col=max(col, 1), code=code,
                   message=rule.message.format(detail=detail), symbol=rule.symbol,
                   severity=rule.severity)


def _selected(finding: Finding, config: Config) -> List[Finding]:
    """A tool finding (MSG9xx), unless the configuration deselects it."""
    return [finding] if config.enabled(finding.code, False, finding.path) else []


def parse(source: str, path: str) -> Tuple[Optional[ast.Module], Optional[Finding]]:
    try:
        return ast.parse(source, filename=path), None
    except SyntaxError as exc:
        kind = type(exc).__name__
        detail = f"{kind}: {exc.msg}"
        return None, tool_finding(path, "MSG901", exc.lineno or 1, exc.offset or 1, detail)
    except ValueError as exc:  # e.g. source code string cannot contain null bytes
        return None, tool_finding(path, "MSG901", 1, 1, f"ValueError: {exc}")
    except (RecursionError, MemoryError) as exc:
        return None, tool_finding(path, "MSG903", 1, 1, f"the parser gave up ({type(exc).__name__})")


def read(path: str) -> Tuple[Optional[bytes], Optional[Finding]]:
    """A file's bytes, or the MSG902/MSG903 finding saying why not.

    The file may have changed since it was listed: gone, a directory now, or
    a named pipe (which a plain open() would wait on forever), hence the
    non-blocking open and the check that it is a regular file.
    """
    try:
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)),
                  "rb") as fh:
            mode = os.fstat(fh.fileno()).st_mode
            if stat.S_ISDIR(mode):
                return None, tool_finding(path, "MSG902", 1, 1, "it is a directory")
            if not stat.S_ISREG(mode):
                return None, tool_finding(path, "MSG902", 1, 1, "it is not a regular file")
            data = fh.read(MAX_BYTES + 1)
    except IsADirectoryError:
        return None, tool_finding(path, "MSG902", 1, 1, "it is a directory")
    except OSError as exc:
        return None, tool_finding(path, "MSG902", 1, 1, exc.strerror or type(exc).__name__)
    if len(data) > MAX_BYTES:
        return None, tool_finding(path, "MSG903", 1, 1, f"it is larger than {MAX_BYTES // 2**20} MiB")
    return data, None


def lint_path(path: str, config: Config) -> List[Finding]:
    """Read, decode, parse and check one file. Never raises for bad input."""
    data, problem = read(path)
    if problem is not None:
        return _selected(problem, config)
    return lint_data(data, path, config)


def lint_data(data: bytes, path: str, config: Config) -> List[Finding]:
    """Decode and check a file's bytes (from disk, or stdin named ``path``), noqa applied."""
    try:
        source = decode(data)
    except (SyntaxError, UnicodeDecodeError, LookupError) as exc:
        finding = tool_finding(path, "MSG902", _bad_byte_line(data, exc), 1,
                               f"cannot decode: {exc}")
        return _selected(finding, config)
    from .project import shared

    project = shared(str(config.root) if config.root else None) if config.follow_imports else None
    findings = lint_source(source, path, config, project=project)
    return apply_noqa(findings, source)


def _bad_byte_line(data: bytes, exc: Exception) -> int:
    start = getattr(exc, "start", None)
    if isinstance(start, int):
        return data.count(b"\n", 0, start) + 1
    return getattr(exc, "lineno", None) or 1


@contextlib.contextmanager
def gc_paused():
    """Pause the cyclic garbage collector: the engine's objects hold no cycles.

    Host linters keep many objects alive (pylint every module's tree), and a
    collection triggered by the engine's short-lived allocations would walk
    all of them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def lint_source(source: str, path: str, config: Config, tree: Optional[ast.Module] = None,
                project=None) -> List[Finding]:
    """Check source text (or an already parsed tree). No noqa handling here.

    ``project`` (the CLI and the pylint plugin pass one) follows imports into
    the other modules of the project. An exception of the analysis itself (a bug of
    ours) becomes one MSG904 finding for this file, and the run goes on.
    """
    try:
        return _lint_source(source, path, config, tree, project)
    except Exception as exc:  # noqa: BLE001 - one file the analysis fails on never stops the run
        return _selected(tool_finding(path, "MSG904", 1, 1, _internal(exc)), config)


def _lint_source(source: str, path: str, config: Config, tree: Optional[ast.Module],
                 project) -> List[Finding]:
    known = None
    if tree is None and project is not None:
        # parsed already, as another file's import: its tree (and index) serve again
        from .project import module_name

        module, root = module_name(path)
        tree = project.tree_of_file(root, module, path, source)
        if tree is not None and "mindspore" in source:
            known = project.index(root, module, config.extra_cell_bases)
    if tree is None:
        tree, problem = parse(source, path)
        if problem is not None:
            return _selected(problem, config)
    if "mindspore" not in source or ("construct" not in source and "jit" not in source):
        return []  # no graph root here (a Cell's construct or a jit function): nothing is compiled
    try:
        return check_tree(tree, path, config, source, project, known)
    except RecursionError:
        pass
    # Deeply nested code: try again on a thread with a large stack before giving up.
    try:
        return _deep(check_tree, tree, path, config, source, project)
    except (RecursionError, MemoryError, RuntimeError):
        finding = tool_finding(path, "MSG903", 1, 1, "it is nested too deeply for the analysis")
        return _selected(finding, config)


def _internal(exc: Exception) -> str:
    """One line naming the exception and the linter's own line that raised it."""
    import traceback

    frames = [frame for frame in traceback.extract_tb(exc.__traceback__)
              if "msgraph_lint" in frame.filename.replace("\\", "/")]
    where = ""
    if frames:
        last = frames[-1]
        package = last.filename.replace("\\", "/").rsplit("msgraph_lint/", 1)[-1]
        where = f" at msgraph_lint/{package}:{last.lineno}"
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}{': ' + text[:200] if text else ''}{where}"


DEEP_STACK_BYTES = 512 * 1024 * 1024
DEEP_RECURSION = 200_000


def _deep(fn, *args):
    """Run ``fn`` on a thread with a big stack and a high recursion limit."""
    import sys
    import threading

    outcome = {}

    def target():
        try:
            outcome["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
            outcome["error"] = exc

    old_limit = sys.getrecursionlimit()
    old_size = threading.stack_size()
    try:
        threading.stack_size(DEEP_STACK_BYTES)
        sys.setrecursionlimit(max(old_limit, DEEP_RECURSION))
        thread = threading.Thread(target=target, name="msgraph-lint-deep")
        thread.start()
        thread.join()
    finally:
        threading.stack_size(old_size)
        sys.setrecursionlimit(old_limit)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


# Refused while MindSpore parses a graph function, before any of its lines is compiled. The
# parser stops at the first of them, so it hides every other line of the function. The checks
# mark others so (stage "parse"): at STRICT a write to an attribute of the Cell itself
# (`self.x = ...`, `self.act["c1"] = ...`; at LAX it falls back instead; a write to a @jit_class
# object fails later, while compiling).
_PARSE_TIME = frozenset({"MSG206", "MSG207", "MSG501", "MSG502", "MSG503", "MSG508", "MSG512", "MSG519"})


def _parse_time(finding: Finding, level: str) -> bool:
    return finding.code in _PARSE_TIME or finding.stage == "parse"


# What fails to compile at LAX too, rather than falling back to the interpreter: joins of
# different types, growing loops, calls with signatures MindSpore refuses, names it lacks
_FAILS_AT_LAX = frozenset({"MSG202", "MSG204", "MSG205", "MSG404", "MSG513", "MSG514", "MSG515", "MSG517", "MSG521",
                           "MSG522", "MSG524"})


def _fails(finding: Finding, level: str) -> bool:
    """Does the finding say its line fails to compile at ``level`` (not that it falls back to
    the interpreter, or that a shape goes dynamic)?"""
    if finding.stage:
        return finding.stage in ("fails", "parse")
    if finding.code == "MSG104":
        return False  # (a size MindSpore refuses says so with stage "fails")
    if level == "STRICT":
        return finding.severity == "error" or finding.code == "MSG202"
    return finding.code in _FAILS_AT_LAX


def _first_failures_only(findings: List[Finding], level: str) -> List[Finding]:
    """A graph function stops compiling at its first failure, and MindSpore says nothing of the
    lines it never reached, nor of the dynamic shapes it met before: the compile failed. A refusal
    of the parser comes first, whatever its line: the function's other findings are left out.
    Otherwise only the function's first failing line is kept (a `topk` given `min(n_pos * 3,
    ...)` after that `min()` fails at STRICT; a `Tensor(acc)` after `.asnumpy()`; a `nonzero`
    before a `Tensor()` of its length; an `unique` whose length sizes an `unsorted_segment_max`:
    batches 96, 97 and 104). At LAX most host calls fall back to the interpreter instead of
    failing: only the codes that fail there too count."""
    refused, failing, first_in = _stops(findings, level)
    if not refused and not failing:
        return findings
    # A helper's (or a sub-Cell's) failure stops its callers at the call that reaches it. What a
    # helper finds is never compiled when every call reaching it comes after its caller stopped
    # (a `@jit_class` method called after the construction that fails, batch 113), and a dynamic
    # shape in it is not reported when its caller fails anyway, before or after (batch 117).
    reached = [f for f in findings if f.entries and None not in f.entries]
    stopping = {id(f) for f in reached if _parse_time(f, level) or _fails(f, level)}
    calls: Dict[str, list] = {}  # the calls of each root that reach a helper's failure
    for finding in reached:
        if id(finding) in stopping:
            for scope, line, *span in finding.entries:
                failing[scope] = min(failing.get(scope, line), line)
                calls.setdefault(scope, []).append((line, *span))

    # the root's own failures, by scope: a call on the same line after one is never made
    own_failures: Dict[str, list] = {}
    for finding in findings:
        if (not finding.entries or None in finding.entries) and finding.scope in failing \
                and finding.line == failing[finding.scope] and (_parse_time(finding, level) or _fails(finding, level)):
            own_failures.setdefault(finding.scope, []).append(finding)

    def never_reported(finding: Finding) -> bool:
        stops = id(finding) in stopping
        return all(scope in refused or scope in failing and (line > failing[scope] or not stops or any(
            _runs_after(_call_site(line, span), (own.line, own.col, own.end_col if own.end_line == own.line else None))
            for own in own_failures.get(scope, ())) or any(
            # `loc, scale = _median(x), _spread(x)`, both helpers failing: the first call's is met
            # (measured, syntax_asnumpy_two_helpers_bound_as_tuple.py at STRICT)
            _runs_after(_call_site(line, span), call) for call in calls[scope] if call != (line, *span)))
            for scope, line, *span in finding.entries)

    failures, refusals = _helper_failures(reached, stopping, level)
    dropped = {id(f) for f in reached
               if never_reported(f) or _cut_by_helper_failure(f, failures, level, refusals)}
    findings = [f for f in findings if id(f) not in dropped]
    kept = []
    for finding in findings:
        scope = finding.scope
        if scope in refused:
            if finding.line == refused[scope] and _parse_time(finding, level) and not _refused_earlier(finding, findings):
                kept.append(finding)
        elif scope not in failing:
            kept.append(finding)
        elif finding.line == failing[scope] and (finding.origin is None or (
                _fails(finding, level)
                and first_in.get((scope, finding.line, finding.origin[0])) == finding.origin[1])) \
                and not any(_runs_after(finding, call) for call in calls.get(scope, ())) \
                and (_fails(finding, level) or _parse_time(finding, level) or not own_failures.get(scope)):
            # (a dynamic shape on the line that fails is not reported either: one finding for
            # it, `windows.append(profile[i:i + 4])` failing on its slice at the counter)
            kept.append(finding)
    return kept


def _helper_failures(reached: List[Finding], stopping: set,
                     level: str) -> Tuple[Dict[tuple, list], Dict[tuple, list]]:
    """Two maps of (a helper's scope, the way into it) to lines. Where it stops: its own failing
    lines (a parser's refusal counts as line 0: it comes first) and its calls leading to a
    failure. Where the parser refuses it: 0 for a refusal in its own body (found while parsing it,
    before anything it calls), else the line of its call that leads to a callee's refusal (the
    callee is parsed when that call is met)."""
    failures: Dict[tuple, list] = {}
    refusals: Dict[tuple, list] = {}
    for other in reached:
        parse = _parse_time(other, level)
        own = not other.origin and (other.helper_at is None or other.helper_at[0] == other.scope + "()")
        for found, first, kept in ((failures, 0 if parse else other.line, id(other) in stopping),
                                   (refusals, 0 if own else other.line, parse)):
            if not kept:
                continue
            for chain in other.chains:
                found.setdefault((other.scope, chain), []).append(first)
                for i in range(1, len(chain)):
                    if chain[i] is None:
                        break  # (a cached helper's: the rest of the way is not kept)
                    found.setdefault((chain[i][0], chain[:i]), []).append(chain[i][1])
    return failures, refusals


def _cut_by_helper_failure(finding: Finding, failures: Dict[tuple, list], level: str,
                           refusals: Dict[tuple, list]) -> bool:
    """Does every way into ``finding`` pass a helper after that helper stopped? At STRICT
    `_class_weight` fails at its `.asnumpy()`, so the NumPy helper it calls on a later line is
    never compiled (measured: blind batches 337 and 344, the histogram and class-weight helpers).
    A way in is cut where one of its helpers stops (:func:`_helper_failures`, reached the same
    way) on an earlier line than its call onward, or, in the finding's own helper, than the
    finding."""
    full = [chain for chain in finding.chains if None not in chain]
    if not full:
        return False
    for chain in finding.chains:
        if None in chain and not any(other[:chain.index(None)] == chain[:chain.index(None)] for other in full):
            return False  # (a way in whose rest is not kept, and no kept way shares its start)
    # A refusal of the parser comes first, whatever its line, so only another one cuts it, met
    # earlier on the way in: a function's own refusal, found before anything it calls is parsed
    # (blind batch 380's LIF neuron, whose construct writes `self.v` itself: the helper it calls
    # first, which does too, is never met), or a call on an earlier line reaching one
    parse = _parse_time(finding, level)

    def cut(chain: tuple) -> bool:
        steps = [(chain[i][0], chain[:i], chain[i][1]) for i in range(1, len(chain))]
        if parse:
            return any(line < at for scope, way, at in steps for line in refusals.get((scope, way), ()))
        steps.append((finding.scope, chain, finding.line))
        return any(line < at for scope, way, at in steps for line in failures.get((scope, way), ()))

    return all(cut(chain) for chain in full)


def _refused_earlier(finding: Finding, findings: List[Finding]) -> bool:
    """Is another refusal of the same helper reported at the same call, and met first? One
    finding for the call: a statement the parser refuses (`del`, `try`) is met before a `with` on a
    plain object, whatever their order, and otherwise the helper's earlier line (measured,
    syntax_with_then_del_in_helper_method.py: "Unsupported statement 'Delete'")."""
    mine = finding.helper_at
    if mine is None:
        return False

    def met(found: Finding) -> tuple:
        return (found.code not in _STATEMENTS_REFUSED, found.helper_at[1])

    return any(other is not finding and other.line == finding.line and other.scope == finding.scope
               and other.helper_at is not None and other.helper_at[0] == mine[0] and met(other) < met(finding)
               for other in findings)


# statements the parser refuses as it reads a function, before it resolves any object
_STATEMENTS_REFUSED = frozenset({"MSG501", "MSG508"})


def _call_site(line: int, span: list) -> Finding:
    """A root's call reaching a helper, as a finding-like span for ``_runs_after``."""
    col, end = (list(span) + [None, None])[:2]
    return Finding("", line, col or 0, "", "", end_line=line, end_col=end)


def _runs_after(finding: Finding, call: tuple) -> bool:
    """Is the root's own ``finding`` evaluated after its ``call`` (line, col, end col) on the same
    line, which reaches a helper's failure: an enclosing call (``np.stack(self.probs(x))``, the
    helper's `.asnumpy()` fails first at STRICT: blind batch 137) or one further right?"""
    line, col, end = (tuple(call) + (None, None))[:3]
    if finding.line != line or col is None or end is None or finding.entries and None not in finding.entries:
        return False  # (a helper's finding reached from here is judged by its entries)
    if finding.col >= end:
        return True
    # (a finding spanning lines from here, `if self._finished(x):` for MSG201's join of its
    # branches, encloses what its first line calls: the join comes after the test, blind batch 363)
    encloses = finding.col <= col and ((finding.end_line or line) > line or (finding.end_col or 0) >= end)
    return encloses and (finding.end_line, finding.col, finding.end_col) != (line, col, end)


def _stops(findings: List[Finding], level: str):
    """Where each function's compile stops: the first line the parser refuses, the first line
    that fails, and (for hazards of other modules' helpers) the first failing line of each."""
    refused: Dict[str, int] = {}
    failing: Dict[str, int] = {}
    # a hazard in a helper of another module is reported at the call that reaches it, with its
    # own line in the helper: of those, the first failing one of each helper file is the one met
    # (helpers of different files cannot be ordered from here)
    first_in: Dict[tuple, int] = {}
    for finding in findings:
        scope = finding.scope
        if not scope or scope == "<module>" or scope.endswith(".__init__"):
            continue
        if _parse_time(finding, level):
            refused[scope] = min(refused.get(scope, finding.line), finding.line)
        elif _fails(finding, level):
            failing[scope] = min(failing.get(scope, finding.line), finding.line)
            if finding.origin:
                key = (scope, finding.line, finding.origin[0])
                first_in[key] = min(first_in.get(key, finding.origin[1]), finding.origin[1])
    return refused, failing, first_in


def check_tree(tree: ast.Module, path: str, config: Config, source: str = "", project=None,
               index: Optional[ModuleIndex] = None) -> List[Finding]:
    rules = catalog.load_rules()
    if index is None:
        module, root = ("", "")
        if project is not None:
            from .project import module_name

            module, root = module_name(path)
        names = Names.from_module(tree, module, path.endswith("__init__.py"))
        index = ModuleIndex(tree, names, config.extra_cell_bases, source, project, root, path=path,
                            module_name=module)
    analysis = ModuleAnalysis(index, load_checks(), config.jit_syntax_level, config.device)
    findings = []
    for hit, scope in analysis.run():
        rule = rules[hit.code]
        if not rule.applies(config.device, config.jit_syntax_level):
            continue
        if not config.enabled(rule.code, rule.preview, path):
            continue
        node = hit.node
        try:
            message = rule.message.format(**hit.fmt)
        except (KeyError, IndexError, ValueError):
            message = rule.message
        message = _one_line(message)
        if hit.note:
            message += f" ({hit.note})"
        origin = None
        if hit.via:
            where = ", ".join(f"{os.path.basename(p)}:{n}" for p, n, *_ in hit.related[:1])
            if hit.related:
                where_path, where_line, *where_col = hit.related[0]
                origin = (where_path, where_line, where_col[0] if where_col else 1, message)
            message += f" (via {hit.via}{' at ' + where if where else ''})"
        findings.append(Finding(
            path=path, line=hit.line or node.lineno, col=node.col_offset + 1,
            end_line=getattr(node, "end_lineno", None),
            end_col=(node.end_col_offset + 1) if getattr(node, "end_col_offset", None) is not None else None,
            code=rule.code, message=message, scope=scope, symbol=rule.symbol,
            severity=rule.severity, related=[[_like(path, p), n] for p, n, *_ in hit.related] or None,
            origin=origin, stage=hit.stage, entries=hit.entries, helper_at=hit.helper_at, chains=hit.chains,
        ))
    findings = _first_failures_only(findings, config.jit_syntax_level)
    broken = None
    if missing_names.scan(index).import_time:
        # its own import fails (MSG517, reported above), unless the package above it fails first:
        # Python runs the package's __init__ before the module (x2ms_adapter's NumPy alias)
        if project is not None and findings:
            broken = importable.failure(project, path, tree, index.names.aliases, source)
            if broken is not None and (not broken[2].startswith("its package ") or importable.rooted_in(
                    broken, path, [getattr(node, "lineno", 1) for node, *_ in missing_names.scan(index).import_time])):
                # (a package whose __init__ imports this module fails in it: the fix is this
                # module's own line, which MSG517 names)
                broken = None
    else:
        # its own import lines first (no other file read); those of the modules it imports only
        # when something would be held back (that reads them)
        broken = importable.failure(None, path, tree, index.names.aliases, source)
        if broken is None and findings and project is not None:
            broken = importable.failure(project, path, tree, index.names.aliases, source)
    # importing the module fails: nothing in it is built or compiled. Said where the failing
    # import is this module's own, and where another module's failure holds findings back
    # (a package whose __init__ fails would otherwise say so in every module of it)
    if broken is not None and (findings or not broken[2].startswith(("its package ", "`"))):
        rule = rules["MSG518"]
        findings = []
        if rule.applies(config.device, config.jit_syntax_level) and config.enabled(rule.code, rule.preview, path):
            line = broken[1]
            stmt = next((s for s in tree.body if getattr(s, "lineno", 0) == line), None)
            findings.append(Finding(
                path=path, line=line, col=(stmt.col_offset + 1) if stmt is not None else 1,
                code=rule.code, message=_one_line(rule.message.format(why=broken[2])), scope="<module>",
                symbol=rule.symbol, severity=rule.severity))
    findings.sort(key=Finding.sort_key)
    return _once_per_line(findings)


def _once_per_line(findings: List[Finding]) -> List[Finding]:
    """One finding for each message on a line: ``loss[mask] - a[mask] / b[mask]`` is one
    boolean-mask hazard to fix, not three (the first occurrence, sorted by column, stays).
    A read that MSG206 blames (bound in one branch of an ``if`` inside a loop) is not blamed
    again by MSG207 (bound only on some paths of the loop's pass): one unbound name, one finding
    (mindone's funnel and sew_d encoders carried both)."""
    one_branch = {(f.path, f.line, f.col) for f in findings if f.code == "MSG206"}
    # the values a dynamic-shape finding names as its data (`split` given `expert_size`): MSG526
    # saying the same value is the interpreter's adds nothing on that line (mindone's MoE layers)
    named = {(f.path, f.line, name) for f in findings if f.code[:4] == "MSG1"
             for name in (_first_name(f.message), *_data_names(f.message))}
    seen, kept = set(), []
    for finding in findings:
        key = (finding.line, finding.code, finding.message)
        if finding.code == "MSG207" and (finding.path, finding.line, finding.col) in one_branch:
            continue
        if finding.code == "MSG526" and (finding.path, finding.line, _first_name(finding.message)) in named:
            continue
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def _first_name(message: str) -> str:
    """The first backticked name of a message (``expert_size`` in "`expert_size` is a value...")."""
    parts = message.split("`")
    return parts[1] if len(parts) > 2 else ""


def _data_names(message: str) -> list:
    """The name a dynamic-shape message gives as its data: "from tensor data (`expert_size`)"."""
    marker = "from tensor data (`"
    start = message.find(marker)
    end = message.find("`", start + len(marker)) if start >= 0 else -1
    return [message[start + len(marker):end]] if end > 0 else []


def _like(path: str, other: str) -> str:
    """``other`` spelled as ``path`` is: relative to the working directory, or absolute."""
    if os.path.isabs(path):
        return other
    try:
        return os.path.relpath(other)
    except ValueError:  # pragma: no cover - another drive on Windows
        return other


def _one_line(message: str) -> str:
    # Never cut: a message or call chain cut mid-word reads as a bug.
    return " ".join(message.split())


def relocate(findings: List[Finding], linted: List[str], config_for) -> List[Finding]:
    """Report each hazard once, where it is, when its file is among the linted ones.

    A hazard in a helper of another module is found at every call in construct that
    reaches it. When that module is linted in the same run, the copies become one
    finding at the hazard's own line (the line MindSpore blames), with the calls that
    reach it in ``related``; that file's noqa comments and configuration apply. When
    it is not (pre-commit on one changed file, flake8's one-file view), the finding
    stays at the call, with the chain. ``config_for(path)`` gives a file's Config.
    """
    spelled = {os.path.realpath(p): p for p in linted}
    kept: List[Finding] = []
    moved: dict = {}
    for finding in findings:
        origin = finding.origin
        target = spelled.get(os.path.realpath(origin[0])) if origin else None
        if target is None:
            kept.append(finding)
            continue
        key = (finding.code, target, origin[1], origin[2])
        site = [finding.path, finding.line]
        if key in moved:
            if site not in moved[key].related:
                moved[key].related.append(site)
            continue
        rule = catalog.get(finding.code)
        if not config_for(Path(target)).enabled(rule.code, rule.preview, target):
            continue
        moved[key] = Finding(path=target, line=origin[1], col=origin[2], code=finding.code, message=origin[3],
                             scope=finding.scope, symbol=finding.symbol, severity=finding.severity,
                             related=[site])
    own = {(f.code, os.path.realpath(f.path), f.line, f.col): f for f in kept}
    by_file: dict = {}
    for (code, path, line, col), finding in moved.items():
        same = own.get((code, os.path.realpath(path), line, col))
        if same is not None:  # the module's own analysis found it too
            same.related = (same.related or []) + [r for r in finding.related if r not in (same.related or [])]
            continue
        by_file.setdefault(path, []).append(finding)
    for path, found in by_file.items():
        data, problem = read(path)
        try:
            source = decode(data) if data is not None and problem is None else ""
        except (SyntaxError, UnicodeDecodeError, LookupError):
            source = ""
        kept.extend(apply_noqa(found, source))
    kept.sort(key=Finding.sort_key)
    return kept
