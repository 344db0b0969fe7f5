"""Calls and modules: graph roots, helpers analysed with their callers' arguments,
and code of other project modules reached from construct.
"""
from __future__ import annotations

import ast
import copy
import re
from collections import defaultdict
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from ..astwalk import COMPREHENSIONS, parent_map, walk
from .. import missing_names
from ..names import is_mindspore, last
from ..scopes import SELF_CALL, ClassInfo, ModuleIndex, ancestor_bases, decorator_name, first_yield, \
    is_context_manager_factory, is_static_method
from . import constants
from .builds import build_failures, held_elsewhere, member_gaps, refuses_graph_mode, statement_of
from .callers import module_parents, parents
from .documented import documented_types, host_data, python_kind
from .flow import FunctionAnalysis, Hit, helper_label
from .shapes import _is_dyn, dyn_axes, known_form
from .expressions import _KEYS
from .lattice import CONST, CONSTV, DATA, DATAV, FOLDED_DICT, FOLDED_SEQ, UNKNOWN, UNKNOWNV, Val, join, kinds_join


_MISSING = object()


class ModuleAnalysis:
    """Drives the analysis of every graph root of one module and its callees.

    Helpers are analysed when they are called, with the caller's argument
    values, and give back the join of what they return. A Cell used as a
    sub-module of another Cell in the same file takes its construct
    arguments from those call sites; only top-level Cells see tensor data in
    every parameter.
    """

    MAX_DEPTH = 12
    # A helper is analysed once per distinct set of argument values: a helper shared by
    # tensor data and Python values (`default(mask, x)`, `default(None, self.window)`)
    # returns each caller what its own arguments give, not their join (measured: the
    # second call's slice is static). A helper of this module reports at its own lines,
    # so each analysis adds to the same findings.
    JOIN_CALLERS = False

    def __init__(self, index: ModuleIndex, checks, level: str, device: Optional[str]):
        self.index = index
        # a module that reads names MindSpore 2.10 lacks also checks each read in graph code
        self.checks = _with_missing_reads(checks) if missing_names.scan(index).reads else checks
        self.level = level
        self.device = device
        self.hits: Dict[tuple, Tuple[Hit, str]] = {}
        self._results: Dict[tuple, Tuple[Dict[str, Val], Val]] = {}
        self._interpreted_results: Dict[tuple, int] = {}  # helpers returning an interpreter value (LAX)
        self.fallback_objects = False  # has a plain object been built from tensor data (MSG401)?
        self._grown_lists: Dict[tuple, tuple] = {}  # helpers returning a data-length list
        # helpers returning a value of data-dependent shape: the axes known to be (or True)
        self._dynamic_results: Dict[tuple, object] = {}
        # helpers returning a value whose shape is a known function of a parameter's (a sub-Cell
        # whose construct keeps its input's shape, a helper returning `x[:, 0]`): in its terms
        self._shape_results: Dict[tuple, object] = {}
        # helpers returning a tuple: which of its items have a data-dependent shape
        self._dynamic_items: Dict[tuple, Optional[tuple]] = {}
        # (function, owner) pairs some call has analysed, whatever the arguments
        self._analysed: Dict[tuple, bool] = {}
        self._active: set = set()
        # Where each hit is reached from: the (scope, line) of the root's call that leads to the
        # helper holding it, None for a root's own line (engine: a helper called only after the
        # root's compile has stopped is never compiled)
        self.entries: Dict[tuple, set] = {}
        # the whole chain of calls (each an _entry_of) from a root to each hit's helper: the
        # helpers' own failures stop the calls after them (engine._cut_by_helper_failure)
        self.chains: Dict[tuple, set] = {}
        # (scope, line, col, end col) of the root's call being followed; columns 1-based, the end
        # col None when the call spans lines (engine: what else that line does after the call)
        self._entry: List[tuple] = []
        self._producing: List[set] = []  # the hit keys each helper being analysed now reports
        self._produced: Dict[tuple, set] = {}  # ... and each helper analysed so far
        self._cell_params: Dict[str, Dict[str, Val]] = {}
        self.depth = 0
        self.stack: List[str] = []  # helpers being analysed, outermost first (for call chains)
        self._foreign: Dict[int, "ForeignAnalysis"] = {}  # by id of the other module's index
        self._sites: List[Tuple[ast.Call, str]] = []  # calls into other modules being followed
        self._lambdas: Dict[str, ast.FunctionDef] = {}  # module-level lambdas, as functions
        # While a root may be analysed again: what each store into _results/_cell_params replaced
        self._journal: Optional[List[tuple]] = None

    def report(self, hit: Hit, scope: str, chain: Optional[tuple] = None) -> None:
        line = hit.line or getattr(hit.node, "lineno", 1)
        key = (hit.code, line, getattr(hit.node, "col_offset", 0))
        if key not in self.hits or hit.stage == "fails" and self.hits[key][0].stage != "fails":
            # (a read found to stop the compile, after it was reported as one that goes on)
            self.hits[key] = (hit, scope)
        self.entries.setdefault(key, set()).add(self._entry[0] if self._entry else None)
        self.chains.setdefault(key, set()).add(tuple(self._entry) if chain is None else chain)
        for produced in self._producing:
            produced.add(key)

    def report_reached(self, hit: Hit, scope: str, caller: "FunctionAnalysis", call: ast.Call) -> None:
        """Report ``hit``, in a helper's ``scope``, as reached from ``caller`` through ``call`` (a
        check of the caller that finds the helper's line: what the helper does on each pass of
        the caller's loop)."""
        chain = tuple(self._entry) + (_entry_of(caller, call),)
        self._entry.append(self._entry[0] if self._entry else _entry_of(caller, call))
        try:
            self.report(hit, scope, chain)
        finally:
            self._entry.pop()

    def _reached_again(self, key, caller, call) -> None:
        """A cached helper called once more: what it found is reached from here too."""
        entry = self._entry[0] if self._entry else _entry_of(caller, call)
        produced = self._produced.get(key, ())
        for hit_key in produced:
            self.entries.setdefault(hit_key, set()).add(entry)
            # (the rest of the way in is not kept: a chain no failure cuts)
            self.chains.setdefault(hit_key, set()).add(tuple(self._entry) + (_entry_of(caller, call), None))
        for active in self._producing:
            active.update(produced)

    def run(self) -> List[Tuple[Hit, str]]:
        unimportable = missing_names.scan(self.index).import_time
        if unimportable:
            # importing the module fails: no Cell of it is ever built, nothing in it compiles.
            # Python stops at the first (MindSpore's label blames that line only); the others are
            # named in its note, to be fixed in the same go
            node, namespace, name, spelled = _first_failure(unimportable)
            graph_code = any(info.kind == "cell" for info in self.index.classes.values()) \
                or bool(self.index.jit_functions)
            effect = ("importing this module fails, so none of its Cells is built or compiled" if graph_code
                      else "importing this module fails, and so does importing any module that imports it")
            self.report(Hit("MSG517", node, {"name": spelled, "missing": f"{namespace}.{name}",
                                             "owner": missing_names.owner(namespace), "effect": effect},
                            note=_others_note(unimportable, node)), "<module>")
            return list(self.hits.values())
        roots = []
        for info in self._cells_parents_first():
            if _is_dsl_cell(info, self.index):
                continue  # rewritten by its library before MindSpore sees it: not graph code as written
            if refuses_graph_mode(info, self.index):
                init = info.methods.get("__init__")
                if init is None:
                    continue  # the base's __init__ fails: reported there (a subclass builds it)
                # only building it fails: said where this module builds it, or a subclass, or where a
                # Cell of another module holds it (a Cell nobody builds never fails, measured:
                # dynop_cell_init_reads_missing_mint_name.py). The other modules are read only when
                # there is something to say (their import lines cost a scan of the project)
                built = bool(self.index._instantiations().get(info.name)) or any(
                    self.index._instantiations().get(other.name) for other in self.index.classes.values()
                    if info.name in other.bases and other.kind == "cell")
                reads = missing_names.init_reads(init, missing_names.scan(self.index)) \
                    + member_gaps(init, info, self.index)
                failures = build_failures(init, info, self.index)
                if reads and failures and _at(failures[0][0]) < _at(_first_failure(reads)[0]) \
                        and not missing_names.may_not_run(statement_of(init, failures[0][0])):
                    reads = []  # another failure comes first on every path (a course's WideResNet's
                    # `nn.Conv2d(..., padding=1)` before its `self.modules()`, census 7345)
                elif reads:
                    failures = []
                if (reads or failures) and not built:
                    built = held_elsewhere(info, self.index)
                if reads and built:  # building stops at the first read, as importing does
                    node, namespace, name, spelled = _first_failure(reads)
                    self.report(Hit("MSG517", node, {
                        "name": spelled, "missing": f"{namespace}.{name}", "owner": missing_names.owner(namespace),
                        "effect": f"building `{info.name}` raises AttributeError in every mode, so its "
                                  f"construct is never compiled"}, note=_others_note(reads, node)),
                        f"{info.qualname}.__init__")
                elif built:
                    # another failure that the source alone decides, at this __init__'s own lines (one
                    # per path: `if pretrained: zoo.a() else: zoo.b()` without importing zoo)
                    for node, why in failures:
                        self.report(Hit("MSG523", node, {"cell": info.name, "why": why}),
                                    f"{info.qualname}.__init__")
                continue  # its constructor raises outside PyNative mode: construct is never compiled
            # construct first: a @jit method it calls (an optimizer's `implementation`) is then
            # analysed with the arguments construct passes, not as a root of tensor data
            for name, fn in sorted(info.methods.items(), key=lambda item: item[0] != "construct"):
                if name == "construct" or _is_jit(fn, self.index.names):
                    roots.append((fn, info, f"{info.qualname}.{name}"))
            if "construct" not in info.methods:
                inherited = self.index.method(info, "construct")
                if inherited is not None and inherited[1].index in (None, self.index):
                    # the base's construct, run with this class's methods and attributes
                    roots.append((inherited[0], info, f"{info.qualname}.construct"))
        for info in self.index.classes.values():
            if info.kind != "cell":
                called = None
                for name, fn in info.methods.items():
                    if _is_jit(fn, self.index.names):
                        if "construct" in info.methods:
                            # a class with a construct whose base we do not know for a Cell (an
                            # optimizer of MindSpore's own): a @jit method construct calls takes
                            # construct's arguments (Python ints for group bounds), not tensor data
                            if called is None:
                                called = set(SELF_CALL.findall(self.index._text(info.methods["construct"])))
                            if name in called:
                                continue
                        roots.append((fn, info, f"{info.qualname}.{name}"))
        for fn, qualname in self.index.jit_functions:
            roots.append((fn, None, qualname))
        for fn, owner, scope in roots:
            if (id(fn), owner.name if owner else "") in self._analysed:
                continue  # already analysed with the arguments its parent Cell passes
            called = self._cell_params.get(owner.name) if owner is not None and fn.name == "construct" else None
            entry = owner.name if owner is not None and fn.name == "construct" else (fn.name if owner is None else "")
            if called is None and entry in self.index.call_args:
                called = self._visible_arguments(fn, owner, self.index.call_args[entry])
            sub_cell = owner is not None and self.index.held_by_parent(owner.name)
            ask_parents = called is None and owner is not None and fn.name == "construct" \
                and len(fn.args.args) + len(fn.args.kwonlyargs) > 1 and (sub_cell or self.index.project is not None)
            params = self._root_params(fn, owner, called, sub_cell)
            before, self._journal = len(self.hits), ([] if ask_parents else None)
            try:
                FunctionAnalysis(self, fn, owner, params, scope, True).run()
            finally:
                journal, self._journal = self._journal, None
            if journal is None or len(self.hits) == before:
                continue
            # It found something: if Cells of other modules hold this one, its arguments are
            # what they pass, not what a user might (read only now: most roots find nothing).
            # A Cell of this module whose calls the flow never reached: what their text passes.
            held = module_parents(self.index, owner) if sub_cell else parents(self.index, owner)
            if held is None:
                continue
            arguments = held.arguments(fn)
            if (sub_cell or not held.held) and not arguments:
                continue  # the first pass stands
            self._undo(before, journal)
            # only plain classes drive it (an agent's calls): still the top-level Cell
            params = self._root_params(fn, owner, arguments, sub_cell or held.held)
            FunctionAnalysis(self, fn, owner, params, scope, True).run()
        # Analyses of other modules point back here: no cycle may outlive the run
        # (the collector is paused while files are checked).
        open_ = [self]
        while open_:
            analysis = open_.pop()
            open_.extend(analysis._foreign.values())
            analysis._foreign.clear()
        for key, (hit, _) in self.hits.items():
            hit.entries = tuple(self.entries.get(key, (None,)))
            hit.chains = tuple(self.chains.get(key, ()))
        return sorted(self.hits.values(), key=lambda item: (getattr(item[0].node, "lineno", 0),))

    def _undo(self, hits: int, journal: List[tuple]) -> None:
        """Forget a root's first pass: the hits past the first ``hits``, and each store into
        ``_results``/``_cell_params`` the journal recorded, newest first."""
        for key in list(self.hits)[hits:]:
            del self.hits[key]
        for table, key, old in reversed(journal):
            if old is _MISSING:
                table.pop(key, None)
            else:
                table[key] = old

    def _root_params(self, fn: ast.FunctionDef, owner: Optional[ClassInfo], called: Optional[Dict[str, Val]],
                     sub_cell: bool) -> Dict[str, Val]:
        """A graph root's parameters: what visible callers pass, else tensor data unless a default,
        an annotation, the docstring or the name says it is a Python value."""
        params: Dict[str, Val] = {}
        documented = keyed = None
        for position, (arg, default, annotation) in enumerate(_params_with_defaults(fn)):
            if arg == "self" and owner is not None:
                continue
            if position == 0 and owner is not None and not is_static_method(fn):
                # `def construct(ctx, x)` (a port of an autograd Function): the Cell itself under
                # another name, never tensor data (graph mode then fails at the call: measured)
                params[arg] = UNKNOWNV
                continue
            if called is not None and arg in called:
                params[arg] = called[arg]
            elif fn.args.vararg is not None and arg == fn.args.vararg.arg:
                # `def generate(*inputs)`: whatever its callers pass, tensors or Python numbers
                # (sciai's jit data generator is called with sizes): not known to be data
                params[arg] = Val(UNKNOWN, "tuple")
            else:
                params[arg] = _param_val(default, annotation, arg)
                if params[arg].kind == DATA and annotation is None:
                    # `- **kmax** (int) - ...` in the Cell's Inputs: a Python value its callers fold
                    if documented is None:
                        documented = documented_types(fn, owner.node if owner is not None else None)
                    kind = python_kind(documented[arg]) if arg in documented else None
                    if kind is not None:
                        params[arg] = Val(CONST, kind)
                        continue
                    if arg in documented and host_data(documented[arg]):
                        params[arg] = Val(UNKNOWN, "np")  # `- image (PIL Image)`: folded host data
                        continue
                # A sub-Cell called where we cannot see: its extra arguments are
                # as likely Python sizes as tensors.
                unsure = (sub_cell and called is None and position > (1 if owner else 0)) \
                    or _is_size_name(arg)
                if params[arg].kind == DATA and unsure and annotation is None:
                    params[arg] = UNKNOWNV
                elif params[arg].kind == DATA and annotation is None and owner is not None and not sub_cell:
                    if keyed is None:
                        text = self.index._text(fn)
                        keyed = _keyed_through_methods(fn, owner, self.index) \
                            if "['" in self.index.source or '["' in self.index.source else {}
                    if keyed.get(arg) == "items":
                        # `img_metas[0]['img_shape']`: a list of dicts handed to the top-level graph,
                        # folded like one dict (measured: syntax_asnumpy_of_image_meta_list.py)
                        params[arg] = Val(DATA, FOLDED_SEQ)
                    elif arg in keyed:
                        # `batch['mask']`: a dict handed to the top-level graph. MindSpore folds its
                        # values, NumPy arrays and Tensors alike, into constants (Tensor() of one, a
                        # slice bound read from one: static, measured), though what is computed from
                        # them may be data again.
                        params[arg] = Val(DATA, FOLDED_DICT)
                    elif arg in _sequence_params(fn, text):
                        # `text, aspect = inputs[0], inputs[1]`: a list or tuple of Tensors handed to
                        # the top-level graph, folded like a dict (measured; recompiled per batch)
                        params[arg] = Val(DATA, FOLDED_SEQ)
        return params

    def _visible_arguments(self, fn, owner, calls) -> Optional[Dict[str, Val]]:
        """Parameter values from the calls this file makes to a graph entry."""
        params = [(n, d) for n, d, _ in _params_with_defaults(fn)]
        if owner is not None and params[:1] and params[0][0] == "self":
            params = params[1:]
        names = [n for n, _ in params]
        merged: Dict[str, Val] = {}
        for args in calls:
            for name, arg in zip(names, args):
                val = _literal_val(arg, self.index.names)
                if val is None:
                    continue
                merged[name] = val if name not in merged else join(merged[name], val)
        if calls and not any(isinstance(a, ast.Starred) for args in calls for a in args):
            # `return Net(), (x,)` never passes `flag=None`: the compiled graph has the default
            passed = max(len(args) for args in calls)
            for name, default in params[passed:]:
                known = constants.literal(default) if default is not None else None
                if known is not None and name not in merged:
                    merged[name] = constants.constant(known[0])
        return merged or None

    def _cells_parents_first(self) -> List[ClassInfo]:
        """Cells ordered so that a Cell comes after every Cell that holds it."""
        cells = [info for info in self.index.classes.values() if info.kind == "cell"]
        children = {info.name: {c for a in info.attrs.values() if a.cls and a.kind in ("cell", "cell_list")
                                for c in a.cls.split(",")}
                    for info in cells}
        indegree = {info.name: 0 for info in cells}
        for name, kids in children.items():
            for kid in kids:
                if kid in indegree and kid != name:
                    indegree[kid] += 1
        order, ready = [], [info for info in cells if indegree[info.name] == 0]
        by_name = {info.name: info for info in cells}
        while ready:
            info = ready.pop(0)
            order.append(info)
            for kid in sorted(children.get(info.name, ())):
                if kid in indegree and kid != info.name:
                    indegree[kid] -= 1
                    if indegree[kid] == 0:
                        ready.append(by_name[kid])
        seen = {id(i) for i in order}
        order.extend(i for i in cells if id(i) not in seen)  # cycles: original order
        return order

    def cell_called(self, fn: ast.FunctionDef, info: ClassInfo, call: ast.Call, caller: "FunctionAnalysis") -> None:
        """Record the arguments a same-module Cell's construct is called with."""
        if caller.only_codes is not None:
            return  # a dead branch STRICT only parses
        params = _bind_call(fn, call, caller, bound=True)
        old = self._cell_params.get(info.name)
        if old is not None:
            params = {name: join(old.get(name, UNKNOWNV), v) for name, v in params.items()}
        if self._journal is not None:
            self._journal.append((self._cell_params, info.name, self._cell_params.get(info.name, _MISSING)))
        self._cell_params[info.name] = params

    def call(self, fn: ast.FunctionDef, owner: Optional[ClassInfo], call: ast.Call,
             caller: "FunctionAnalysis", bound: bool = False) -> Val:
        """Analyse a helper with the caller's arguments; return what it returns."""
        if caller.only_codes is not None:
            return UNKNOWNV  # a branch STRICT parses but never compiles: its callees are never parsed
        if is_context_manager_factory(fn):
            return UNKNOWNV  # `with sink():` is refused (MSG502) before the generator is parsed
        if _runs_at_compile_time(fn, self.index.names):
            return CONSTV  # Python run by the compiler (@constexpr): not graph code; it gives a constant
        if owner is not None and fn.name == "construct" and refuses_graph_mode(owner, self.index):
            return UNKNOWNV  # a PyNative-only Cell: it cannot even be built in graph mode
        key = (id(fn), owner.name if owner else "")
        call._msgl_shape = None
        params = _bind_call(fn, call, caller, bound)
        if not self.JOIN_CALLERS:
            key += (tuple(sorted(params.items())),)
        handed = _interpreted_arguments(fn, call, caller, bound) \
            if caller.level == "LAX" and (caller.interpreted or caller._rewritten_objects()
                                          or caller._rewritten_attrs() or caller._may_fall_back()) else {}
        if handed:
            # given an interpreter value (on a later pass of a loop too), the helper's lines computing
            # with it are trips: analysed apart from its graph-valued calls (blind batch 128)
            key += (tuple(sorted(handed)),)
        given_parameters = frozenset(name for name, arg in _argument_pairs(fn, call, _call_params(fn, bound))
                                     if caller.kept_kind(arg) == "param")
        if given_parameters:
            # `low(self.min_val)`: `.asnumpy()` of it in the helper is refused at both levels, as in
            # construct (measured: blind batch 168's observer, syntax_param_asnumpy_in_helper.py)
            key += (("parameters",) + tuple(sorted(given_parameters)),)
        cached = self._results.get(key)
        if cached is not None:
            old_params, result = cached
            merged = {name: join(old_params.get(name, UNKNOWNV), v) for name, v in params.items()}
            if merged == old_params:
                self._replay(key)  # what it found, reported again for this caller
                self._reached_again(key, caller, call)
                if key in self._interpreted_results:
                    call._msgl_interpreted = self._interpreted_results[key]
                call._msgl_dynamic = self._dynamic_results.get(key, False)
                call._msgl_dynamic_items = self._dynamic_items.get(key)
                call._msgl_grown_list = self._grown_lists.get(key)
                call._msgl_shape = _shape_of_call(self._shape_results.get(key), fn, call, caller, bound)
                return result
            params = merged
        if key in self._active or self.depth >= self.MAX_DEPTH:
            return UNKNOWNV  # recursion: stay unsure
        self._active.add(key)
        self.depth += 1
        try:
            scope_owner = owner.qualname + "." if owner else ""
            # Always reporting: a callee analysed with narrower (non-final) arguments
            # can only find a subset of what the final arguments give.
            analysis = FunctionAnalysis(self, fn, owner, params, f"{scope_owner}{fn.name}", False)
            # an argument whose shape is data-dependent keeps it in the callee (a sub-Cell given
            # `feats[:, :max_len]`: what it returns is too, and `.shape[1]` of that is data)
            analysis.sigs.update(_dynamic_arguments(fn, call, caller, bound))
            # `self._mix(images, shuffled, lam)` with `lam` the interpreter's: the helper's lines
            # computing with it are trips too (blind batch 119's mixup)
            analysis.interpreted.update(handed)
            analysis.parameter_args = given_parameters
            outer = caller.fn
            if not (caller.index is self.index and outer.lineno < fn.lineno
                    and fn.end_lineno <= (outer.end_lineno or outer.lineno)):
                # (a function defined inside the caller is walked where it stands too; MindSpore
                # blames its own lines, not the call: measured for `nonlocal`)
                analysis.call_site = call
                analysis.call_site_index = caller.index
            self._begin(key)
            self.stack.append(helper_label(fn, owner, self.index))
            self._entry.append(_entry_of(caller, call))
            produced: set = set()
            self._producing.append(produced)
            try:
                analysis.run()
            finally:
                self._producing.pop()
                self._entry.pop()
                self._produced.setdefault(key, set()).update(produced)
                self.stack.pop()
                self._end()
            if analysis.returns_interpreted is not None:
                # at LAX it returns what the interpreter computed: the caller's line computes with it
                call._msgl_interpreted = self._interpreted_results[key] = analysis.returns_interpreted
            # what it returns has a data-dependent shape (`scatter_mean` over a segment count taken
            # from data): so has the caller's value, and a size read from it is data (blind batch 97)
            dynamic = [r.sig for r in analysis.returns if _is_dyn(r.sig)]
            call._msgl_dynamic = _returned_axes(dynamic) if dynamic else False
            if dynamic:
                self._dynamic_results[key] = call._msgl_dynamic
            call._msgl_dynamic_items = self._dynamic_items[key] = _dynamic_items(analysis.returns)
            call._msgl_grown_list = analysis.returns_grown_list
            if analysis.returns_grown_list is not None:
                self._grown_lists[key] = analysis.returns_grown_list
            template = self._shape_results[key] = _returned_shape(analysis.returns)
            call._msgl_shape = _shape_of_call(template, fn, call, caller, bound)
            returned = [r.val for r in analysis.returns]
            result = join(*returned) if returned else CONSTV
            if "yield" in self.index.source and first_yield(fn) is not None:
                result = UNKNOWNV
        finally:
            self.depth -= 1
            self._active.discard(key)
        if self._journal is not None:
            self._journal.append((self._results, key, self._results.get(key, _MISSING)))
            self._journal.append((self._analysed, key[:2], self._analysed.get(key[:2], _MISSING)))
        self._results[key] = (params, result)
        self._analysed[key[:2]] = True
        return result

    # ------------------------------------------------------------ other modules
    def definition(self, qualified: Optional[str]):
        """What a qualified name of another project module is (None: not known)."""
        project = self.index.project
        if project is None or not qualified or is_mindspore(qualified):
            return None
        return project.definition(qualified, self.index.root, self.index.extra_bases)

    def resolve(self, qualified: str) -> str:
        """The MindSpore name a project module re-exports under ``qualified``, else ``qualified``."""
        found = self.definition(qualified)
        return found.target if found is not None and found.kind == "mindspore" else qualified

    def call_in(self, index: ModuleIndex, fn: ast.FunctionDef, owner: Optional[ClassInfo], call: ast.Call,
                caller: "FunctionAnalysis", bound: bool = False) -> Val:
        """Analyse code of another module reached through ``call``.

        Its hazards are reported at the call in the checked module that leads
        there; code of the checked module reached back is analysed (and
        reports) as its own.
        """
        origin = self.origin_analysis()
        if index is origin.index:
            return origin.call(fn, owner, call, caller, bound)
        # A module already being analysed up the chain is analysed by that same
        # analysis, whose recursion guard then stops helpers calling each other
        # across modules; and chains of distinct modules are bounded too.
        ancestor, hops = self, 0
        while isinstance(ancestor, ForeignAnalysis):
            if ancestor.index is index:
                return ancestor.call(fn, owner, call, caller, bound)
            ancestor, hops = ancestor.parent, hops + 1
        if hops >= self.MAX_DEPTH:
            return UNKNOWNV
        child = self._foreign.get(id(index))
        if child is None:
            child = self._foreign[id(index)] = ForeignAnalysis(self, index)
        if self is not origin:
            return child.call(fn, owner, call, caller, bound)
        self._sites.append((call, caller.scope))
        try:
            return child.call(fn, owner, call, caller, bound)
        finally:
            self._sites.pop()

    def origin_analysis(self) -> "ModuleAnalysis":
        return self

    def lambda_function(self, name: str) -> ast.FunctionDef:
        """A module-level ``name = lambda ...`` as the function it is, analysed like a helper."""
        if name not in self._lambdas:
            lam = self.index.module_values[name]
            body = ast.copy_location(ast.Return(value=lam.body), lam.body)
            self._lambdas[name] = ast.copy_location(
                ast.FunctionDef(name=name, args=lam.args, body=[body], decorator_list=[], returns=None), lam)
        return self._lambdas[name]

    def site_scope(self) -> str:
        """The scope of the call into another module being followed now."""
        return self._sites[-1][1] if self._sites else ""

    def receive(self, code: str, fmt: Dict[str, str], chain: Tuple[str, ...],
                related: Tuple[Tuple[str, int], ...], stage: str = "") -> None:
        """A hazard found in another module: reported at the call that leads there."""
        site, scope = self._sites[-1]
        self.report(Hit(code, site, dict(fmt), via=" → ".join(chain), related=related, stage=stage), scope)

    # Recording what a helper finds, so that a cached analysis reports again
    # for another caller (only analyses of other modules need it).
    def _begin(self, key) -> None:
        pass

    def _end(self) -> None:
        pass

    def _replay(self, key) -> None:
        pass


