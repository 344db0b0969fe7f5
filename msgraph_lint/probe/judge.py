"""Judging findings by MindSpore's evidence.

Evidence confirms only what it supports: a dynamic-shape node of the op or
slice the rule names, a kernel-selection failure for a device-support rule, a
compile error (or, at LAX, the Python fallback) for a class or syntax rule.
Evidence on the finding's own line wins over a neighbour's, and a target's
evidence speaks only for code that target compiled.
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Tuple

from .. import catalog
from ..finding import Finding
from . import ir
from .runner import MACHINE_STAGES

FAILED_STAGES = ("import", "factory") + MACHINE_STAGES
# Errors of importing a module or building a target that a missing name (MSG517) or a constructor
# that always fails (MSG523) raises
_LOAD_ERRORS = frozenset({"ImportError", "ModuleNotFoundError", "AttributeError", "NameError", "TypeError"})
LOAD_KINDS = ("import-error", "build-error")

# Ops a slice or an index lowers to, and the MindSpore functions that build them.
SLICE_OPS = {"StridedSlice", "StridedSliceV2", "Slice", "SliceExt", "SliceToIndices", "Narrow", "NarrowView",
             "SelectView", "TensorScatterUpdate", "ScatterNdUpdate"}
MASK_OPS = {"NonZero", "NonZeroExt", "MaskedSelect", "BooleanMask", "MaskedScatter"}
_INDEXING_RE = re.compile(r"getitem|setitem|index")
# Names an error gives the op it failed on: For 'TopK', primitive[Concat], operator[Slice], op [Unique2]
_ERROR_OP_RE = re.compile(r"(?:For\s+'|primitive\s*\[|operator\s*\[|op\s*\[|Operator\s+')([A-Za-z_][A-Za-z0-9_.]*)")
_KERNEL_RE = re.compile(r"Kernel select failed|Unsupported op \[|not support(?:ed)? (?:on|in) (?:CPU|GPU|Ascend)",
                        re.IGNORECASE)
# What a compile error says when control flow itself is what failed: branches that
# cannot join, a loop unrolled past the call depth, range() of a tensor, shapes
# that change around a loop.
_CONTROL_ERROR_RE = re.compile(r"join|branch|call depth|recursion|loop|range|shape", re.IGNORECASE)
_SPARSE_RE = re.compile(r"csr|coo|sparse", re.IGNORECASE)
_NAMED_OP_RE = re.compile(r"`([^`]+)`")


@dataclass(frozen=True)
class Evidence:
    """One thing MindSpore did at one line of user code, seen compiling one target."""

    path: str
    line: int
    kind: str  # dynamic-shape | fallback | compile-error | import-error | build-error
    text: str  # what the user reads
    op: str = ""  # the IR node's primitive (dynamic-shape, fallback)
    via: Tuple[str, ...] = ()  # MindSpore functions the node was built in (the error passed through)
    error: str = ""  # the compile error's message head (compile-error)
    result: int = -1  # the target's job id
    # False for a join whose branches were already dynamic: it shows a control-flow
    # hazard, but the shape became dynamic elsewhere, so it is never a miss of its own.
    origin: bool = True


def _norm(name: str) -> str:
    """`masked_select`, `MaskedSelect`, `PrimFunc_MaskedSelect`, `Unique2`, `FillV2` -> comparable."""
    name = name.rsplit(".", 1)[-1].lower().replace("_", "")
    name = re.sub(r"(?:ext|v\d+|\d+)$", "", name)
    return name


def named_op(finding: Finding) -> str:
    """The op a finding's message names (`unique` in "`unique` returns a data-dependent shape")."""
    match = _NAMED_OP_RE.search(finding.message or "")
    return match.group(1).split("(")[0].strip() if match else ""


