"""Statement flow: one graph function walked statement by statement.

The environment maps names to values; branches are walked separately and
joined, loops until the environment is stable. Checks are called on the way,
so every check asks the same question of the same analysis.
"""
from __future__ import annotations

import ast
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from ..astwalk import COMPREHENSIONS, walk
from ..names import is_mindspore
from ..scopes import ClassInfo, ModuleIndex, argument_defaults, filled_list, is_self_attr, parameter_names
from . import constants, narrowing
from .expressions import _KEYS, ExpressionValues
from .interpreted import TENSOR_CONSTRUCTORS, InterpretedValues
from .lattice import CONST, CONSTV, DATA, FALLBACK, FOLDED, FOLDED_SEQ, UNKNOWNV, Val, is_data, join, kinds_join
from .shapes import JOINED, ShapeSignatures, _is_dyn, differing_axes, dyn_axes, shapes_differ

if TYPE_CHECKING:  # pragma: no cover
    from .calls import ModuleAnalysis

# What MindSpore's parser refuses in a branch it reads before the branch's condition is folded
# (a parameter, a module constant, a call): a `try` and an `import` at both levels, an attribute
# store at STRICT (measured: syntax_try_in_*_branch_on_*.py, syntax_import_in_helper_branch_*.py,
# control_const_dead_default_attr_assign.py; a `with` there compiles)
PARSE_TIME_CODES = {"LAX": frozenset({"MSG501", "MSG508"}), "STRICT": frozenset({"MSG402", "MSG501", "MSG508"})}


def _refused_while_parsing(hit: "Hit", codes: frozenset) -> bool:
    """Is ``hit`` one of ``codes``, of a statement the parser refuses (of MSG508's, `import`)?"""
    return hit.code in codes and (hit.code != "MSG508" or hit.fmt.get("stmt") == "`import`")


@dataclass
class Hit:
    """A check's report, turned into a Finding by the engine."""

    code: str
    node: ast.AST
    fmt: Dict[str, str] = field(default_factory=dict)
    line: Optional[int] = None
    # For a hazard in another module, reported where this module calls into it:
    # the call chain (``positives() → ops.masked_select``) and where it really is.
    via: str = ""
    related: Tuple[Tuple[str, int], ...] = ()
    # For a hit blamed on a helper's call: the module that call is in (None: the analysed one),
    # and where in the helper the statement is (``in warmup() at lr.py:70``), for the message.
    site: Optional[ModuleIndex] = field(default=None, compare=False, repr=False)
    note: str = ""
    # For a refusal in a helper reported at its call: (the helper's label, its line there)
    helper_at: Optional[Tuple[str, int]] = None
    # What the line does at the configured level, where the code's severity does not say it:
    # "parse" (refused while parsing: the function's only failure), "fails" (the compile stops
    # here), "passes" (the line falls back or goes dynamic, and compiling goes on)
    stage: str = ""
    # Where the analysis reached it from (ModuleAnalysis.entries), set when the run ends
    entries: tuple = ()
    # ... and the whole chain of calls from the root to it, for each way in
    chains: tuple = ()


def rebound_in(loop: ast.AST) -> set:
    """The names a loop's body (or test) rebinds by plain or augmented assignment."""
    return {t.id for n in walk(loop) if isinstance(n, (ast.Assign, ast.AugAssign))
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)}


def _stepped_in(loop: ast.While) -> set:
    """The names the loop's body rebinds from their own value (``i = i + 1``, ``i += 1``)."""
    names = set()
    for n in walk(loop):
        if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name):
            names.add(n.target.id)
        elif isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) and any(
                isinstance(m, ast.Name) and m.id == n.targets[0].id for m in walk(n.value)):
            names.add(n.targets[0].id)
    return names


def helper_label(fn: ast.FunctionDef, owner: Optional[ClassInfo], index: ModuleIndex) -> str:
    """How call chains and messages name a helper: ``positives()``, or ``Detector.keep_positive()``
    after the class that defines the method (a base, maybe)."""
    if owner is None:
        return f"{fn.name}()"
    found = index.method(owner, fn.name)
    defining = found[1] if found is not None and found[0] is fn else owner
    return f"{defining.name}.{fn.name}()"


@dataclass
class ReturnSite:
    node: ast.Return
    sig: object
    val: Val
    branches: Tuple[Tuple[int, str], ...]  # (id of a data-dependent If, "body"|"orelse")


class TooComplex(Exception):
    """The analysis met code deeper than it is willing to follow."""


# Calls that build a Tensor from Python values (a loop counter `i = Tensor(0, ms.int32)`)
_TENSOR_BUILDERS = frozenset({"mindspore.Tensor", "mindspore.tensor", "mindspore.ops.scalar_to_tensor",
                              "mindspore.ops.zeros", "mindspore.ops.ones", "mindspore.ops.fill",
                              "mindspore.mint.zeros", "mindspore.mint.ones", "mindspore.ops.full",
                              "mindspore.mint.full"})