class ForeignAnalysis(ModuleAnalysis):
    """Another module's code, reached from the checked one.

    Its hazards are reported at the call in the checked module that leads to
    them, with the chain of calls in between, because that is the line the
    user of that Cell can see and change; the other module's own file is
    checked on its own (where this code is not a graph root). One analysis
    per module serves every call: a helper is analysed once per distinct
    argument values, and what it found is replayed for each further caller.
    """

    JOIN_CALLERS = False

    def __init__(self, parent: ModuleAnalysis, index: ModuleIndex):
        super().__init__(index, parent.checks, parent.level, parent.device)
        self.parent = parent
        self._recorded: Dict[tuple, List[tuple]] = {}
        self._recording: List[Tuple[tuple, int]] = []

    def origin_analysis(self) -> ModuleAnalysis:
        return self.parent.origin_analysis()

    def report(self, hit: Hit, scope: str) -> None:
        line = hit.line or getattr(hit.node, "lineno", 1)
        home = hit.site or self.index
        origin = self.origin_analysis()
        if home is origin.index:
            # blamed on the call of this helper, and that call is in the checked module itself
            origin.report(Hit(hit.code, hit.node, hit.fmt, hit.line, note=hit.note, stage=hit.stage,
                              helper_at=hit.helper_at),
                          origin.site_scope())
            return
        col = getattr(hit.node, "col_offset", 0) + 1  # a call site's node is in ``home`` too
        self.receive(hit.code, hit.fmt, (_describe(hit.node),), ((home.path, line, col),), hit.stage)

    def receive(self, code, fmt, chain, related, stage: str = "") -> None:
        chain = tuple(self.stack) + tuple(chain)
        for key, depth in self._recording:
            self._recorded[key].append((code, fmt, chain[depth:], related, stage))
        self.parent.receive(code, fmt, chain, related, stage)

    def _begin(self, key) -> None:
        self._recorded[key] = []
        self._recording.append((key, len(self.stack)))

    def _end(self) -> None:
        self._recording.pop()

    def _replay(self, key) -> None:
        for code, fmt, chain, related, stage in list(self._recorded.get(key, ())):
            self.receive(code, fmt, chain, related, stage)