@functools.lru_cache(maxsize=1)
def _op_families() -> Dict[str, frozenset]:
    """Each name in rules/tables/dynamic_ops.toml -> every name of its row, normalised
    (`sum` -> {sum, mean, reducesum, reducemean, ...}): the static pass names a row by
    one of them, MindSpore's IR by another."""
    families: Dict[str, set] = {}
    try:
        rows = catalog.load_table("dynamic_ops").get("op", [])
    except (OSError, ValueError):  # pragma: no cover - the wheel always carries it
        rows = []
    for row in rows:
        names = {_norm(n) for key in ("functions", "methods", "primitives", "ir_ops") for n in row.get(key, ())}
        names.add(_norm(row.get("id", "")))
        for name in names:
            families.setdefault(name, set()).update(names)
    return {name: frozenset(n for n in names if n) for name, names in families.items()}


def _same_op(wanted: str, ev: Evidence) -> bool:
    want = _norm(wanted)
    if len(want) < 3:
        return False
    wanted_names = _op_families().get(want, frozenset()) | {want}
    names = {_norm(ev.op)} | {_norm(v) for v in ev.via}
    if wanted_names & names:
        return True
    # `range` is Range, `arange` Arange, `strided_slice` StridedSlice: one name inside the other
    op = _norm(ev.op)
    return len(op) >= 3 and any(w in op or op in w for w in wanted_names if len(w) >= 3)


def _error_ops(error: str) -> List[str]:
    return _ERROR_OP_RE.findall(error)


def is_kernel_failure(error: str) -> bool:
    return bool(_KERNEL_RE.search(error or ""))


def supports(finding: Finding, ev: Evidence, own_line: bool = True) -> bool:
    """Does this evidence show the hazard this finding's rule names? (``own_line``:
    the evidence is on the finding's own line, or where its hazard really is.)"""
    code = finding.code
    if ev.kind in LOAD_KINDS:
        # a name missing at import time or in __init__, or a constructor that always fails:
        # Python's own error at that line
        return code in ("MSG517", "MSG523") and own_line
    if ev.kind == "compile-error":
        kernel = is_kernel_failure(ev.error)
        wanted = named_op(finding)
        # Raised by the op the finding names: the error names it (`For 'TopK'`,
        # `Unsupported op [Format]`), or came from inside its MindSpore function.
        names_op = any(_same_op(wanted, Evidence(ev.path, ev.line, ev.kind, "", op=name))
                       for name in _error_ops(ev.error))
        inside_op = _same_op(wanted, Evidence(ev.path, ev.line, ev.kind, "", via=ev.via))
        if code.startswith("MSG3"):
            return kernel or names_op or inside_op or any(_SPARSE_RE.search(n) for n in _error_ops(ev.error))
        if kernel:
            # A missing kernel says nothing about shapes, nor about a class or a statement,
            # unless it is the kernel of the very host function a syntax rule names.
            return code.startswith("MSG5") and names_op
        if code.startswith(("MSG4", "MSG5")):
            return True
        if code.startswith("MSG2"):
            # The statement the rule blames failed to compile in its tensor-dependent
            # loop or branch; next door, only an error about the control flow itself.
            return own_line or bool(_CONTROL_ERROR_RE.search(ir.first_sentence(ev.error)))
        if code in ("MSG103", "MSG104"):
            return names_op or inside_op
        return False
    if ev.kind == "fallback":
        # At LAX, code graph mode cannot compile runs in the Python interpreter; for a
        # sparse op, the fallback must come from inside that op.
        if code.startswith("MSG3"):
            return _same_op(named_op(finding), Evidence(ev.path, ev.line, ev.kind, "", via=ev.via))
        return code.startswith(("MSG4", "MSG5"))
    if code == "MSG101":
        indexing = any(_INDEXING_RE.search(v) for v in ev.via)
        return ev.op in SLICE_OPS or (indexing and ev.op not in MASK_OPS
                                      and not any("bool" in v for v in ev.via))
    if code == "MSG102":
        return ev.op in MASK_OPS or any("bool" in v for v in ev.via)
    if code in ("MSG103", "MSG104"):
        return _same_op(named_op(finding), ev)
    if code.startswith("MSG2"):
        return ev.op == ir.JOIN
    return False