class FunctionAnalysis(ExpressionValues, ShapeSignatures, InterpretedValues):
    """Walks one graph function, keeping the environment and calling checks."""

    MAX_LOOP_PASSES = 3

    def __init__(self, module: "ModuleAnalysis", fn: ast.FunctionDef, owner: Optional[ClassInfo],
                 params: Dict[str, Val], scope: str, root: bool):
        self.module = module
        self.index: ModuleIndex = module.index
        self.names = module.index.names
        self.fn = fn
        self.owner = owner
        self.scope = scope
        self.root = root
        self.env: Dict[str, Val] = dict(params)
        self.sigs: Dict[str, object] = {name: ("p", name) for name in params}
        self.memo: Dict[int, Val] = {}
        self.branch_stack: List[Tuple[ast.AST, str, bool]] = []
        self.returns: List[ReturnSite] = []
        self.branch_end: Tuple[Dict[str, object], Dict[str, object]] = ({}, {})
        self.loop_entry_sigs: Dict[str, object] = {}
        self.level = module.level
        self.device = module.device
        self.globals_declared: set = set()
        self.local_defs: Dict[str, ast.FunctionDef] = {}  # functions defined in this function's body
        self.data_ifs: Dict[int, ast.If] = {}
        self.loop_variables: set = set()  # Python numbers a `while` on tensor data steps
        # For a helper: the call that brought the analysis here. MindSpore blames
        # that call for errors it raises while parsing the helper.
        self.call_site: Optional[ast.Call] = None
        self.call_site_index: Optional[ModuleIndex] = None  # the module that call is in
        self._names: Optional[Dict[str, List[ast.Name]]] = None
        # Name targets in branches of an `if` the compiler folded away, once that `if` is met: they
        # never bind (checks.dynamic_ops.single_assignment); parsing still sees them (MSG206)
        self.folded_out: set = set()
        # The rest of the current block never runs: a return or raise came first.
        self.dead = False
        # While walking a folded branch for STRICT's parse-time checks: the codes reported.
        self.only_codes: Optional[frozenset] = None
        # LAX: names holding what the interpreter fallback computed (values/interpreted.py)
        self.interpreted: Dict[str, int] = {}
        self.interpreted_tests: Dict[int, tuple] = {}
        self.interpreted_items: Dict[str, int] = {}  # graph lists holding the interpreter's values
        # parameters of a helper its caller handed a Parameter of the Cell (`low(self.min_val)`)
        self.parameter_args: frozenset = frozenset()
        self.returns_interpreted: Optional[int] = None
        # a list this helper returns whole after appending to it on one path of a tensor
        # condition: (the appending line, the list's name), told to the caller by calls.py
        self.returns_grown_list: Optional[tuple] = None  # (line, name[, how the list grows])
        # lists this function appends plain objects built from tensor data to: name -> the object
        # (`for r in records` binds it again: reading `r.score` is one more trip at LAX)
        self.object_lists: Dict[str, Val] = {}

    # ------------------------------------------------------------ public
    def run(self) -> None:
        self.block(self.fn.body)
        self.finish()

    def finish(self) -> None:
        for check in self.module.checks.function_end:
            self._emit(check(self.fn, self))

    # ---------------------------------------------------------- queries
    def val(self, node: ast.AST) -> Val:
        key = id(node)
        v = self.memo.get(key)
        if v is None:
            v = self._val(node)
            self.memo[key] = v
        return v

    def kind(self, node: ast.AST) -> int:
        return self.val(node).kind

    def is_data(self, node: Optional[ast.AST]) -> bool:
        return node is not None and is_data(self.val(node))

    def is_tensor_test(self, test: ast.expr) -> bool:
        """Is this ``if``/``while``/conditional-expression test tensor data?"""
        return self.is_data(test) and not self.bare_parameter_test(test)

    def bare_parameter_test(self, test: ast.expr) -> bool:
        """``if past_key_values:`` / ``x if not bias else y`` on a parameter not rebound before
        the test: the truth of a Tensor of more than one element raises, eagerly too
        (measured: "more than one element is ambiguous"), so real code tests Python values
        (None, tuples, flags) this way."""
        while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            test = test.operand
        if isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) \
                and all(constants.literal(c) is not None for c in test.comparators) \
                and constants.literal(argument_defaults(self.fn).get(test.left.id)) not in (None, (None,)):
            # `if bn_selection == 1:` on a parameter whose default is a literal number, string or
            # bool (`bn_selection=0`): a mode switch, which callers pass as a Python value (DRNet,
            # census 7333); a Tensor cannot be a default literal
            test = test.left
        if not isinstance(test, ast.Name) or test.id not in parameter_names(self.fn.args):
            return False
        if self.env.get(test.id, UNKNOWNV).tag == "bool" and self.is_data(test):
            # a helper whose caller hands it a comparison of tensors (`select(q, rand < eps)` ...
            # `if explore:`): a tensor condition (blind batch 105: its branches' join fails); so is
            # a top-level parameter every visible call hands a bool Tensor (`Tensor(True)` from a
            # factory: blind batch 180's streaming vocoder, dynamic at the `if`)
            return False
        return not any(n.lineno < test.lineno for n in self.stores(test.id))

    def built_as_tensor(self, name: str) -> bool:
        """Is every binding of ``name`` in the function a Tensor built from Python values, or
        arithmetic on the name itself (a counter ``i = Tensor(0)`` ... ``i = i + 1``)?"""
        assigned = set()
        built = False
        for node in walk(self.fn):
            if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
                assigned.add(id(node.target))
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                assigned.update(id(t) for t in node.targets)
                value = node.value
                if self._builds_tensor(value):
                    built = True
                elif not (isinstance(value, ast.BinOp) and any(isinstance(side, ast.Name) and side.id == name
                                                               for side in (value.left, value.right))):
                    return False
        # bound any other way (a loop target, `with ... as`, unpacking, `:=`): not known
        return built and all(id(n) in assigned for n in self.stores(name))

    def _builds_tensor(self, value: ast.expr) -> bool:
        return isinstance(value, ast.Call) and self.qualname(value.func) in _TENSOR_BUILDERS

    def _tensor_built_in(self, node: ast.If, name: str) -> bool:
        """Does an arm of ``node`` bind ``name`` to a Tensor built from constants (``Tensor(i)``)?"""
        return any(isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in stmt.targets)
                   and self._builds_tensor(stmt.value) for stmt in walk(node))

    def qualname(self, node: ast.AST) -> Optional[str]:
        """The qualified name, with re-exports through other project modules followed
        (``from .compat import P`` where compat has ``from mindspore.ops import operations as P``).

        Kept in the statement's memo: every check of a call asks for its callee's name, and
        the locals that can hide an import do not change while one statement is checked."""
        key = ("qualname", id(node))
        memo = self.memo
        if key in memo:
            return memo[key]
        if self.shadowed(node):
            qualified = None
        else:
            qualified = self.names.qualname(node)
            if qualified is not None and self.index.project is not None and not is_mindspore(qualified):
                qualified = self.module.resolve(qualified)
        memo[key] = qualified
        return qualified

    def shadowed(self, node: ast.AST) -> bool:
        """``upsample(x)`` where ``upsample`` is a local of this function (a loop target over a
        CellList, say) that hides the module's import of the same name."""
        while isinstance(node, ast.Attribute):
            node = node.value
        return isinstance(node, ast.Name) and node.id in self.env

    def hit(self, code: str, node: ast.AST, stage: str = "", **fmt) -> Hit:
        return Hit(code, node, {k: str(v) for k, v in fmt.items()}, stage=stage)

    def hit_at_call_site(self, code: str, node: ast.AST, stage: str = "", **fmt) -> Hit:
        """A hit MindSpore reports where this helper is called (parse-time errors)."""
        if self.call_site is None:
            return self.hit(code, node, stage, **fmt)
        hit = self.hit(code, self.call_site, stage, **fmt)
        hit.site = self.call_site_index
        label = helper_label(self.fn, self.owner, self.index)
        hit.note = f"in {label} at {os.path.basename(self.index.path or '<stdin>')}:{node.lineno}"
        hit.helper_at = (label, node.lineno)
        return hit

    def hit_interpreted_call(self, code: str, node: ast.AST, stage: str = "", **fmt) -> Hit:
        """A call STRICT refuses to hand the interpreter (a plain class, NumPy on tensor data: its
        "script ... inputs should be constant" error). Written over several lines in a helper or a
        sub-Cell, MindSpore blames the call that reaches it, one level up; on one line, or in the
        root, its own first line (measured at STRICT: blind batch 363's output class, and
        class_plain_multiline_in_helper_*.py, syntax_numpy_multiline_in_helper_*.py)."""
        if self.level == "STRICT" and (getattr(node, "end_lineno", None) or node.lineno) > node.lineno:
            return self.hit_at_call_site(code, node, stage, **fmt)
        return self.hit(code, node, stage, **fmt)

    def name_nodes(self, name: str) -> List[ast.Name]:
        """Every ``Name`` node of ``name`` in this function (reads and writes), indexed once."""
        if self._names is None:
            # kept on the function's node: a helper is analysed once per distinct set of arguments
            names: Optional[Dict[str, List[ast.Name]]] = getattr(self.fn, "_msgl_name_index", None)
            if names is None:
                names = {}
                for node in walk(self.fn):
                    if isinstance(node, ast.Name):
                        names.setdefault(node.id, []).append(node)
                self.fn._msgl_name_index = names
            self._names = names
        return self._names.get(name, [])

    def test_val(self, test: ast.expr) -> Val:
        """The value of an ``if``'s test, evaluated in testing mode: a constructor argument is looked
        up in other modules only then (asked otherwise, ``self.fully_conv`` stays unknown)."""
        testing, self.testing = self.testing, True
        try:
            return self.val(test)
        finally:
            self.testing = testing

    def in_loop(self) -> bool:
        """Is the statement being analysed inside a loop of this function (met again on a later
        pass)?"""
        return any(part == "loop" for _, part, _ in self.branch_stack)

    def in_data_branch(self) -> bool:
        """Is the statement being analysed on an arm of an ``if`` whose test is tensor data?"""
        return any(data and part in ("body", "orelse") for _, part, data in self.branch_stack)

    def stores(self, name: str) -> List[ast.Name]:
        """Where this function binds ``name`` by a plain name target."""
        return [n for n in self.name_nodes(name) if isinstance(n.ctx, ast.Store)]

    def first_use_after(self, name: str, line: int) -> Optional[ast.Name]:
        """The first read of ``name`` on a line after ``line`` in this function, if any."""
        later = [n for n in self.name_nodes(name) if isinstance(n.ctx, ast.Load) and n.lineno > line]
        return min(later, key=lambda n: (n.lineno, n.col_offset)) if later else None

    def used_after(self, name: str, line: int) -> bool:
        """Is ``name`` read on a line after ``line`` in this function?"""
        return self.first_use_after(name, line) is not None

    # ------------------------------------------------------- statements
    def block(self, stmts: List[ast.stmt]) -> None:
        for position, stmt in enumerate(stmts):
            if self.dead:
                return  # MindSpore compiles nothing after a return or raise
            if isinstance(stmt, ast.If) and not stmt.orelse and isinstance(stmt.body[-1], ast.Continue) \
                    and position + 1 < len(stmts) and self.in_loop():
                self.memo = {}
                if self.is_tensor_test(stmt.test):
                    # `if feats.abs().mean() < t: continue` then `x = stage(x)`: the rest of the pass
                    # is the other branch of that tensor test, and the two meet at the next pass
                    # (measured: loop_continue_on_tensor_*.py, dynamic at the `if` when the rest
                    # changes a shape; blind batch 348's adaptive-depth encoder)
                    self.stmt(_continue_as_else(stmt, stmts[position + 1:]))
                    return
            self.stmt(stmt)

    def stmt(self, node: ast.stmt) -> None:
        self.memo = {}
        saved = None
        by_type = self.module.checks.by_type
        parts = getattr(node, "_msgl_parts", None)
        if parts is None or parts[0] is not by_type:
            # kept on the statement (loops and helpers analysed again walk it again): its
            # expressions' nodes that have checks, and the comprehensions (never the statement
            # itself: a reference cycle would keep every tree alive until the collector runs)
            nodes = [n for e in _header_exprs(node) for n in _walk_expr(e)]
            checked = [(sub, by_type[type(sub)]) for sub in nodes if by_type.get(type(sub))]
            parts = node._msgl_parts = (by_type, checked, [n for n in nodes if isinstance(n, COMPREHENSIONS)])
        _, checked, comps = parts
        if comps:
            saved = dict(self.env)
            for comp in comps:
                for gen in comp.generators:
                    self.bind(gen.target, self._for_element(gen.iter))
            self.memo = {}
            for comp in comps:
                self.val(comp)  # with its targets bound; the statement's handler reads the memo
        own = by_type.get(type(node))
        for sub, checks in ((node, own), *checked) if own else checked:
            for check in checks:
                hits = check(sub, self)
                if hits is not None:
                    for hit in hits:  # what _emit does, inlined: this loop runs for every node
                        if hit is not None and (self.only_codes is None
                                                or _refused_while_parsing(hit, self.only_codes)):
                            self.module.report(hit, self.scope)
        if saved is not None:
            self.env = saved
        if self.level == "LAX":
            if isinstance(node, (ast.For, ast.AsyncFor)):
                self.track_loop_target(node)
            else:
                self.track(node)
        handler = getattr(self, "do_" + type(node).__name__, None)
        if handler is not None:
            handler(node)

    def _emit(self, hits) -> None:
        if hits is None:
            return
        for hit in hits:
            if hit is not None and (self.only_codes is None or _refused_while_parsing(hit, self.only_codes)):
                self.module.report(hit, self.scope)

    def do_Assign(self, node: ast.Assign) -> None:
        value = self.val(node.value)
        sig = self.sig(node.value)
        if sig is None and (value.kind == DATA or isinstance(node.value, ast.Call) and self.names.qualname(
                node.value.func) in TENSOR_CONSTRUCTORS):
            # Some fixed shape we cannot name: still, x[:2] of it differs from it, and so does
            # a concat of it (`route = depot` with `depot = Tensor([0])`: blind batch 171's routes)
            sig = ("o", id(node.value))
        for target in node.targets:
            self.bind(target, value, sig if isinstance(target, ast.Name) else None)
            if isinstance(target, (ast.Tuple, ast.List)) and isinstance(sig, tuple) and sig[:1] == ("tuple",) \
                    and len(sig) == len(target.elts) + 1 and not any(isinstance(e, ast.Starred) for e in target.elts):
                # `hist, lens = self.truncate(hist, lens)`, `q, k = x, x[:, :2]`: each name the shape of
                # its item
                for elt, part in zip(target.elts, sig[1:]):
                    if isinstance(elt, ast.Name):
                        self.sigs[elt.id] = part
            if isinstance(target, (ast.Tuple, ast.List)) and isinstance(sig, tuple) and sig[:1] == ("dyn",):
                # `uniq, inv = ops.unique(key)`: the parts of a data-dependent result keep a
                # data-dependent shape (its `.shape[0]` is tensor data: measured, blind batch 89),
                # but for the inverse indices, which have the input's shape
                static = 1 if self._callee_name(node.value) in ("unique", "Unique", "unique_consecutive") else None
                # (a helper returning a tuple says which of its items are data-sized: `uniq,
                # local = self.local_vocab(codes)` with `local` the inverse indices, blind batch 142)
                items = getattr(node.value, "_msgl_dynamic_items", None)
                if items is not None and len(items) != len(target.elts):
                    items = None
                for i, elt in enumerate(target.elts):
                    if isinstance(elt, ast.Name) and i != static and (items is None or items[i]):
                        self.sigs[elt.id] = ("dyn", id(node.value), i)
            if isinstance(target, (ast.Tuple, ast.List)):
                for elt in target.elts:
                    if isinstance(elt, ast.Name) and self.sigs.get(elt.id) is None \
                            and self.env.get(elt.id, UNKNOWNV).kind == DATA:
                        # `xy, score = self._decode(heat)`: some fixed shape we cannot name, as for
                        # one name: `xy[:k]` of it differs from it (blind batch 160's decoder)
                        self.sigs[elt.id] = ("o", id(elt))

    def do_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.bind(node.target, self.val(node.value), self.sig(node.value))

    def do_AugAssign(self, node: ast.AugAssign) -> None:
        if isinstance(node.target, ast.Name):
            old = self.env.get(node.target.id, UNKNOWNV)
            new = join(old, self.val(node.value)).with_kind(max(old.kind, self.kind(node.value)))
            self.env[node.target.id] = Val(new.kind, old.tag if old.tag == "bool" else "")
            # x += constant keeps x's shape; anything else may broadcast it
            self.sigs[node.target.id] = self.sigs.get(node.target.id) if self.val(node.value).kind == CONST else None

    def do_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Call):
            # `self.update(x)` for its effect: MindSpore compiles the helper all the same (and
            # infers the shapes of what it computes, even a result nobody uses: measured)
            self.val(node.value)
            if self._exits(node.value):
                self.dead = True  # `exit()`: nothing after it runs, nor compiles (seed 7342's spvnas)
            name = filled_list(node.value)
            if name is not None and name in self.env and node.value.args:
                # `scores.append((x[lag:] * x[:-lag]).mean())`: the list holds tensor data now, and
                # `ops.stack(scores)` is data (blind batch 123's autocorrelation period)
                held = self.env[name]
                if held.kind != DATA and held.tag in ("list", "tuple", "") \
                        and any(self.val(a).kind == DATA for a in node.value.args):
                    self.env[name] = Val(DATA, held.tag)
                item = self.val(node.value.args[0])
                if item.tag == "instance" and getattr(item.init, "_msgl_fallback_object", False):
                    self.object_lists[name] = item

    def _exits(self, call: ast.Call) -> bool:
        """``exit()``, ``quit()``, ``sys.exit(...)``, ``os._exit(...)``."""
        func = call.func
        if isinstance(func, ast.Name) and func.id in ("exit", "quit"):
            return func.id not in self.env and func.id not in self.names.aliases \
                and func.id not in self.index.functions and func.id not in self.index.globals
        return (self.names.qualname(func) or "") in ("sys.exit", "os._exit")

    def do_Return(self, node: ast.Return) -> None:
        if node.value is not None:
            branches = tuple((id(n), part) for n, part, data in self.branch_stack if data)
            self.returns.append(ReturnSite(node, self.sig(node.value), self.val(node.value), branches))
        self.dead = True

    def do_Raise(self, node: ast.Raise) -> None:
        self.dead = True

    def do_Global(self, node: ast.Global) -> None:
        self.globals_declared.update(node.names)

    def do_If(self, node: ast.If) -> None:
        test = self.test_val(node.test)
        known = constants.truth(test) if id(node) not in self.interpreted_tests else None
        if known is not None:
            # A Python condition MindSpore evaluates while compiling: only one branch exists.
            # (Not one the interpreter decides, `if self.step < self.warmup:` with the step
            # counted in construct: both branches are compiled, measured.)
            if not folded_before_parsing(node.test, self.fn):
                self._parse_only(node.orelse if known else node.body)
            for stmt in node.orelse if known else node.body:
                self.folded_out.update(id(n) for n in walk(stmt) if isinstance(n, ast.Name)
                                       and isinstance(n.ctx, ast.Store))
            self.block(node.body if known else node.orelse)
            if not self.dead:
                # unless the parser folds the condition, both branches were parsed first: the
                # parse-time checks of their meeting (a name bound in one branch only, MSG206,
                # which asks whether it was folded) still apply
                self.memo = {}
                for check in self.module.checks.after_branches:
                    self._emit(check(node, self))
            return
        data = test.kind == DATA and not self.bare_parameter_test(node.test)
        if data:
            self.data_ifs[id(node)] = node
        before_env, before_sigs = dict(self.env), dict(self.sigs)
        # what the interpreter computed, per branch: a value one branch hands the interpreter is
        # not the interpreter's in the other (`x, n = self.regulate(x, target)` on one arm, the
        # same call with graph values on the other: mindaudio's FastSpeech2 variance adaptor)
        before_interp = (dict(self.interpreted), dict(self.interpreted_items))
        body_narrow, else_narrow = self._narrowings(node.test)
        self.branch_stack.append((node, "body", data))
        self.env.update(body_narrow)
        self.block(node.body)
        body_env, body_sigs, body_dead = self.env, self.sigs, self.dead
        body_interp = (self.interpreted, self.interpreted_items)
        self.branch_stack[-1] = (node, "orelse", data)
        self.env, self.sigs, self.dead = dict(before_env), dict(before_sigs), False
        self.interpreted, self.interpreted_items = dict(before_interp[0]), dict(before_interp[1])
        self.env.update(else_narrow)
        self.block(node.orelse)
        self.branch_stack.pop()
        else_env, else_sigs, else_dead = self.env, self.sigs, self.dead
        else_interp = (self.interpreted, self.interpreted_items)
        self.branch_end = (body_sigs, else_sigs)
        self.memo = {}
        for check in self.module.checks.after_branches:
            self._emit(check(node, self))
        if body_dead != else_dead:
            # Only the branch that falls through reaches what follows (an early return
            # under a type guard leaves the other type behind).
            self.env, self.sigs = (else_env, else_sigs) if body_dead else (body_env, body_sigs)
            self.interpreted, self.interpreted_items = else_interp if body_dead else body_interp
            self.dead = False
            return
        # where the branches meet, a value either one left to the interpreter is the interpreter's
        self.interpreted, self.interpreted_items = (
            {**else_interp[0], **body_interp[0]}, {**else_interp[1], **body_interp[1]})
        for narrowed, env in ((body_narrow, body_env), (else_narrow, else_env)):
            for name, value in narrowed.items():
                if value.known == (None,) and env.get(name) is value and name in before_env:
                    # `if mask is None: ...` that leaves mask alone: where both branches meet,
                    # mask is what it was
                    env[name] = before_env[name]
        self.env = _join_env(body_env, else_env)
        if data and not body_dead:
            # `if rt > target: p = p + adjust` / `else: p = p - adjust`: a Python number the
            # branches of a tensor-dependent condition set differently is a variable of the graph
            # where they meet (`max(p, 0.0)` then goes to the interpreter: blind batch 124)
            for name in rebound_in(node):
                a, b, value = body_env.get(name), else_env.get(name), self.env.get(name)
                if a is not None and b is not None and value is not None and value.kind == CONST \
                        and _number(a) and _number(b) and (a != b or a.known is None):
                    self.env[name] = Val(DATA, "scalar")
                elif a is not None and b is not None and value is not None and value.kind == CONST \
                        and a is not b and self._tensor_built_in(node, name):
                    # `start = Tensor(i, ms.int32)` under `if seq[i] != seq[i - 1]:`: a Tensor built from
                    # constants on an arm is, where the arms meet, the graph's choice, known only when it
                    # runs (a slice at it is dynamic: measured, blind batch 234's longest spell)
                    self.env[name] = Val(DATA, value.tag)
        self.sigs = _join_sigs(body_sigs, else_sigs, id(node), data, branches=True)
        self.dead = body_dead and else_dead

    def _parse_only(self, stmts: List[ast.stmt]) -> None:
        """Walk a dead branch for the parse-time checks only: MindSpore folds conditions on
        parameters, module constants and calls after it has parsed both branches (measured for
        attribute assignments at STRICT: tests/cases/control_const_dead_default_attr_assign.py,
        control_const_any_literal_flags.py; for `try` and `import` at both levels)."""
        saved = (dict(self.env), dict(self.sigs), self.dead, self.only_codes, self.returns, self.data_ifs)
        self.only_codes, self.returns, self.data_ifs = PARSE_TIME_CODES[self.level], [], {}
        try:
            self.block(stmts)
        finally:
            self.env, self.sigs, self.dead, self.only_codes, self.returns, self.data_ifs = saved

    def _narrowings(self, test: ast.expr) -> Tuple[Dict[str, Val], Dict[str, Val]]:
        """What a type guard, or an ``is None`` test, tells of a name in the body and in the
        else branch."""
        checked = narrowing.guard(test, self.qualname)
        if checked is None:
            none = narrowing.none_guard(test)
            if none is None or none[0] not in self.env:
                return {}, {}
            name, is_none_in_body = none
            value = {name: constants.constant(None)}
            return (value, {}) if is_none_in_body else ({}, value)
        name, _, types, polarity = checked
        current = self.env.get(name)
        if current is None:
            return {}, {}
        out = []
        for holds in (polarity, not polarity):
            value = narrowing.narrowed(current, types, holds)
            out.append({name: value} if value is not None else {})
        return out[0], out[1]

    def _loop(self, node, body, orelse, bind_target=None, data=False) -> None:
        """Walk a loop body until the environment is stable.

        Every pass reports: values only widen, so a later pass can only add
        findings to an earlier one's, and the pass that finds the environment
        unchanged has walked the body with the stable values. (Reporting only
        on a last pass would walk the stable environment twice.)
        """
        before_env, before_sigs = dict(self.env), dict(self.sigs)
        self.branch_stack.append((node, "loop", data))
        depth = sum(1 for _, part, _ in self.branch_stack if part == "loop")
        passes = self.MAX_LOOP_PASSES + 1 if depth <= 3 else 2

        def walk_body() -> bool:
            start, handed = dict(self.env), set(self.interpreted)
            if bind_target:
                bind_target()
            self.block(body)
            self.dead = False  # the loop may run no iteration, or leave through a return
            self.env = _join_env(start, self.env)
            # (an interpreter value made late in the body reaches its first lines on the next pass)
            return self.env != start or bool(self.interpreted.keys() - handed)

        walked = 1
        while walk_body() and walked < passes:
            walked += 1
        self.branch_stack.pop()
        self.memo = {}
        self.loop_entry_sigs = before_sigs  # what each name's shape was before the loop, for the checks
        for check in self.module.checks.after_loop:
            self._emit(check(node, self))
        self.env = _join_env(before_env, self.env)
        self.sigs = _join_sigs(before_sigs, self.sigs, id(node))
        self.block(orelse)

    def do_For(self, node: ast.For) -> None:
        element = self._for_element(node.iter)
        held = self.held_op(node.iter) if isinstance(node.target, ast.Name) else None
        if held is not None:
            element = held  # `for step in self.steps: x = step(x)`: MindSpore unrolls it, each op is called
        self._loop(node, node.body, node.orelse, lambda: self.bind(node.target, element),
                   data=self.kind(node.iter) == DATA)

    do_AsyncFor = do_For

    def do_While(self, node: ast.While) -> None:
        test = self.val(node.test)
        if constants.truth(test) is False:
            self.block(node.orelse)  # `while False:` never compiles its body
            return
        data = self.is_data(node.test) or self._carries_tensor(node)
        if data and test.tag != FALLBACK and self._makes_interpreted(node.test) is None \
                and self._uses_interpreted(node.test, through_ops=True) is None:
            # (a test the interpreter decides, `peak > 2 ** levels` with `peak` from `.asnumpy()`,
            # leaves the counter the interpreter's, not the graph's: flowstereo_pyramid_levels_*)
            self._numbers_become_variables(node)
        self._loop(node, node.body, node.orelse, data=data)

    def _numbers_become_variables(self, node: ast.While) -> None:
        """A `while` on tensor data is a loop of the graph, not unrolled: a Python number its body
        steps from itself (`start = start + self.chunk`, `i += 1`) is one of the loop's variables,
        known only when the graph runs. Slicing by it or sizing an op with it, in the loop or after
        it, is dynamic; indexing with it or dividing by it is not (measured at both levels,
        `while_tensor_test_*.py`, blind batch 177's chunked attention)."""
        for name in _stepped_in(node):
            value = self.env.get(name)
            if value is not None and value.kind == CONST and value.known is not None \
                    and type(value.known[0]) in (int, float):
                self.env[name] = Val(DATA, "scalar")
                self.loop_variables.add(name)

    def _carries_tensor(self, node: ast.While) -> bool:
        """``i = Tensor(0)`` ... ``while i < n: i = i + 1``: a Tensor built from constants is
        no data, but a loop whose test reads one the body changes is a real graph loop
        (MindSpore does not evaluate tensor arithmetic while compiling), not an unrolled one."""
        carried = {n.id for n in walk(node.test) if isinstance(n, ast.Name)} & rebound_in(node)
        return bool(carried) and bool(self.bound_before(node, carried, self._builds_tensor))

    def bound_before(self, loop: ast.AST, names: set, made) -> set:
        """Those of ``names`` a plain assignment above ``loop`` binds to a value ``made(value)``
        accepts (a Tensor built from constants, a number literal: the loop's counters)."""
        if not names:
            return set()
        return {t.id for n in walk(self.fn) if isinstance(n, ast.Assign) and n.lineno < loop.lineno
                and made(n.value) for t in n.targets if isinstance(t, ast.Name) and t.id in names}

    def do_With(self, node: ast.With) -> None:
        for item in node.items:
            if item.optional_vars is not None:
                self.bind(item.optional_vars, self.val(item.context_expr))
        self.block(node.body)

    def do_Try(self, node: ast.Try) -> None:
        self.block(node.body)
        for handler in node.handlers:
            self.dead = False
            self.block(handler.body)
        self.dead = False
        self.block(node.orelse)
        self.dead = False
        self.block(node.finalbody)

    do_TryStar = do_Try

    def do_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.env[node.name] = Val(CONST, "function")
        self.local_defs[node.name] = node  # graph code too, when it is called here

    do_AsyncFunctionDef = do_FunctionDef

    def do_ClassDef(self, node: ast.ClassDef) -> None:
        self.env[node.name] = Val(CONST, "class")

    def do_Match(self, node) -> None:
        for case in node.cases:
            self.dead = False
            self.block(case.body)
        self.dead = False

    # ----------------------------------------------------------- binding
    def bind(self, target: ast.AST, value: Val, sig: object = None) -> None:
        if isinstance(target, ast.Name):
            self.env[target.id] = value
            self.sigs[target.id] = sig
        elif isinstance(target, (ast.Tuple, ast.List)):
            n = len(target.elts)
            for i, elt in enumerate(target.elts):
                if isinstance(elt, ast.Starred):
                    self.bind(elt.value, value.with_kind(value.kind) if value.elts is None
                              else Val(kinds_join(value.elts), "tuple"))
                    continue
                if value.elts is not None and len(value.elts) == n:
                    self.bind(elt, value.elts[i])
                elif value.tag == "shape":
                    self.bind(elt, Val(CONST, "scalar"))
                elif value.tag == "cellout":
                    self.bind(elt, UNKNOWNV)
                elif value.tag == "np":
                    self.bind(elt, Val(value.kind, "np"))  # `rows, cols = np.nonzero(m)`: still on the host
                elif value.tag in (FOLDED_SEQ, FOLDED):
                    # `text, aspect = inputs`, `h, w, _ = meta['img_shape']`: folded items (a
                    # Tensor item unpacked would give graph ops' results; a tuple is what real
                    # code unpacks: syntax_asnumpy_of_image_meta_list.py)
                    self.bind(elt, Val(DATA, FOLDED))
                else:
                    self.bind(elt, Val(value.kind))
        elif isinstance(target, ast.Starred):
            self.bind(target.value, value)
        elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
            self.env[f"{target.value.id}.{target.attr}"] = value
        elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
            old = self.env.get(target.value.id)
            if old is not None and old.tag == "dict" and old.elts is not None \
                    and isinstance(target.slice, ast.Constant) and isinstance(target.slice.value, str) \
                    and _KEYS not in target.slice.value:
                # `stats["score"] = h.mean()`: that item is this value now (`if stats["score"] > t:`
                # is then a tensor test, blind batch 217's render stats)
                keys = old.ref.split(_KEYS) if old.elts else []
                items = list(old.elts)
                if target.slice.value in keys:
                    items[keys.index(target.slice.value)] = value
                else:
                    keys.append(target.slice.value)
                    items.append(value)
                self.env[target.value.id] = Val(max(old.kind, value.kind), "dict", tuple(items), _KEYS.join(keys))
            elif old is not None and old.tag == "dict" and old.elts == () and self.val(target.slice).kind == DATA:
                # `merged[key] = v` by a data key into the empty dict: refused while compiling (MSG509),
                # so the compile stops here and a later pass of an unrolled loop never meets the dict
                # holding it (`if key in merged:` stays decided: blind batch 230's shipment merger)
                pass
            elif old is not None and old.tag == "dict" and old.elts is not None:
                # `data[key] = y`: its items are no longer the literal's
                self.env[target.value.id] = Val(max(old.kind, value.kind), "dict")
            elif old is not None and old.kind == CONST and not old.tag and old.known is None and (
                    value.kind == DATA or self.val(target.slice).kind == DATA):
                # `visited[cur] = True` into `ops.zeros((n,), ms.bool_)`: a Tensor holding data now,
                # so `while not visited.all():` is a tensor loop (blind batch 171's greedy tour)
                self.env[target.value.id] = Val(DATA)

    def _for_element(self, it: ast.expr) -> Val:
        """What each pass of ``for ... in it`` binds. ``enumerate`` counts with a Python int
        (MindSpore unrolls a loop over a tensor, a tuple or a Cell list: each pass has its own
        constant index) and ``zip`` pairs the elements of its arguments. A ``range`` of one
        value binds that value (``for i in range(1):``: ``i != j`` is decided while compiling)."""
        single = self._single_pass(it)
        if single is not None:
            return constants.constant(single)
        if isinstance(it, ast.Name) and it.id in self.object_lists:
            # `[r.score for r in records]` over the objects built from tensor data (blind batches
            # 157 and 158: the comprehension's line is dynamic at LAX)
            return self.object_lists[it.id]
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) \
                and all(k.arg == "start" and it.func.id == "enumerate" for k in it.keywords) \
                and it.func.id in ("enumerate", "zip") and it.func.id not in self.names.aliases \
                and it.func.id not in self.env and it.args and not any(isinstance(a, ast.Starred) for a in it.args):
            if it.func.id == "zip":
                parts = tuple(self._for_element(a) for a in it.args)
                return Val(kinds_join(parts), "tuple", parts)
            inner = self._for_element(it.args[0])
            source = self.val(it.args[0])
            index = Val(source.kind if source.tag == "range" else CONST, "scalar")
            return Val(kinds_join((index, inner)), "tuple", (index, inner))
        return self._iter_element(self.val(it))

    def _single_pass(self, it: ast.expr) -> Optional[int]:
        """The one value of ``range(...)`` of Python ints known here, when it has exactly one."""
        if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range"
                and it.func.id not in self.env and it.func.id not in self.names.aliases
                and 1 <= len(it.args) <= 3 and not it.keywords):
            return None
        bounds = []
        for arg in it.args:
            if isinstance(arg, ast.Starred):
                return None
            known = self.val(arg).known
            if known is None or type(known[0]) is not int:
                return None
            bounds.append(known[0])
        try:
            values = range(*bounds)
        except ValueError:
            return None  # a step of 0: Python raises, and so does MindSpore
        return values[0] if len(values) == 1 else None

    def _iter_element(self, it: Val) -> Val:
        if it.tag == "cell_list":
            return Val(CONST, "cell", ref=it.ref)
        if it.tag == "range":
            return Val(it.kind, "scalar")
        if it.tag == "dict":
            return CONSTV  # a dict's keys: graph code keys dicts by constants only (MSG509 otherwise)
        if it.elts:
            return join(*it.elts)
        if it.tag == FOLDED_SEQ:
            return Val(DATA, FOLDED)  # an item of a list handed to the top-level graph: folded
        if it.tag == "shape":
            return Val(CONST, "scalar")
        return Val(it.kind)