# Cell bases whose construct is a domain language that the library translates into
# ordinary MindSpore code before compiling (mindspore_gl's vertex-centric GNNCell).
_DSL_CELL_BASES = frozenset({"GNNCell"})


def _is_dsl_cell(info: ClassInfo, index: ModuleIndex) -> bool:
    """Does ``info`` derive, in this module or through others, from a DSL Cell base?"""
    return any(isinstance(base, (ast.Name, ast.Attribute)) and ast.unparse(base).rsplit(".", 1)[-1]
               in _DSL_CELL_BASES for base, _ in ancestor_bases(info, index))


@lru_cache(maxsize=4)
def _with_missing_reads(checks):
    """The checks, plus MSG517's on every attribute read (only modules that read a missing name
    pay for it); made once per set of checks."""
    extended = copy.copy(checks)
    extended.by_type = defaultdict(list, {k: list(v) for k, v in checks.by_type.items()})
    extended.by_type[ast.Attribute].append(missing_names.check_read)
    return extended


def _describe(node: ast.AST) -> str:
    """A short name for the hazardous expression at the end of a call chain."""
    target = node.func if isinstance(node, ast.Call) else node
    try:
        if isinstance(node, (ast.If, ast.While)):
            text = f"{'if' if isinstance(node, ast.If) else 'while'} {ast.unparse(node.test)}"
        elif isinstance(node, ast.For):
            text = f"for {ast.unparse(node.target)} in {ast.unparse(node.iter)}"
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and node.value is not None:
            text = ast.unparse(node.value)
        else:
            text = ast.unparse(target)
    except (ValueError, TypeError, AttributeError, RecursionError):  # pragma: no cover - odd nodes
        return type(node).__name__
    text = " ".join(text.split())
    if len(text) <= 40:
        return text
    # Too long to quote whole, and a quote cut mid-expression misleads: name it instead.
    if isinstance(node, (ast.If, ast.While, ast.For)):
        return f"the `{type(node).__name__.lower()}` at line {node.lineno}"
    if isinstance(target, ast.Attribute):
        return f"{target.attr}() at line {node.lineno}" if isinstance(node, ast.Call) else target.attr
    return f"line {getattr(node, 'lineno', '?')}"