def _rule_needs(finding: Finding) -> str:
    """What would confirm this finding, in words."""
    code = finding.code
    if code == "MSG101":
        return "a slice whose shape is dynamic"
    if code == "MSG102":
        return "a boolean-mask selection (NonZero, MaskedSelect)"
    if code in ("MSG103", "MSG104"):
        return f"a dynamic shape from `{named_op(finding) or 'the op'}`"
    if code.startswith("MSG2"):
        return "branches or loop iterations joining with different shapes"
    if code.startswith("MSG3"):
        return "a missing kernel"
    return "a compile error or the Python fallback"


def evidence_of(results: Dict[int, dict]) -> List[Evidence]:
    """Every piece of evidence the compiled targets left, in a stable order."""
    found = []
    for job_id, result in sorted(results.items()):
        if result.get("stage") in ("import", "factory") and not result.get("ok") \
                and result.get("exc_type") in _LOAD_ERRORS:
            # Importing the module or building the target failed: no graph code was compiled, but
            # the line Python stopped on is what a finding about code that runs at import or in
            # __init__ (MSG517, MSG523) says fails
            kind = "import-error" if result["stage"] == "import" else "build-error"
            for path, line in result.get("error_lines") or []:
                found.append(Evidence(path, line, kind, ir.error_evidence(result.get("error", "")),
                                      error=result.get("error", ""), result=job_id))
            continue
        if result.get("stage") != "compile":
            continue  # other import and factory failures say nothing about the graph code
        error = result.get("error", "")  # read whole; shown by its first sentence
        for path, line in result.get("error_lines") or []:
            found.append(Evidence(path, line, "compile-error", ir.error_evidence(error), error=error,
                                  via=tuple(result.get("error_via") or ()), result=job_id))
        for origin in result.get("origins") or []:
            found.append(Evidence(origin["file"], origin["line"], origin["kind"], origin["text"],
                                  op=origin.get("op", ""), via=tuple(origin.get("via", ())), result=job_id))
        for join in result.get("joins") or []:
            found.append(Evidence(join["file"], join["line"], "dynamic-shape", join["text"], op=ir.JOIN,
                                  result=job_id, origin=False))
    return found


def _compiled(finding: Finding, result: dict) -> bool:
    """Did this target compile the finding's line (or, failing that knowledge, its scope)?"""
    lines = (result.get("compiled") or {}).get(os.path.realpath(finding.path))
    return (lines is not None and finding.line in lines) or covers(finding, result)


def covers(finding: Finding, result: dict) -> bool:
    """Does compiling this target exercise the finding's scope?"""
    target = result.get("target", "")
    if not target or os.path.realpath(finding.path) != result.get("target_file"):
        return False
    scope = finding.scope
    return scope == target or scope.startswith(target + ".") or "." not in scope


def _preference(finding: Finding, ev: Evidence) -> int:
    """Among supporting evidence on one line: a dynamic node for a shape rule, an error for the rest."""
    shape_rule = finding.code.startswith(("MSG1", "MSG2"))
    return 0 if (ev.kind == "dynamic-shape") == shape_rule else 1