def folded_before_parsing(test: ast.expr, fn: Optional[ast.AST] = None) -> bool:
    """A condition MindSpore's parser folds before it parses the branches: literals, ``self``
    attributes and (given ``fn``) local names bound only to literals, combined with ``not``,
    ``and``/``or`` and comparisons other than ``in`` (measured: tests/cases/control_const_strict_dead_*.py,
    names_if_no_else_*.py). Parameters, module constants, attribute chains (``self.cfg.x``),
    calls and ``in`` are folded later, after both branches were parsed."""
    if isinstance(test, ast.Constant) or is_self_attr(test):
        return True
    if isinstance(test, ast.Name) and fn is not None:
        return _bound_to_literals(test.id, fn, test.lineno)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return folded_before_parsing(test.operand, fn)
    if isinstance(test, ast.BoolOp):
        return all(folded_before_parsing(v, fn) for v in test.values)
    if isinstance(test, ast.Compare):
        return not any(isinstance(op, (ast.In, ast.NotIn)) for op in test.ops) and \
            all(folded_before_parsing(v, fn) for v in [test.left, *test.comparators])
    return False


def _bound_to_literals(name: str, fn: ast.AST, line: int = 0) -> bool:
    """Is ``name``, where the ``if`` on ``line`` reads it, a local of ``fn`` bound to a literal:
    every binding sets one (``use = True``), or the last binding before the ``if`` does, at the
    function's top level (a parameter rebound first thing, ``output_attentions = False`` in
    mindone's FlashAttention2 ports: folded, measured in census 7338's check)?"""
    table = getattr(fn, "_msgl_literal_locals", None)
    if table is None:
        # one walk per function, kept on its node: every `if` on a bare name asks
        top = {id(stmt) for stmt in getattr(fn, "body", [])}
        stores: Dict[str, List[Tuple[int, bool]]] = {}
        plain = set()
        for node in walk(fn):  # (parents before children)
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                plain.add(id(node.targets[0]))
                stores.setdefault(node.targets[0].id, []).append(
                    (node.lineno, isinstance(node.value, ast.Constant) and id(node) in top))
            elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load) and id(node) not in plain:
                stores.setdefault(node.id, []).append((node.lineno, False))  # a loop target, `+=`, unpacking...
        args = getattr(fn, "args", None)
        params = parameter_names(args, starred=True) if args is not None else set()
        table = fn._msgl_literal_locals = ({n: sorted(v) for n, v in stores.items()}, frozenset(params))
    stores, params = table
    found = stores.get(name)
    if not found:
        return False
    if name not in params and all(literal for _, literal in found):
        return True
    before = [item for item in found if item[0] < line]
    return bool(before) and before[-1][1]