def _runs_at_compile_time(fn: ast.FunctionDef, names) -> bool:
    """``@constexpr`` / ``@_primexpr`` (``mindspore.ops.primitive``): MindSpore calls the function
    in Python while it compiles and folds its result into the graph."""
    for dec in fn.decorator_list:
        qualified = decorator_name(names, dec) or ""
        if is_mindspore(qualified) and qualified.rsplit(".", 1)[-1] in ("constexpr", "_primexpr"):
            return True
    return False


def _is_jit(fn: ast.FunctionDef, names) -> bool:
    return any(decorator_name(names, d) in ("mindspore.jit",) for d in fn.decorator_list)


_TENSOR_FACTORIES = {"mindspore.Tensor", "mindspore.tensor", "mindspore.Parameter", "mindspore.mutable",
                     "mindspore.COOTensor", "mindspore.CSRTensor"}


_NUMBER_BUILTINS = frozenset({"int", "float", "bool", "len", "round"})


def _literal_val(node: ast.expr, names) -> Optional[Val]:
    """What a visible call argument is: a Python value, a tensor, or unknown (None)."""
    if isinstance(node, ast.Constant):
        return Val(CONST, "scalar", known=constants.literal(node))
    if isinstance(node, ast.Name) and node.id == "<python-value>":
        return CONSTV  # computed by the Cell's own Python method from Python values
    if isinstance(node, (ast.Tuple, ast.List)) and all(isinstance(e, ast.Constant) for e in node.elts):
        return Val(CONST, "tuple")
    if _python_values(node, names):
        # `centers = tuple((int(a), int(b)) for a, b in ...)`, `[(3, 4), (9, 2)]`: Python numbers in
        # Python containers, folded while compiling (blind batch 197's patch centres: static)
        return Val(CONST, "tuple")
    if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
        return Val(CONST, "scalar")
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _NUMBER_BUILTINS \
            and node.func.id not in names.aliases:
        # `top = int(rng.randint(0, 6))` handed to construct: a Python number, whatever it read
        # (blind batch 134's patch offsets)
        return Val(CONST, "scalar")
    if isinstance(node, ast.Call) and last(names.qualname(node.func) or "") in ("COOTensor", "CSRTensor") \
            and is_mindspore(names.qualname(node.func)):
        # `adj = COOTensor(...)` handed to the Cell: its `.to_csr()` converts a sparse tensor
        # (static), it is not the dense Tensor method (blind batch 97)
        return Val(DATA, "sparse", ref=last(names.qualname(node.func)))
    if isinstance(node, ast.Call) and names.qualname(node.func) in _TENSOR_FACTORIES:
        text = ast.unparse(node)
        is_bool = "bool" in text or ("True" in text and "False" in text and "dtype" not in text) \
            or bool(node.args) and _bool_literal(node.args[0]) \
            or len(node.args) == 1 and not node.keywords and _compared(node.args[0])
        # (`Tensor(True)`, `Tensor(np.array(True))`; `Tensor(rng.random(6) > 0.5)`, given no dtype)
        return Val(DATA, "bool" if is_bool else "")
    return None