def judge(findings: List[Finding], results: Dict[int, dict], jobs, options, ms_version: str,
          tests=None) -> List[Finding]:
    """Attach a probe verdict to every finding; return extra findings (misses, failed targets).

    ``tests`` is the :class:`~msgraph_lint.probe.runner.TestRun` whose recorded targets are
    among ``results`` (None: no tests were asked for).
    """
    base = {"device": options.device, "mindspore_version": ms_version, "jit_syntax_level": options.level}
    by_id = {job.id: job for job in jobs}
    evidence = evidence_of(results)
    at: Dict[Tuple[str, int], List[Evidence]] = {}
    for ev in evidence:
        at.setdefault((ev.path, ev.line), []).append(ev)
    path_of = {id(f): os.path.realpath(f.path) for f in findings}
    explained = set()
    for finding in findings:
        hit, used = _confirm(finding, path_of[id(finding)], at, results, findings, path_of)
        explained.update(used)
        if hit is not None:
            finding.probe = dict(base, status="confirmed", kind=hit.kind, evidence=hit.text)
            continue
        status, detail = _unconfirmed(finding, path_of[id(finding)], at, results, by_id, options, tests)
        finding.probe = dict(base, status=status, **({"kind": "static", "evidence": detail}
                                                     if status == "not-reproduced" else {"reason": detail}))
    extra: List[Finding] = []
    # A line whose dynamic shape a finding explains may show more dynamic nodes of the
    # same making (the -2 results of a Python fallback, the fill a mask lowers to):
    # they are not misses. An error there still is: the code does not run.
    shape_explained = {(ev.path, ev.line, ev.result) for ev in explained if ev.kind != "compile-error"}
    reported = set()
    for ev in evidence:
        if ev.kind in LOAD_KINDS:
            continue  # the target that failed to load is reported as MSG912 below
        if ev in explained or not ev.origin or (ev.path, ev.line) in reported \
                or (ev.kind != "compile-error" and (ev.path, ev.line, ev.result) in shape_explained):
            continue
        reported.add((ev.path, ev.line))
        code = "MSG911" if ev.kind == "compile-error" else "MSG910"
        extra.append(Finding(path=_display(ev.path, options.root), line=ev.line, col=1, code=code,
                             message="", source="probe",
                             probe=dict(base, status="confirmed", kind=ev.kind, evidence=ev.text)))
    extra.sort(key=lambda f: (f.path, f.line))
    for job_id, result in sorted(results.items()):
        if result.get("stage") in FAILED_STAGES and not result.get("ok"):
            job = by_id[job_id]
            extra.append(Finding(path=_display(job.file, options.root), line=job.line, col=1, code="MSG912",
                                 message="", source="probe", scope=job.factory,
                                 probe=dict(base, status="inconclusive", kind=result["stage"],
                                            reason=result.get("error", ""))))
    return extra


def _confirm(finding, path, at, results, findings, path_of):
    """The evidence that confirms ``finding`` (or None), and every evidence it explains.

    Evidence explained by a finding is evidence of the kind its rule names on its
    line or one line away (or where the hazard really is, for one reached through
    a call): such evidence is no miss of the static pass even when another piece
    confirmed the finding.
    """
    own = [ev for ev in at.get((path, finding.line), []) if supports(finding, ev)]
    related = [ev for p, line in (finding.related or ()) for ev in at.get((os.path.realpath(p), line), [])
               if supports(finding, ev) and _compiled(finding, results.get(ev.result, {}))]
    near = []
    for line in (finding.line - 1, finding.line + 1):
        for ev in at.get((path, line), []):
            if not supports(finding, ev, own_line=False) or not _compiled(finding, results.get(ev.result, {})):
                continue
            if ev.kind == "compile-error" and any(
                    path_of[id(other)] == path and other.line == ev.line and supports(other, ev)
                    for other in findings):
                # An error stops compilation: it speaks for the finding on its own line only.
                continue
            near.append(ev)
    used = own + related + near
    for candidates in (own, related, near):
        if candidates:
            return sorted(candidates, key=lambda ev: _preference(finding, ev))[0], used
    return None, used