def _number(value: Val) -> bool:
    """A Python int or float (known, or a scalar of unknown value)."""
    if value.known is not None:
        return type(value.known[0]) in (int, float)
    return value.tag == "scalar"


def _join_env(a: Dict[str, Val], b: Dict[str, Val]) -> Dict[str, Val]:
    out = dict(a)
    for name, v in b.items():
        old = out.get(name)
        out[name] = v if old is None else join(old, v)
    return out


def _join_sigs(a: Dict[str, object], b: Dict[str, object], where: int = 0, data: bool = False,
               branches: bool = False) -> Dict[str, object]:
    """Signatures after two paths meet.

    Equal ones survive; different known ones become a fresh opaque shape
    (some fixed shape, the same for every later use of the name), so that
    ``y = x[:2]`` after the join still differs from ``y``. Where the paths are
    the branches of a tensor-dependent condition (``data``) and leave shapes
    that provably differ (MSG201), the graph joins them into a dynamic shape:
    a size read from it afterwards is data (measured: ``seq_len = hist.shape[1]``
    after a tensor ``if`` that truncates ``hist``, then ``ops.arange(seq_len)``,
    is dynamic there too). Where they are the ``branches`` of any ``if`` and one
    leaves a data-dependent shape, it stays so: a Python condition the analysis
    cannot tell selects one branch while compiling, and with that one the shape
    is dynamic.
    """
    out = {}
    for name in set(a) | set(b):
        left, right = a.get(name), b.get(name)
        if left == right:
            out[name] = left
        elif left is None or right is None:
            out[name] = None
        elif _is_dyn(left) and _is_dyn(right):
            # dynamic on both paths (a loop growing what a data-bounded slice began): still is,
            # on the axes both say when they agree
            axes = dyn_axes(left) if dyn_axes(left) == dyn_axes(right) else None
            out[name] = ("dyn", where, ("axes", axes)) if axes else ("dyn", where)
        elif (data or branches) and _is_dyn(left) != _is_dyn(right):
            # already dynamic on one path: still is. Also past the branches of a Python condition
            # that cannot be told (`if self.unpad:` with a config's flag): MindSpore compiles one
            # branch, and with the one that cuts, a size read after the join is data (measured:
            # blind batch 331's unpadding embeddings, `ops.arange(input_ids.shape[1])` after it)
            out[name] = left if _is_dyn(left) else right
        elif data and not _is_dyn(left) and shapes_differ(left, right):
            axes = differing_axes(left, right)
            out[name] = ("dyn", where, ("axes", axes) if axes else None, JOINED)
        else:
            out[name] = ("j", name, where)
    return out