def _python_values(node: ast.expr, names) -> bool:
    """Is ``node`` a tuple or list display of Python numbers (literals, ``int()``/``float()`` of
    anything), nested or not, or ``tuple()``/``list()`` of a comprehension making such items?"""
    if isinstance(node, ast.Constant):
        return type(node.value) in (int, float, bool)
    if isinstance(node, ast.UnaryOp):
        return isinstance(node.operand, ast.Constant) and type(node.operand.value) in (int, float)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id not in names.aliases:
        if node.func.id in ("int", "float") and len(node.args) == 1:
            return True
        if node.func.id in ("tuple", "list") and len(node.args) == 1 and not node.keywords \
                and isinstance(node.args[0], (ast.GeneratorExp, ast.ListComp)):
            element = node.args[0].elt
            return _python_values(element, names)
        return False
    if isinstance(node, (ast.Tuple, ast.List)):
        return bool(node.elts) and all(_python_values(e, names) for e in node.elts)
    return False


def _bool_literal(node: ast.expr) -> bool:
    """``True``, ``[True, False]``, or a NumPy array of them (``np.array(True)``)."""
    if isinstance(node, ast.Constant):
        return type(node.value) is bool
    if isinstance(node, (ast.List, ast.Tuple)):
        return bool(node.elts) and all(_bool_literal(e) for e in node.elts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in ("array", "asarray", "bool_") and node.args:
        return _bool_literal(node.args[0])
    return False


def _compared(node: ast.expr) -> bool:
    """A comparison (``scores > 0.5``), NumPy's or Python's, alone or combined by ``~``, ``&``, ``|``
    or ``^`` with another, or wrapped in ``np.array``: its items are bools (blind batches 236 and 239)."""
    if isinstance(node, ast.Compare):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Invert, ast.Not)):
        return _compared(node.operand)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr, ast.BitXor)):
        return _compared(node.left) and _compared(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in ("array", "asarray") and len(node.args) == 1 and not node.keywords:
        return _compared(node.args[0])
    return False


def _str_keyed_params(fn: ast.FunctionDef) -> Dict[str, str]:
    """The parameters of ``fn`` that its body reads by a str key: ``"dict"`` for one read so itself
    (``batch['mask']``), ``"items"`` for one whose items are (``img_metas[0]['scale_factor']``,
    ``for meta in img_metas: meta['img_shape']``: a list of dicts, mmdet's image metas; TeViT,
    census 7331)."""
    cached = getattr(fn, "_msgl_str_keyed", None)
    if cached is None:
        names = {a.arg for a in list(fn.args.posonlyargs) + list(fn.args.args) + list(fn.args.kwonlyargs)}
        cached = {}
        walked: Dict[str, str] = {}  # loop variable -> the parameter it walks
        keyed: List[ast.Subscript] = []
        for node in walk(fn):
            if isinstance(node, ast.For) and isinstance(node.target, ast.Name) and isinstance(node.iter, ast.Name) \
                    and node.iter.id in names:
                walked[node.target.id] = node.iter.id
            elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) \
                    and isinstance(node.slice.value, str):
                keyed.append(node)
        for node in keyed:
            inner = node.value
            if isinstance(inner, ast.Name) and inner.id in names:
                cached[inner.id] = "dict"
            elif isinstance(inner, ast.Name) and inner.id in walked and inner.id not in names:
                cached.setdefault(walked[inner.id], "items")
            elif isinstance(inner, ast.Subscript) and isinstance(inner.value, ast.Name) and inner.value.id in names \
                    and isinstance(inner.slice, ast.Constant) and type(inner.slice.value) is int:
                cached.setdefault(inner.value.id, "items")
        fn._msgl_str_keyed = cached
    return cached