def _unconfirmed(finding, path, at, results, by_id, options, tests=None) -> Tuple[str, str]:
    """(status, evidence or reason) of a finding no evidence confirmed."""
    here = [ev for ev in at.get((path, finding.line), []) if ev.kind not in LOAD_KINDS]
    errors = [ev for ev in here if ev.kind == "compile-error"]
    if errors:
        return "inconclusive", (f"MindSpore failed at this line ({errors[0].text}), which does not show "
                                f"{_rule_needs(finding)}")
    if here:
        return "inconclusive", (f"this line's shape became dynamic through {here[0].text}, not through "
                                f"{_rule_needs(finding)}")
    covering = [r for r in results.values() if covers(finding, r) or
                (r.get("stage") == "compile" and finding.line in (r.get("compiled") or {}).get(path, ()))]
    compiled = [r for r in covering if r.get("ok")]
    if compiled:
        test = compiled[0].get("test")
        return "not-reproduced", (f"{compiled[0]['target']} compiled with static shapes at this line"
                                  + (f" (as called by {test})" if test else ""))
    failed = [r for r in covering if not r.get("ok")]
    if failed:
        where = (failed[0].get("error_lines") or [[None, None]])[0][1]
        if where:
            return "inconclusive", (f"compilation stopped at line {where} "
                                    f"({ir.error_evidence(failed[0].get('error', ''))}) before this line "
                                    f"could be judged")
        return "inconclusive", f"the target failed: {ir.error_evidence(failed[0].get('error', ''))}"
    broken = _failed_factories(finding, results, by_id)
    if broken:
        job, result = broken[0]
        return "inconclusive", (f"the factory {job.factory} ({_display(job.file, options.root)}:{job.line}) "
                                f"that builds this code failed ({result['stage']}): "
                                f"{ir.error_evidence(result.get('error', ''))}")
    failures = [(by_id[i], r) for i, r in sorted(results.items()) if r.get("stage") in FAILED_STAGES
                and not r.get("ok") and i in by_id and getattr(by_id[i], "kind", "factory") == "factory"]
    if tests is not None:
        return "inconclusive", _untested(finding, tests, failures, options)
    if failures:
        job, result = failures[0]
        return "inconclusive", (f"no factory that ran builds this code, and {len(failures)} "
                                f"factor{'y' if len(failures) == 1 else 'ies'} failed before building "
                                f"their target (MSG912), e.g. {job.factory} at "
                                f"{_display(job.file, options.root)}:{job.line}; if one of them builds it, "
                                f"fix that one, else add a factory")
    name = finding.scope.split(".")[0] or "Net"
    return "inconclusive", ("no factory builds this code; add one, e.g. in tests/probe_factories.py: "
                            f"`def make_{name.lower()}(): return {name}(...), (Tensor(...),)` and pass "
                            "--probe-factory 'tests/probe_factories.py::make_*'")


def _untested(finding, tests, failures, options) -> str:
    """Why no target from the tests (or a factory) speaks for this finding."""
    name = finding.scope.split(".")[0] or "this code"
    if tests.status == "import":
        reason = f"the test run {tests.where} did not start, so no test reached {name} (MSG912: {tests.error})"
    elif tests.status != "ok":
        reason = (f"the test run {tests.where} stopped before any test that ran reached {name} "
                  f"(MSG912: {tests.error})")
    else:
        reason = f"no test {tests.where} called {name}, nor a Cell or @jit function that compiles this line"
        if tests.collect_errors:
            first = tests.collect_errors[0]
            where = _display(first.get("path") or "", options.root) if first.get("path") else first.get("nodeid")
            more = len(tests.collect_errors) - 1
            reason += (f" ({where} could not be collected: {first.get('error', '')}"
                       + (f"; and {more} more file{'s' if more > 1 else ''}" if more else "") + ")")
    if options.factories:
        reason += ("; and no factory that ran builds it" if not failures
                   else f"; {len(failures)} factor{'y' if len(failures) == 1 else 'ies'} failed (MSG912)")
    return reason


def _failed_factories(finding, results, by_id):
    """Failed factories that look like the ones building this finding's code: in its
    file, or naming its class (or function) and importing its module."""
    path = os.path.realpath(finding.path)
    top = finding.scope.split(".")[0]
    module = Path(path).stem if Path(path).name != "__init__.py" else Path(path).parent.name
    matches = []
    for job_id, result in sorted(results.items()):
        job = by_id.get(job_id)
        if job is None or getattr(job, "kind", "factory") != "factory" or result.get("ok") \
                or result.get("stage") not in FAILED_STAGES:
            continue
        names = getattr(job, "names", ()) or ()
        if job.file == path or (top and top in names and module in names):
            matches.append((job, result))
    return matches


def _display(path: str, root: Path) -> str:
    try:
        return os.path.relpath(path, root)
    except ValueError:  # pragma: no cover - other drive on Windows
        return path