def _continue_as_else(node: ast.If, rest: List[ast.stmt]) -> ast.If:
    """``if t: ...; continue`` followed by ``rest`` in a loop body, as ``if t: ... else: rest``
    (made once per statement and kept on it: loops walk their bodies several times)."""
    made = getattr(node, "_msgl_continue_as_else", None)
    if made is None:
        made = ast.If(test=node.test, body=node.body[:-1] or [ast.Pass()], orelse=list(rest))
        ast.copy_location(made, node)
        made.end_lineno, made.end_col_offset = rest[-1].end_lineno, rest[-1].end_col_offset
        node._msgl_continue_as_else = made
    return made


def _header_exprs(node: ast.stmt):
    """The expressions a statement evaluates itself (not those of nested blocks)."""
    if isinstance(node, (ast.If, ast.While)):
        return [node.test]
    if isinstance(node, (ast.For, ast.AsyncFor)):
        return [node.iter, node.target]
    if isinstance(node, (ast.With, ast.AsyncWith)):
        return [i.context_expr for i in node.items]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return []
    if isinstance(node, (ast.Try,)) or type(node).__name__ in ("TryStar", "Match"):
        return []
    return [child for child in ast.iter_child_nodes(node) if isinstance(child, ast.expr)]


_SKIP_FIELDS = frozenset({"ctx", "op", "ops", "id", "attr", "arg", "kind", "type_comment", "conversion",
                          "is_async", "level", "name", "names", "module", "n", "s"})


_CHILD_FIELDS: Dict[type, Tuple[str, ...]] = {}


def _child_fields(node_type: type) -> Tuple[str, ...]:
    fields = _CHILD_FIELDS.get(node_type)
    if fields is None:
        fields = tuple(f for f in node_type._fields if f not in _SKIP_FIELDS)
        _CHILD_FIELDS[node_type] = fields
    return fields


def _walk_expr(root: ast.AST) -> List[ast.AST]:
    """Every node of an expression, iteratively (deep code cannot exhaust the stack).

    Skips the context and operator singletons that ``ast.walk`` yields.
    """
    out = []
    stack = [root]
    pop, push, append = stack.pop, stack.append, out.append
    while stack:
        node = pop()
        append(node)
        for name in _child_fields(type(node)):
            value = getattr(node, name, None)
            if value is None:
                continue
            if type(value) is list:
                for item in value:
                    if isinstance(item, ast.AST):
                        push(item)
            elif isinstance(value, ast.AST):
                push(value)
    return out