def _keyed_through_methods(fn: ast.FunctionDef, owner: ClassInfo, index: ModuleIndex,
                           depth: int = 0) -> Dict[str, str]:
    """``_str_keyed_params`` of ``fn``, and of the Cell's own methods it hands a parameter to
    unchanged (``self.post_process(boxes, img_metas)`` reading ``img_metas[0]['scale_factor']``),
    a few calls deep. Kept on the function, by Cell."""
    memo = fn.__dict__.setdefault("_msgl_keyed_through", {})
    if owner.name in memo:
        return memo[owner.name]
    text = index._text(fn)
    keyed = memo[owner.name] = dict(_str_keyed_params(fn)) if "['" in text or '["' in text else {}
    # (kept before the calls are followed: a method that calls this one back reads it so far)
    if depth >= 3 or "self." not in text:
        return keyed
    names = {a.arg for a in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs}
    for node in walk(fn):
        if not (type(node) is ast.Call and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
            continue
        passed = [(i, a.id) for i, a in enumerate(node.args) if isinstance(a, ast.Name) and a.id in names
                  and a.id not in keyed]
        passed_kw = [(k.arg, k.value.id) for k in node.keywords if k.arg and isinstance(k.value, ast.Name)
                     and k.value.id in names and k.value.id not in keyed]
        if not passed and not passed_kw:
            continue
        found = index.method(owner, node.func.attr)
        if found is None or found[0] is fn or (found[1].index not in (None, index)):
            continue
        callee = found[0]
        params = [a.arg for a in callee.args.posonlyargs + callee.args.args]
        if params[:1] == ["self"]:
            params = params[1:]
        inner = _keyed_through_methods(callee, owner, index, depth + 1)
        for position, name in passed:
            if position < len(params) and params[position] in inner:
                keyed.setdefault(name, inner[params[position]])
        for keyword, name in passed_kw:
            if keyword in inner:
                keyed.setdefault(name, inner[keyword])
    return keyed


def _sequence_params(fn: ast.FunctionDef, text: str) -> set:
    """The parameters of ``fn`` used only as a sequence of separate inputs: each read is an item
    at a constant position (``inputs[0]``) or an unpacking (``a, b = inputs``), with at least two
    positions or one unpacking. A Tensor is used whole somewhere (``x.shape``, ``x[:, 0]``, an op);
    a tensor read at one position only (``idx[0]``) stays tensor data. ``text`` is the function's
    source: a parameter never written ``name[<digit>`` nor ``= name`` there is none (no walk)."""
    cached = getattr(fn, "_msgl_sequences", None)
    if cached is not None:
        return cached
    names = {a.arg for a in list(fn.args.posonlyargs) + list(fn.args.args) + list(fn.args.kwonlyargs)}
    if not any(_sequence_read(name).search(text) for name in names):
        fn._msgl_sequences = set()
        return fn._msgl_sequences
    positions: Dict[str, set] = {name: set() for name in names}
    unpacked, other = set(), set()
    parents = parent_map(fn)
    for node in walk(fn):
        if not (isinstance(node, ast.Name) and node.id in names):
            continue
        if not isinstance(node.ctx, ast.Load):
            other.add(node.id)  # rebound: not the argument any more
            continue
        parent = parents.get(id(node))
        if isinstance(parent, ast.Subscript) and parent.value is node and isinstance(parent.slice, ast.Constant) \
                and type(parent.slice.value) is int:
            positions[node.id].add(parent.slice.value)
        elif isinstance(parent, ast.Assign) and parent.value is node and len(parent.targets) == 1 \
                and isinstance(parent.targets[0], (ast.Tuple, ast.List)):
            unpacked.add(node.id)
        else:
            other.add(node.id)
    cached = {name for name in names - other if len(positions[name]) >= 2 or name in unpacked}
    fn._msgl_sequences = cached
    return cached


@lru_cache(maxsize=1024)
def _sequence_read(name: str):
    """``name[<digit>`` or ``= name`` ending its line (``= (name)`` too): how a parameter read as a
    sequence of separate inputs is written at least once."""
    spelled = re.escape(name)
    return re.compile(r"(?<![\w.])" + spelled + r"\s*\[\s*\d|=\s*\(?\s*" + spelled + r"\s*\)?\s*(?:[#;\n]|$)")


def _first_failure(failures):
    """The failure Python meets first: the earliest in the file (line, then column)."""
    return min(failures, key=lambda item: (getattr(item[0], "lineno", 0), getattr(item[0], "col_offset", 0)))


def _others_note(failures, first: ast.AST) -> str:
    """``lines 27, 34 fail the same way``: what fails next, once the first is fixed."""
    lines = sorted({getattr(node, "lineno", 0) for node, *_ in failures if node is not first}
                   - {getattr(first, "lineno", 0)})
    if not lines:
        return ""
    return f"line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))} fail{'' if len(lines) > 1 else 's'} the same way"


def _params_with_defaults(fn: ast.FunctionDef):
    args = fn.args
    positional = list(args.posonlyargs) + list(args.args)
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(positional, defaults):
        yield arg.arg, default, arg.annotation
    if args.vararg:
        yield args.vararg.arg, None, None
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        yield arg.arg, default, arg.annotation
    if args.kwarg:
        yield args.kwarg.arg, None, None


# Parameter names that in real models almost always carry Python sizes.
_SIZE_NAMES = frozenset({
    "batch_size", "seq_length", "seq_len", "max_len", "max_length", "height", "width", "image_size",
    "img_size", "grid_sizes", "grid_size", "num_heads", "head_dim", "hidden_size", "window_size",
    "patch_size", "stride", "input_shape", "output_shape", "feature_size", "axis", "axes", "dim", "perm",
})


# Parameter names that are Python switches in real models (HuggingFace's `output_attentions`,
# `return_dict`, `use_cache`; diffusers' `do_classifier_free_guidance`).
_FLAG_PREFIXES = ("output_", "return_", "use_", "do_", "is_", "has_", "with_", "enable_", "disable_", "apply_")


def _is_size_name(name: str) -> bool:
    """A parameter name that in real models carries a Python size (``max_seq_len``, ``num_heads``),
    or a file name or path (``file_name``: spvnas hands construct the dataset's string column, a
    NumPy string array MindSpore folds into a constant; census 7329)."""
    return name in _SIZE_NAMES or name.startswith(("num_", "max_")) \
        or name.endswith(("seq_len", "seq_length", "_shape", "_size")) or name in ("shape", "size") \
        or name in _TEXT_NAMES or name.endswith(("_name", "_path", "_file", "_filename", "_dir", "_url"))


_TEXT_NAMES = frozenset({"name", "names", "file", "filename", "fname", "path", "filepath", "dirname", "url",
                         "prefix", "suffix"})


_PYTHON_ANNOTATIONS = {"int", "float", "bool", "str", "tuple", "list", "dict", "Tuple", "List", "Dict",
                       "Sequence", "Optional[int]", "Optional[float]", "Optional[bool]", "Optional[str]"}


def _param_val(default, annotation=None, name: str = "") -> Val:
    """A graph entry's parameter: tensor data unless its default or annotation says it is a Python value."""
    if default is None and annotation is None and "mask" in name.lower():
        return Val(DATA, "bool")
    if isinstance(default, ast.Constant) and isinstance(default.value, (bool, int, float, str)):
        # Graph mode folds a Python argument; the caller who passes none gets the default.
        return Val(CONST, "scalar", known=(default.value,))
    if isinstance(default, (ast.Name, ast.Attribute)):
        return UNKNOWNV  # `state=MatmulLtState`, `act=ops.relu`: a Python object, not tensor data
    if isinstance(default, (ast.List, ast.Tuple, ast.Dict)):
        # `embeds_info=[]`: a Python container, of tensors or of Python values: not known which
        return Val(UNKNOWN, "dict" if isinstance(default, ast.Dict) else "tuple")
    if name.startswith(_FLAG_PREFIXES) and (annotation is None or "Tensor" not in ast.unparse(annotation)):
        # `output_attentions=None`, `do_classifier_free_guidance`: switches, set by Python callers
        return Val(CONST, "scalar")
    if isinstance(default, ast.Constant) and default.value is None and annotation is None:
        # `weight=None`: a tensor when passed, None when not; which one is not known here
        return Val(DATA, "optional")
    if annotation is not None:
        text = ast.unparse(annotation) if not isinstance(annotation, ast.Constant) else str(annotation.value)
        base = text.split("[")[0].rsplit(".", 1)[-1]
        if text in _PYTHON_ANNOTATIONS or base in ("int", "float", "bool", "str", "Tuple", "List", "Dict",
                                                   "tuple", "list", "dict", "Sequence"):
            return Val(CONST, "scalar" if base in ("int", "float", "bool") else "")
        if "Tensor" not in text and "Parameter" not in text and base not in ("Any", "object"):
            # annotated with another class (a Graph, a config object): not tensor data, and
            # its methods are not Tensor methods
            return UNKNOWNV
    return DATAV


def _returned_axes(sigs) -> object:
    """What a call returning values of these dynamic signatures is: the axes they all make
    data-dependent when every one says (``feats[:, :n]`` through a projection), else True."""
    axes = {dyn_axes(sig) for sig in sigs}
    return next(iter(axes)) if len(axes) == 1 and None not in axes else True


def _entry_of(caller: FunctionAnalysis, call: ast.Call) -> tuple:
    """Where a root reaches a helper: (scope, line, col, end col) of its call."""
    end = call.end_col_offset + 1 if call.end_lineno == call.lineno and call.end_col_offset is not None else None
    return caller.scope, call.lineno, call.col_offset + 1, end


def _dynamic_items(returns) -> Optional[tuple]:
    """For a helper whose every return is a tuple of one length: whether each item has a
    data-dependent shape (`return uniq, inverse.reshape(codes.shape)`: the first only)."""
    sigs = [r.sig for r in returns]
    if not sigs or not all(isinstance(s, tuple) and s[:1] == ("tuple",) for s in sigs) \
            or len({len(s) for s in sigs}) != 1:
        return None
    return tuple(any(_is_dyn(s[i]) for s in sigs) for i in range(1, len(sigs[0])))


def _returned_shape(returns) -> object:
    """The shape signature every return of a helper gives, when it is a known function of its
    parameters' shapes (``("p", name)`` leaves: the parameter's shape on entry) and of nothing
    else the caller cannot see; else None."""
    sigs = {r.sig for r in returns}
    if len(sigs) != 1:
        return None
    portable = _portable(next(iter(sigs)))
    return portable if portable is not None and (
        portable[0] != "tuple" or any(part is not None for part in portable[1:])) else None


def _portable(sig):
    """``sig`` as the caller can use it: itself when in the helper's parameters' terms (or a
    literal shape), else what is known while compiling of it, the sizes on some of its axes
    (``("known", ...)``: `ops.topk(scores, self.k)`), item by item for a tuple; else None."""
    if not isinstance(sig, tuple) or not sig:
        return None
    if _in_parameter_terms(sig):
        return sig
    if sig[0] == "tuple":
        return ("tuple",) + tuple(_portable(part) for part in sig[1:])
    return known_form(sig)


# signatures whose parts are other signatures (the rest of each is keys, counts and names)
_COMPOSED = {"slice": (1,), "topk": (1,), "reduced": (1,), "kept": (1,), "stack": (1,), "reshaped": (1,), "pad": (1,),
             "cell": (2,), "ranked": (2,),
             "resized": (1,)}


def _in_parameter_terms(sig) -> bool:
    if not isinstance(sig, tuple) or not sig:
        return sig is None  # (an unknown item of a returned tuple; `_portable` refuses one alone)
    kind = sig[0]
    if kind in ("p", "shape", "known"):
        return True  # a parameter's shape on entry, or sizes known while compiling: the same in the caller
    if kind == "tuple":
        return any(isinstance(part, tuple) for part in sig[1:]) and all(
            _in_parameter_terms(part) for part in sig[1:])
    if kind == "concat":
        return any(isinstance(part, tuple) for part in sig[1]) and all(
            part is None or _in_parameter_terms(part) for part in sig[1])
    if kind == "bcast":
        return all(_in_parameter_terms(part) for part in sig[2])
    if kind in _COMPOSED:
        return all(_in_parameter_terms(sig[i]) for i in _COMPOSED[kind])
    return False  # opaque, joined or dynamic shapes of the helper's own


def _substituted(sig, shapes: Dict[str, object]):
    """``sig`` with each ``("p", name)`` replaced by the caller's shape of that argument; None when
    one is not known."""
    if sig is None:
        return None
    kind = sig[0]
    if kind == "p":
        return shapes.get(sig[1])
    if kind in ("shape", "known"):
        return sig
    if kind == "tuple":
        return ("tuple",) + tuple(_substituted(part, shapes) for part in sig[1:])
    if kind == "concat":
        # (a part of unknown shape still lengthens the known one it is joined to: `route` against
        # `concat([route, node.view(1)])` with `node = depot[0]`, blind batch 171)
        parts = tuple(_substituted(part, shapes) for part in sig[1])
        return None if all(p is None for p in parts) else (kind, parts) + sig[2:]
    if kind == "bcast":
        # (an operand whose shape the caller does not know leaves the broadcast's lower bound)
        parts = tuple(_substituted(part, shapes) for part in sig[2])
        if any(_is_dyn(p) for p in parts):
            return ("dyn", sig[1])  # broadcast with a caller's data-dependent shape
        known = tuple(p for p in parts if p is not None)
        return (kind, sig[1], known, sig[3] and len(known) == len(parts)) if known else None
    out = list(sig)
    for i in _COMPOSED[kind]:
        out[i] = _substituted(sig[i], shapes)
        if out[i] is None:
            return None
    return tuple(out)


def _shape_of_call(template, fn: ast.FunctionDef, call: ast.Call, caller: FunctionAnalysis, bound: bool):
    """The caller's shape signature of ``call``, from the helper's ``_returned_shape``."""
    if template is None:
        return None
    shapes = {name: caller.sig(arg) for name, arg in _argument_pairs(fn, call, _call_params(fn, bound))}
    found = _substituted(template, shapes)
    return found if found is None or found[0] != "tuple" or any(p is not None for p in found[1:]) else None


def _dynamic_arguments(fn: ast.FunctionDef, call: ast.Call, caller: FunctionAnalysis, bound: bool) -> Dict[str, object]:
    """The parameters ``call`` hands a value of data-dependent shape, with its signature."""
    found: Dict[str, object] = {}
    if not any(isinstance(a, ast.Subscript) or isinstance(a, ast.Name) for a in call.args):
        return found
    for name, arg in _argument_pairs(fn, call, _call_params(fn, bound), keywords=False):
        sig = caller.sig(arg)
        if _is_dyn(sig):
            found[name] = sig
    return found


def _at(node: ast.AST) -> Tuple[int, int]:
    return node.lineno, node.col_offset


def _interpreted_arguments(fn: ast.FunctionDef, call: ast.Call, caller: FunctionAnalysis, bound: bool) -> Dict[str, int]:
    """The parameters ``call`` hands an interpreter value (LAX), with the line that made it."""
    found: Dict[str, int] = {}
    for name, arg in _argument_pairs(fn, call, _call_params(fn, bound)):
        if isinstance(arg, ast.Name) and arg.id in caller.interpreted_items and arg.id not in caller.interpreted:
            continue  # (a graph list of the interpreter's values: not followed into the helper)
        made = caller._interpreted_operand(arg)
        if made is None and isinstance(arg, ast.Name):
            made = _interpreted_item(arg, call, caller)
        if made is not None:
            found[name] = made[0]
    return found


def _interpreted_item(arg: ast.Name, call: ast.Call, caller: FunctionAnalysis) -> Optional[tuple]:
    """(line, name) when ``arg`` is the variable of a comprehension around ``call`` that iterates
    a list the interpreter made (``[self.lookup(h) for h in stage.tolist()]``): each item is its
    value, and the helper's lines computing with it run there too (blind batch 243's rating table,
    whose `if h <= b:` in the helper is blamed)."""
    parents = parent_map(caller.fn)
    node = parents.get(id(call))
    while node is not None and not isinstance(node, ast.stmt):
        if isinstance(node, COMPREHENSIONS):
            for gen in node.generators:
                if any(isinstance(n, ast.Name) and n.id == arg.id for n in walk(gen.target)):
                    # (`for h in values` with `values = stage.tolist()`, or the copy made right there:
                    # `for a in appetite.tolist()`, blind batch 255's feeding planner)
                    return caller._interpreted_operand(gen.iter) or (
                        caller._makes_interpreted(gen.iter) if caller._may_fall_back() else None)
        node = parents.get(id(node))
    return None


def _call_params(fn: ast.FunctionDef, bound: bool) -> List[Tuple[str, Optional[ast.expr]]]:
    """The parameters a call binds, with their defaults: all of them, but the instance of a
    bound method."""
    names = [(n, d) for n, d, _ in _params_with_defaults(fn)]
    if bound and names and (names[0][0] in ("self", "cls") or not is_static_method(fn) and (
            fn.name == "construct" or any(isinstance(d, ast.Name) and d.id == "classmethod"
                                          for d in fn.decorator_list))):
        # the instance, whatever construct calls it (`def construct(ctx, x)`: MSG512 at the call).
        # A helper method whose first parameter is not `self` is called like a plain function
        # in graph mode: `self.resize(x)` binds x to it (measured), unlike Python.
        names = names[1:]
    return names


def _positional(fn: ast.FunctionDef, names: List[Tuple[str, Optional[ast.expr]]]) -> List[str]:
    """Those of ``names`` that take positional arguments: only the parameters before `*args`
    (keyword-only ones and `**kwargs` never do; GPT-SoVITS's `Flip.construct(self, x, *args,
    reverse=False)` got `x_mask`)."""
    skipped = {a.arg for a in fn.args.kwonlyargs} | {a.arg for a in (fn.args.vararg, fn.args.kwarg) if a}
    return [n for n, _ in names if n not in skipped]


def _argument_pairs(fn: ast.FunctionDef, call: ast.Call, names: List[Tuple[str, Optional[ast.expr]]],
                    keywords: bool = True):
    """(parameter, argument) for each argument ``call`` passes by position (up to a ``*args``)
    and, unless ``keywords`` is false, by keyword."""
    for name, arg in zip(_positional(fn, names), call.args):
        if isinstance(arg, ast.Starred):
            break
        yield name, arg
    if keywords:
        for kw in call.keywords:
            if kw.arg is not None:
                yield kw.arg, kw.value


def _bind_call(fn: ast.FunctionDef, call: ast.Call, caller: FunctionAnalysis, bound: bool) -> Dict[str, Val]:
    names = _call_params(fn, bound)
    params: Dict[str, Val] = {name: caller.val(arg) for name, arg in _argument_pairs(fn, call, names)}
    if fn.args.kwarg is not None and not any(kw.arg is None for kw in call.keywords):
        # `self.grouper(xyz, feats, k=k)` into `construct(self, xyz, feats, **kwargs)`: the keywords
        # no parameter takes are the items of that dict (`kwargs.get("k")`: batch 348's k-NN)
        declared = {name for name, _ in names}
        extra = [kw for kw in call.keywords if kw.arg not in declared]
        params[fn.args.kwarg.arg] = Val(kinds_join(params[kw.arg] for kw in extra), "dict",
                                        tuple(params[kw.arg] for kw in extra), _KEYS.join(kw.arg for kw in extra))
    spread = any(kw.arg is None for kw in call.keywords) or any(isinstance(a, ast.Starred) for a in call.args)
    for name, default in names:
        if name not in params and spread:
            # `self.bottom_up(**x)`, `f(*args)`: any parameter may be given, with anything
            # (mindocr's FPN handing its inputs to a LayoutLMv3 backbone)
            params[name] = UNKNOWNV
        elif name not in params:
            known = constants.literal(default)
            params[name] = (constants.constant(known[0]) if known is not None else CONSTV) \
                if default is not None else UNKNOWNV
    return params
