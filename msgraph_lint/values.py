"""Values: which expressions are tensor data and which are compile-time constants.

Graph mode folds Python constants while compiling; only tensor *data* can
make a shape dynamic. Each graph function is walked once, statement by
statement, with an environment from names to :class:`Val`. Checks are called
on the way, so every check asks the same question of the same analysis.

The lattice has three points: CONST < UNKNOWN < DATA. Checks flag DATA only;
UNKNOWN keeps them silent (precision first).
"""
from __future__ import annotations

import ast
import builtins
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from . import ops as optable
from .names import is_mindspore, last
from .scopes import ClassInfo, ModuleIndex, first_yield, is_self_attr

CONST, UNKNOWN, DATA = 0, 1, 2

_SHAPE_ATTRS = {"shape", "ndim", "dtype", "size", "nbytes", "itemsize", "strides"}
_SHAPE_METHODS = {"dim", "ndimension", "numel", "nelement", "dtype", "rank"}
_SHAPE_FUNCS = {"shape", "rank", "size", "numel", "dtype", "get_shape", "Shape", "Rank", "Size", "DType"}
_TO_HOST = {"asnumpy", "tolist", "item", "numpy"}
_BUILTIN_NAMES = set(dir(builtins))
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_CONST_BUILTINS = {"len", "isinstance", "issubclass", "type", "hasattr", "callable", "id", "print",
                   "str", "repr", "format"}
_SCALAR_BUILTINS = {"int", "float", "bool", "round", "abs", "max", "min", "sum"}


@dataclass(frozen=True)
class Val:
    """An abstract value: its data-ness and what else is known of it."""

    kind: int = UNKNOWN
    tag: str = ""          # bool | scalar | shape | tuple | prim | cell | instance | jit_instance | sparse | np | range
    elts: Optional[Tuple["Val", ...]] = None
    ref: str = ""          # primitive qualname, or class name for instances
    init: Optional[ast.Call] = field(default=None, compare=False)

    def with_kind(self, kind: int) -> "Val":
        return Val(kind, self.tag, self.elts, self.ref, self.init)


CONSTV = Val(CONST)
UNKNOWNV = Val(UNKNOWN)
DATAV = Val(DATA)


def join(*vals: Val) -> Val:
    if not vals:
        return UNKNOWNV
    first = vals[0]
    if all(v == first for v in vals[1:]):
        return first
    kind = max(v.kind for v in vals)
    tags = {v.tag for v in vals}
    tag = tags.pop() if len(tags) == 1 else ""
    refs = {v.ref for v in vals}
    ref = refs.pop() if len(refs) == 1 else ""
    return Val(kind, tag, None, ref)


def kinds_join(vals) -> int:
    return max((v.kind for v in vals), default=CONST)


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


@dataclass
class ReturnSite:
    node: ast.Return
    sig: object
    val: Val
    branches: Tuple[Tuple[int, str], ...]  # (id of a data-dependent If, "body"|"orelse")


class TooComplex(Exception):
    """The analysis met code deeper than it is willing to follow."""


class FunctionAnalysis:
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
        self.reporting = True
        self.branch_stack: List[Tuple[ast.AST, str, bool]] = []
        self.returns: List[ReturnSite] = []
        self.branch_end: Tuple[Dict[str, object], Dict[str, object]] = ({}, {})
        self.level = module.level
        self.device = module.device
        self.globals_declared: set = set()
        self.data_ifs: Dict[int, ast.If] = {}
        # For a helper: the call that brought the analysis here. MindSpore blames
        # that call for errors it raises while parsing the helper.
        self.call_site: Optional[ast.Call] = None
        self._loads: Optional[Dict[str, List[ast.Name]]] = None

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
        return node is not None and self.val(node).kind == DATA

    def qualname(self, node: ast.AST) -> Optional[str]:
        """The qualified name, with re-exports through other project modules followed
        (``from .compat import P`` where compat has ``from mindspore.ops import operations as P``)."""
        qualified = self.names.qualname(node)
        if qualified is None or self.index.project is None or is_mindspore(qualified):
            return qualified
        return self.module.resolve(qualified)

    def hit(self, code: str, node: ast.AST, **fmt) -> Hit:
        return Hit(code, node, {k: str(v) for k, v in fmt.items()})

    def hit_at_call_site(self, code: str, node: ast.AST, **fmt) -> Hit:
        """A hit MindSpore reports where this helper is called (parse-time errors)."""
        return self.hit(code, self.call_site if self.call_site is not None else node, **fmt)

    def first_use_after(self, name: str, line: int) -> Optional[ast.Name]:
        """The first read of ``name`` on a line after ``line`` in this function, if any."""
        if self._loads is None:
            loads: Dict[str, List[ast.Name]] = {}
            for node in ast.walk(self.fn):
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                    loads.setdefault(node.id, []).append(node)
            self._loads = loads
        later = [n for n in self._loads.get(name, ()) if n.lineno > line]
        return min(later, key=lambda n: (n.lineno, n.col_offset)) if later else None

    def used_after(self, name: str, line: int) -> bool:
        """Is ``name`` read on a line after ``line`` in this function?"""
        return self.first_use_after(name, line) is not None

    # ------------------------------------------------------- statements
    def block(self, stmts: List[ast.stmt]) -> None:
        for stmt in stmts:
            self.stmt(stmt)

    def stmt(self, node: ast.stmt) -> None:
        self.memo = {}
        saved = None
        nodes = [n for e in _header_exprs(node) for n in _walk_expr(e)]
        comps = [n for n in nodes if isinstance(n, _COMPREHENSIONS)]
        if comps:
            saved = dict(self.env)
            for comp in comps:
                for gen in comp.generators:
                    self.bind(gen.target, self._iter_element(self.val(gen.iter)))
            self.memo = {}
        by_type = self.module.checks.by_type
        for check in by_type.get(type(node), ()):
            self._emit(check(node, self))
        for sub in nodes:
            checks = by_type.get(type(sub))
            if checks:
                for check in checks:
                    self._emit(check(sub, self))
        if saved is not None:
            self.env = saved
        handler = getattr(self, "do_" + type(node).__name__, None)
        if handler is not None:
            handler(node)

    def _dispatch(self, node: ast.AST) -> None:
        for check in self.module.checks.by_type.get(type(node), ()):
            self._emit(check(node, self))

    def _emit(self, hits) -> None:
        if hits is None:
            return
        for hit in hits:
            if self.reporting and hit is not None:
                self.module.report(hit, self.scope)

    def do_Assign(self, node: ast.Assign) -> None:
        value = self.val(node.value)
        sig = self.sig(node.value)
        if sig is None and value.kind == DATA:
            # Some fixed shape we cannot name: still, x[:2] of it differs from it.
            sig = ("o", id(node.value))
        for target in node.targets:
            self.bind(target, value, sig if isinstance(target, ast.Name) else None)

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

    def do_Return(self, node: ast.Return) -> None:
        if node.value is not None:
            branches = tuple((id(n), part) for n, part, data in self.branch_stack if data)
            self.returns.append(ReturnSite(node, self.sig(node.value), self.val(node.value), branches))

    def do_Global(self, node: ast.Global) -> None:
        self.globals_declared.update(node.names)

    def do_If(self, node: ast.If) -> None:
        data = self.is_data(node.test)
        if data:
            self.data_ifs[id(node)] = node
        before_env, before_sigs = dict(self.env), dict(self.sigs)
        self.branch_stack.append((node, "body", data))
        self.block(node.body)
        body_env, body_sigs = self.env, self.sigs
        self.branch_stack[-1] = (node, "orelse", data)
        self.env, self.sigs = dict(before_env), dict(before_sigs)
        self.block(node.orelse)
        self.branch_stack.pop()
        else_env, else_sigs = self.env, self.sigs
        self.branch_end = (body_sigs, else_sigs)
        self.memo = {}
        for check in self.module.checks.after_branches:
            self._emit(check(node, self))
        self.env = _join_env(body_env, else_env)
        self.sigs = _join_sigs(body_sigs, else_sigs, id(node))

    def _loop(self, node, body, orelse, bind_target=None, data=False) -> None:
        """Walk a loop body until the environment is stable.

        The first pass reports; values only widen, so later passes can only
        add findings, and they are walked again with reporting on only when
        the environment changed.
        """
        before_env, before_sigs = dict(self.env), dict(self.sigs)
        self.branch_stack.append((node, "loop", data))
        depth = sum(1 for _, part, _ in self.branch_stack if part == "loop")
        passes = self.MAX_LOOP_PASSES if depth <= 3 else 1
        reporting = self.reporting

        def walk_body() -> bool:
            start = dict(self.env)
            if bind_target:
                bind_target()
            self.block(body)
            self.env = _join_env(start, self.env)
            return self.env != start

        if walk_body():
            self.reporting = False
            for _ in range(passes - 1):
                if not walk_body():
                    break
            self.reporting = reporting
            walk_body()
        self.branch_stack.pop()
        self.memo = {}
        for check in self.module.checks.after_loop:
            self._emit(check(node, self))
        self.env = _join_env(before_env, self.env)
        self.sigs = _join_sigs(before_sigs, self.sigs, id(node))
        self.block(orelse)

    def do_For(self, node: ast.For) -> None:
        element = self._iter_element(self.val(node.iter))
        self._loop(node, node.body, node.orelse, lambda: self.bind(node.target, element),
                   data=self.kind(node.iter) == DATA)

    do_AsyncFor = do_For

    def do_While(self, node: ast.While) -> None:
        self._loop(node, node.body, node.orelse, data=self.is_data(node.test))

    def do_With(self, node: ast.With) -> None:
        for item in node.items:
            if item.optional_vars is not None:
                self.bind(item.optional_vars, self.val(item.context_expr))
        self.block(node.body)

    def do_Try(self, node: ast.Try) -> None:
        self.block(node.body)
        for handler in node.handlers:
            self.block(handler.body)
        self.block(node.orelse)
        self.block(node.finalbody)

    do_TryStar = do_Try

    def do_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.env[node.name] = Val(CONST, "function")

    do_AsyncFunctionDef = do_FunctionDef

    def do_ClassDef(self, node: ast.ClassDef) -> None:
        self.env[node.name] = Val(CONST, "class")

    def do_Match(self, node) -> None:
        for case in node.cases:
            self.block(case.body)

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
                else:
                    self.bind(elt, Val(value.kind))
        elif isinstance(target, ast.Starred):
            self.bind(target.value, value)
        elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
            self.env[f"{target.value.id}.{target.attr}"] = value

    def _iter_element(self, it: Val) -> Val:
        if it.tag == "cell_list":
            return Val(CONST, "cell", ref=it.ref)
        if it.tag == "range":
            return Val(it.kind, "scalar")
        if it.elts:
            return join(*it.elts)
        if it.tag == "shape":
            return Val(CONST, "scalar")
        return Val(it.kind)

    # ----------------------------------------------------------- values
    def _val(self, n: ast.AST) -> Val:
        if isinstance(n, ast.Constant):
            return Val(CONST, "scalar") if isinstance(n.value, (int, float, bool)) else CONSTV
        if isinstance(n, ast.Name):
            v = self.env.get(n.id)
            if v is not None:
                return v
            if (n.id in _BUILTIN_NAMES or n.id in self.names.aliases or n.id in self.index.globals
                    or n.id in self.index.classes or n.id in self.index.functions):
                return CONSTV
            return UNKNOWNV
        if isinstance(n, ast.Attribute):
            return self._attribute(n)
        if isinstance(n, ast.Subscript):
            base = self.val(n.value)
            if base.tag == "shape":
                return Val(base.kind, "shape" if isinstance(n.slice, ast.Slice) else "scalar")
            if base.tag == "cell_list":
                return Val(CONST, "cell", ref=base.ref)
            if base.elts is not None and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, int):
                try:
                    return base.elts[n.slice.value]
                except IndexError:
                    return UNKNOWNV
            if base.kind == CONST:
                return Val(CONST) if self.val(n.slice).kind == CONST else Val(self.val(n.slice).kind)
            if base.kind == DATA:
                return DATAV
            return UNKNOWNV
        if isinstance(n, ast.BinOp):
            left, right = self.val(n.left), self.val(n.right)
            kind = max(left.kind, right.kind)
            tag = ""
            if isinstance(n.op, (ast.BitAnd, ast.BitOr, ast.BitXor)) and "bool" in (left.tag, right.tag):
                tag = "bool"
            elif left.tag == right.tag == "scalar":
                tag = "scalar"
            elif left.tag == "shape" and right.tag in ("shape", "tuple") and kind == CONST:
                tag = "shape"
            return Val(kind, tag)
        if isinstance(n, ast.UnaryOp):
            operand = self.val(n.operand)
            if isinstance(n.op, ast.Not) or (isinstance(n.op, ast.Invert) and operand.tag == "bool"):
                return Val(operand.kind, "bool")
            return Val(operand.kind, operand.tag if operand.tag in ("scalar",) else "")
        if isinstance(n, ast.Compare):
            vals = [self.val(n.left)] + [self.val(c) for c in n.comparators]
            if any(isinstance(op, (ast.Is, ast.IsNot, ast.In, ast.NotIn)) for op in n.ops) or any(
                    isinstance(c, ast.Constant) and isinstance(c.value, str) for c in [n.left, *n.comparators]):
                # identity and membership tests are resolved while compiling
                return Val(CONST if all(v.kind <= UNKNOWN for v in vals) else UNKNOWN, "bool")
            return Val(kinds_join(vals), "bool")
        if isinstance(n, ast.BoolOp):
            vals = [self.val(v) for v in n.values]
            return Val(kinds_join(vals), "bool" if all(v.tag == "bool" for v in vals) else "")
        if isinstance(n, ast.IfExp):
            return join(self.val(n.body), self.val(n.orelse)).with_kind(
                max(self.kind(n.test), self.kind(n.body), self.kind(n.orelse)))
        if isinstance(n, (ast.Tuple, ast.List)):
            elts = tuple(self.val(e) for e in n.elts)
            return Val(kinds_join(elts), "tuple", elts)
        if isinstance(n, ast.Call):
            return self._call(n)
        if isinstance(n, ast.Starred):
            return self.val(n.value)
        if isinstance(n, ast.NamedExpr):
            v = self.val(n.value)
            self.env[n.target.id] = v
            return v
        if isinstance(n, (ast.JoinedStr, ast.FormattedValue)):
            return CONSTV
        if isinstance(n, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            vals = [self.val(g.iter) for g in n.generators] + [self.val(n.elt)]
            return Val(kinds_join(vals), "tuple")
        if isinstance(n, ast.DictComp):
            vals = [self.val(g.iter) for g in n.generators] + [self.val(n.value)]
            return Val(kinds_join(vals))
        if isinstance(n, ast.Dict):
            vals = [self.val(v) for v in n.values]
            return Val(kinds_join(vals), "dict")
        if isinstance(n, ast.Slice):
            vals = [self.val(x) for x in (n.lower, n.upper, n.step) if x is not None]
            return Val(kinds_join(vals))
        return UNKNOWNV

    def _attribute(self, n: ast.Attribute) -> Val:
        if n.attr in _SHAPE_ATTRS:
            base = self.val(n.value)
            if base.tag not in ("instance", "jit_instance", "sparse") or n.attr != "shape":
                # the shape of a value whose shape is data-dependent is data too
                kind = DATA if n.attr in ("shape", "size") and _is_dyn(self.sig(n.value)) else CONST
                return Val(kind, "shape" if n.attr in ("shape", "strides") else "scalar")
        if isinstance(n.value, ast.Name):
            key = f"{n.value.id}.{n.attr}"
            if key in self.env:
                return self.env[key]
            if n.value.id == "self" and self.owner is not None:
                return self.self_attr(n.attr)
        qualified = self.names.qualname(n)
        if qualified is not None:
            return CONSTV
        base = self.val(n.value)
        if base.kind == DATA:
            return DATAV
        if base.tag in ("instance", "jit_instance"):
            return UNKNOWNV
        return Val(base.kind) if base.kind != CONST else UNKNOWNV

    def self_attr(self, name: str) -> Val:
        attr = self.owner.attr(name) if self.owner else None
        if attr is None:
            if self.owner and self.index.method(self.owner, name):
                return Val(CONST, "method", ref=name)
            return UNKNOWNV
        if attr.kind == "param":
            return DATAV
        if attr.kind in ("const", "none"):
            return CONSTV
        if attr.kind == "primitive":
            return Val(CONST, "prim", ref=attr.qualname, init=attr.call)
        if attr.kind == "cell":
            return Val(CONST, "cell", ref=attr.cls or attr.qualname, init=attr.call)
        if attr.kind == "cell_list":
            return Val(CONST, "cell_list", ref=attr.cls)
        if attr.kind in ("instance", "jit_instance"):
            return Val(UNKNOWN, attr.kind, ref=attr.cls, init=attr.call)
        if attr.kind == "unknown" and attr.call is not None and self.index.project is not None:
            # an object of a class defined in another module of the project
            qualified = attr.qualname or self.names.qualname(attr.call.func)
            found = self.module.definition(qualified)
            if found is not None and found.kind == "class" and found.info.kind in ("plain", "jit_class"):
                tag = "jit_instance" if found.info.kind == "jit_class" else "instance"
                return Val(UNKNOWN, tag, ref=qualified, init=attr.call)
            if found is not None and found.kind == "class" and found.info.kind == "cell":
                return Val(CONST, "cell", ref=qualified, init=attr.call)  # a sub-Cell defined elsewhere
            if found is not None and found.kind == "mindspore" and last(found.target)[:1].isupper():
                # a Primitive or nn Cell class re-exported by another project module
                tag = _class_tag(found.target)
                if tag:
                    return Val(CONST, tag, ref=found.target, init=attr.call)
        return UNKNOWNV

    def _call(self, n: ast.Call) -> Val:
        func = n.func
        args = [self.val(a) for a in n.args] + [self.val(k.value) for k in n.keywords]
        argkind = kinds_join(args)
        if isinstance(func, ast.Name) and func.id not in self.env:
            name = func.id
            if name in _CONST_BUILTINS and name not in self.names.aliases:
                return Val(CONST, "scalar" if name == "len" else "")
            if name in _SCALAR_BUILTINS and name not in self.names.aliases:
                return Val(argkind, "scalar")
            if name == "range":
                return Val(argkind, "range")
            if name in ("tuple", "list") and n.args:
                v = args[0]
                return Val(v.kind, v.tag if v.tag in ("shape", "tuple") else "tuple", v.elts)
            if name in ("zip", "enumerate", "reversed", "sorted", "map", "filter"):
                return Val(argkind, "tuple")
            if name in self.index.classes:
                info = self.index.classes[name]
                tag = {"cell": "cell", "jit_class": "jit_instance", "plain": "instance"}.get(info.kind, "")
                return Val(CONST if tag == "cell" else UNKNOWN, tag, ref=name, init=n)
            if name in self.index.functions:
                return self.module.call(self.index.functions[name], None, n, self)
        qualified = self.qualname(func)
        if qualified is not None:
            return self._qualified_call(n, qualified, args, argkind)
        op = self.op(n)
        if op is not None:
            if op.always_dynamic:
                return DATAV
            if op.form == "method":
                return Val(max(argkind, self.kind(func.value)))
            return Val(argkind)
        if isinstance(func, ast.Attribute):
            recv = self.val(func.value)
            meth = func.attr
            if isinstance(func.value, ast.Name) and func.value.id == "self" and self.owner is not None:
                found = self.index.method(self.owner, meth)
                if found is not None and meth not in self.owner.attrs:
                    return self._invoke(found, self.owner, n)
            if recv.tag == "jit_instance" or (recv.tag == "instance" and is_self_attr(func.value)):
                # a jit_class object, or a helper object the Cell keeps: MindSpore compiles its methods
                result = self._method_call(recv, meth, n)
                if result is not None:
                    return result
                if recv.tag == "jit_instance" and recv.ref in self.index.classes:
                    return Val(argkind if argkind != CONST else UNKNOWN)
            if meth == "size" and recv.tag not in ("instance", "jit_instance"):
                return Val(CONST, "scalar" if n.args else "shape")  # torch-style x.size() is the shape
            if meth in _SHAPE_METHODS:
                return Val(CONST, "scalar")
            if recv.kind == DATA:
                if meth in _TO_HOST:
                    return Val(DATA, "scalar" if meth == "item" else "np")
                if meth in ("bool",) or (meth in ("astype", "to") and n.args and "bool" in ast.unparse(n.args[0])):
                    return Val(DATA, "bool")
                return DATAV
            if recv.tag in ("cell", "prim"):
                return Val(argkind)
            if meth in ("shape", "Shape", "get_shape", "shape_op") and isinstance(func.value, ast.Name) \
                    and func.value.id == "self":
                return Val(CONST, "shape")  # self.shape = ops.Shape(), a common idiom
            callee = self.val(func)
            if callee.tag == "cell":
                return self._cell_call(callee, n, argkind)
            if callee.tag == "prim":
                return self._prim_call(callee, argkind)
            if callee.tag in ("instance", "jit_instance") and is_self_attr(func):
                result = self._method_call(callee, "__call__", n)  # self.helper(x)
                if result is not None:
                    return result
            if recv.kind == CONST and recv.tag not in ("instance", "jit_instance"):
                return Val(argkind) if args else UNKNOWNV
            return Val(max(recv.kind, argkind)) if argkind == DATA else UNKNOWNV
        if isinstance(func, ast.Name):
            bound = self.env.get(func.id)
            if bound is not None and bound.tag == "cell":
                return self._cell_call(bound, n, argkind)
            if bound is not None and bound.tag == "prim":
                return self._prim_call(bound, argkind)
            if bound is not None and bound.tag == "function":
                return Val(argkind)
        if isinstance(func, ast.Call):
            inner = self.qualname(func.func)
            if inner and last(inner) in _SHAPE_FUNCS:
                return Val(CONST, "shape" if last(inner) == "Shape" else "scalar")
            return Val(argkind)
        return Val(argkind) if argkind == DATA else UNKNOWNV

    def _method_call(self, obj: Val, meth: str, n: ast.Call) -> Optional[Val]:
        """Analyse ``obj.meth(...)`` for an object of a known class, of this module or another."""
        if not obj.ref:
            return None
        if obj.ref in self.index.classes:
            info = self.index.classes[obj.ref]
        else:
            definition = self.module.definition(obj.ref)
            if definition is None or definition.kind != "class":
                return None
            info = definition.info
        found = self.index.method(info, meth)
        return self._invoke(found, info, n) if found is not None else None

    def _invoke(self, found: Tuple[ast.FunctionDef, ClassInfo], owner: ClassInfo, n: ast.Call) -> Val:
        """Analyse a method bound to ``owner``, in the module that defines it."""
        fn, defining = found
        home = defining.index
        if home is None or home is self.index:
            return self.module.call(fn, owner, n, self, bound=True)
        return self.module.call_in(home, fn, owner, n, self, bound=True)

    def _foreign_call(self, n: ast.Call, qualified: str, argkind: int) -> Optional[Val]:
        """A function, or a Primitive object, defined in another module of the project."""
        definition = self.module.definition(qualified)
        if definition is None:
            return None
        if definition.kind == "function":
            return self.module.call_in(definition.index, definition.node, None, n, self)
        if definition.kind == "method" and _is_static(definition.node):
            return self.module.call_in(definition.index, definition.node, definition.info, n, self)
        if definition.kind == "value":
            op = self.op(n)
            if op is not None:
                return DATAV if op.always_dynamic else Val(argkind)
        return None

    def _cell_call(self, cell: Val, n: ast.Call, argkind: int) -> Val:
        info = self.index.classes.get(cell.ref.split(",")[0]) if cell.ref else None
        if info is not None and info.kind == "cell" and "," not in cell.ref:
            found = self.index.method(info, "construct")
            if found is not None:
                self.module.cell_called(found[0], info, n, self)
                return self.module.call(found[0], info, n, self, bound=True)
        elif cell.ref:
            for name in cell.ref.split(","):
                info = self.index.classes.get(name)
                found = self.index.method(info, "construct") if info is not None else None
                if found is not None:
                    self.module.cell_called(found[0], info, n, self)
        if cell.ref and self.index.project is not None:
            # Sub-Cells defined in other modules: what they do with these arguments,
            # reported here (their own file checks them with arguments it cannot see).
            names = [r for r in cell.ref.split(",") if "." in r and not is_mindspore(r)]
            results = []
            for name in names:
                definition = self.module.definition(name)
                if definition is not None and definition.kind == "class" and definition.info.kind == "cell":
                    found = self.index.method(definition.info, "construct")
                    if found is not None:
                        results.append(self._invoke(found, definition.info, n))
            if len(results) == 1 and "," not in cell.ref:
                return results[0]
        # What an unseen Cell returns is a tensor, or a tuple whose parts we cannot tell.
        return Val(argkind, "cellout")

    def _prim_call(self, prim: Val, argkind: int) -> Val:
        if last(prim.ref) in _SHAPE_FUNCS:
            return Val(CONST, "shape" if last(prim.ref) == "Shape" else "scalar")
        return Val(argkind)

    def _qualified_call(self, n: ast.Call, qualified: str, args: List[Val], argkind: int) -> Val:
        tail = last(qualified)
        if is_mindspore(qualified):
            if tail in _SHAPE_FUNCS and not tail[:1].isupper():
                return Val(CONST, "shape" if tail in ("shape", "get_shape") else "scalar")
            if qualified in ("mindspore.Tensor", "mindspore.tensor"):
                return Val(argkind)
            if tail in optable.SPARSE_TYPES:
                return Val(argkind, "sparse", ref=tail)
            fact = optable.sparse_function(tail)
            if fact is not None:
                return Val(max(argkind, DATA if fact.nnz_dynamic else CONST), "sparse", ref=tail)
            if tail[:1].isupper():
                tag = _class_tag(qualified)
                return Val(CONST, tag, ref=qualified, init=n)
            op = self.op(n)
            if op is not None and op.always_dynamic:
                return DATAV
            if tail in ("dyn_shape", "tensor_shape"):
                return DATAV
            if tail in ("cast",) and len(n.args) > 1 and "bool" in ast.unparse(n.args[1]):
                return Val(argkind, "bool")
            if tail in optable.BOOL_FUNCS:
                return Val(argkind, "bool")
            return Val(argkind)
        if self.index.project is not None:
            found = self._foreign_call(n, qualified, argkind)
            if found is not None:
                return found
        head = qualified.split(".")[0]
        if head == "numpy":
            return Val(argkind, "np")
        if head in ("math", "operator", "functools", "itertools"):
            return Val(argkind, "scalar" if head == "math" else "")
        return Val(argkind) if argkind == DATA else UNKNOWNV

    # --------------------------------------------------------------- ops
    def op(self, call: ast.Call) -> Optional["optable.OpCall"]:
        """The table entry this call invokes, with how its arguments map."""
        key = ("op", id(call))
        if key in self.memo:
            return self.memo[key]
        result = self.memo[key] = self._op(call)
        return result

    def _op(self, call: ast.Call) -> Optional["optable.OpCall"]:
        func = call.func
        qualified = self.qualname(func)
        if qualified is not None:
            if is_mindspore(qualified):
                tail = last(qualified)
                if tail[:1].isupper():
                    return None  # constructing a Primitive, not calling it
                entry = optable.function(tail, qualified)
                return optable.OpCall(entry, "function", call) if entry else None
            # `unique = ops.Unique()` at the top of another module of the project
            definition = self.module.definition(qualified)
            if definition is not None and definition.kind == "value":
                return _module_primitive(call, definition.node, definition.index.names)
            return None
        if isinstance(func, ast.Call):
            inner = self.qualname(func.func)
            if is_mindspore(inner):
                entry = optable.primitive(last(inner))
                return optable.OpCall(entry, "primitive", call, func) if entry else None
            return None
        callee = None
        if isinstance(func, ast.Name):
            callee = self.env.get(func.id)
            if callee is None and func.id in self.index.module_values and func.id not in self.globals_declared:
                # `unique = ops.Unique()` at the top of this module
                return _module_primitive(call, self.index.module_values[func.id], self.names)
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
            callee = self.env.get(f"self.{func.attr}") or (self.self_attr(func.attr) if self.owner else None)
        if callee is not None and callee.tag == "prim" and callee.ref:
            entry = optable.primitive(last(callee.ref))
            return optable.OpCall(entry, "primitive", call, callee.init) if entry else None
        if isinstance(func, ast.Attribute):
            recv = self.val(func.value)
            if recv.kind == DATA and recv.tag not in ("instance", "jit_instance", "np", "sparse"):
                entry = optable.method(func.attr)
                return optable.OpCall(entry, "method", call) if entry else None
        return None

    # -------------------------------------------------------- shape sigs
    def sig(self, node: ast.AST) -> object:
        """A structural description of an expression's shape, or None if unknown.

        Two equal signatures have equal shapes; see :func:`shapes_differ` for
        the cases where two different signatures provably differ.
        """
        if isinstance(node, ast.Name):
            return self.sigs.get(node.id)
        if isinstance(node, ast.BinOp):
            left, right = self.sig(node.left), self.sig(node.right)
            if left is not None and (right == left or (right is None and self.kind(node.right) == CONST)):
                return left
            if right is not None and left is None and self.kind(node.left) == CONST:
                return right
            return None
        if isinstance(node, ast.UnaryOp):
            return self.sig(node.operand)
        if isinstance(node, (ast.Tuple, ast.List)):
            return ("tuple",) + tuple(self.sig(e) for e in node.elts)
        if isinstance(node, ast.Subscript):
            base = self.sig(node.value)
            if base is None or self.val(node.value).kind != DATA:
                return None
            return ("slice", base, _slice_key(node.slice))
        if isinstance(node, ast.Call):
            op = self.op(node)
            if op is not None and op.always_dynamic:
                return ("dyn", id(node))
            cell = self._cell_sig(node)
            if cell is not None:
                return cell
            name = self._callee_name(node)
            if name is None:
                return None
            if name in optable.ELEMENTWISE and node.args:
                return self.sig(node.args[0]) if not isinstance(node.func, ast.Attribute) \
                    or self.names.qualname(node.func) else None
            if name in optable.CONCAT and node.args:
                parts = node.args[0]
                if isinstance(parts, (ast.Tuple, ast.List)):
                    return ("concat", tuple(self.sig(p) for p in parts.elts), _slice_key(node.args[1]) if len(node.args) > 1 else "")
            if name in ("pad",) and node.args:
                return ("pad", self.sig(node.args[0]), ast.dump(node.args[1]) if len(node.args) > 1 else "")
            if name in _FULL_REDUCTIONS:
                is_method = isinstance(node.func, ast.Attribute) and not self.names.qualname(node.func)
                plain = not node.keywords and len(node.args) == (0 if is_method else 1)
                base = self.sig(node.func.value) if is_method else (self.sig(node.args[0]) if node.args else None)
                if plain and base is not None:
                    return ("reduced", base)
                keep = any(k.arg in ("keep_dims", "keepdims", "keepdim") and not (
                    isinstance(k.value, ast.Constant) and not k.value.value) for k in node.keywords)
                if base is not None and not keep:
                    return ("reduced", base)  # fewer dimensions than its input
            if name in ("stack",) and node.args and isinstance(node.args[0], (ast.Tuple, ast.List)):
                parts = [self.sig(p) for p in node.args[0].elts]
                if parts and parts[0] is not None and all(p == parts[0] for p in parts):
                    return ("stack", parts[0], len(parts), _axis_key(node, 1))
            if name in ("expand_dims", "unsqueeze") and node.args:
                is_method = isinstance(node.func, ast.Attribute) and not self.names.qualname(node.func)
                base = self.sig(node.func.value) if is_method else self.sig(node.args[0])
                if base is not None:
                    return ("stack", base, 1, _axis_key(node, 0 if is_method else 1))
            if name in ("reshape", "view", "flatten") and node.args or name == "flatten":
                is_method = isinstance(node.func, ast.Attribute) and not self.names.qualname(node.func)
                base = self.sig(node.func.value) if is_method else (self.sig(node.args[0]) if node.args else None)
                shape_args = node.args if is_method else node.args[1:]
                literal = _literal_shape(shape_args[0]) if len(shape_args) == 1 else _literal_shape(
                    ast.Tuple(elts=list(shape_args), ctx=ast.Load())) if shape_args else None
                if literal is None and shape_args and all(isinstance(a, (ast.Constant, ast.UnaryOp)) for a in
                                                          (shape_args[0].elts if isinstance(shape_args[0], ast.Tuple)
                                                           else shape_args)):
                    literal = ast.dump(shape_args[0] if len(shape_args) == 1 else ast.Tuple(elts=list(shape_args)))
                if base is not None and (literal is not None or name == "flatten"):
                    return ("reshaped", base, literal)
            if name in _SHAPED_BUILDERS:
                shape = node.args[1] if name == "reshape" and len(node.args) > 1 else (
                    node.args[0] if name != "reshape" and node.args else None)
                literal = _literal_shape(shape)
                if literal is not None:
                    return ("shape", literal)
        return None

    def _cell_sig(self, node: ast.Call) -> object:
        """Shape signature of calling an nn Cell kept on self, when its class tells."""
        func = node.func
        if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                and func.value.id == "self" and self.owner is not None and node.args):
            return None
        attr = self.owner.attr(func.attr)
        if attr is None or attr.kind != "cell" or not attr.qualname.startswith("mindspore.nn."):
            return None
        cls = last(attr.qualname)
        base = self.sig(node.args[0])
        if base is None:
            return None
        if cls in optable.SHAPE_PRESERVING_CELLS:
            return base
        init = attr.call
        sizes = [a.value for a in (init.args[:2] if init is not None else [])
                 if isinstance(a, ast.Constant) and type(a.value) is int]
        if cls in optable.SHAPE_CHANGING_CELLS:
            kernel = sizes[0] if sizes else None
            if cls.startswith(("MaxPool", "AvgPool")) and kernel in (None, 1):
                return None  # MindSpore's pooling defaults (kernel 1, stride 1) keep the shape
            return ("cell", func.attr, base)
        if cls in ("Dense", "Conv1d", "Conv2d", "Conv3d") and len(sizes) == 2:
            return base if sizes[0] == sizes[1] and cls == "Dense" else ("cell", func.attr, base)
        return None

    def _callee_name(self, call: ast.Call) -> Optional[str]:
        qualified = self.qualname(call.func)
        if is_mindspore(qualified):
            return last(qualified)
        if isinstance(call.func, ast.Attribute) and self.kind(call.func.value) == DATA:
            return call.func.attr  # tensor method
        return None


_FULL_REDUCTIONS = frozenset({"sum", "mean", "max", "min", "prod", "amax", "amin", "all", "any", "norm",
                              "reduce_sum", "reduce_mean", "reduce_max", "reduce_min"})
_SHAPED_BUILDERS = frozenset({"reshape", "zeros", "ones", "empty"})


def _axis_key(call: ast.Call, position: int) -> str:
    def key(node):
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return str(node.value)
        return ast.dump(node)

    for kw in call.keywords:
        if kw.arg in ("axis", "dim"):
            return key(kw.value)
    if len(call.args) > position:
        return key(call.args[position])
    return "0"


def _literal_shape(node) -> Optional[Tuple[int, ...]]:
    """A shape written as a tuple of non-negative int literals, or None."""
    if isinstance(node, (ast.Tuple, ast.List)) and node.elts and all(
            isinstance(e, ast.Constant) and type(e.value) is int and e.value >= 0 for e in node.elts):
        return tuple(e.value for e in node.elts)
    return None


def _slice_key(node: ast.AST) -> object:
    if isinstance(node, ast.Slice):
        lower = _int(node.lower, 0)
        upper = _int(node.upper, None)
        if node.step is None and lower is not None and upper is not None and lower >= 0 and upper >= 0:
            return ("len", max(upper - lower, 0))
        if node.lower is None and node.upper is None and node.step is None:
            return ("all",)
        return ("expr", ast.dump(node))
    if isinstance(node, ast.Tuple):
        return ("tuple",) + tuple(_slice_key(e) for e in node.elts)
    if isinstance(node, ast.Constant):
        if node.value is Ellipsis:
            return ("ellipsis",)
        if node.value is None:
            return ("all",)  # x[None] adds a dimension, reported as unknown change
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ("index", node.value)
    return ("expr", ast.dump(node))


def _int(node, default):
    if node is None:
        return default
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    return None


def shapes_differ(a: object, b: object) -> bool:
    """True only when the two signatures provably have different shapes."""
    if a is None or b is None or a == b:
        return False
    if _is_dyn(a) != _is_dyn(b):
        return True
    if a[0] == "tuple" and b[0] == "tuple":
        return len(a) != len(b) or any(shapes_differ(x, y) for x, y in zip(a[1:], b[1:]))
    if (a[0] == "tuple") != (b[0] == "tuple"):
        return False  # a type mismatch, reported by its own rule
    for x, y in ((a, b), (b, a)):
        if x[0] == "slice" and x[1] == y and _changes(x[2]):
            return True
        if x[0] == "concat" and y in x[1] and len(x[1]) > 1:
            return True
        if x[0] == "pad" and x[1] == y:
            return True
    if a[0] == b[0] == "slice" and a[1] == b[1]:
        ka, kb = a[2], b[2]
        if ka[0] == kb[0] == "len":
            return ka[1] != kb[1]
    if a[0] == b[0] == "shape":
        return a[1] != b[1]
    if a[0] == b[0] == "reshaped" and a[1] == b[1] and isinstance(a[2], tuple) and isinstance(b[2], tuple):
        return a[2] != b[2]  # two explicit shapes of the same value
    if a[0] == b[0] == "stack" and a[1] == b[1] and a[3] == b[3]:
        return a[2] != b[2]  # stacking n copies versus m along the same new axis
    for x, y in ((a, b), (b, a)):
        if x[0] in ("stack", "reshaped") and x[1] == y:
            return True  # a new axis, or an explicit reshape, of the same value
        if x[0] == "reduced" and x[1] == y:
            return True  # a reduction drops dimensions of its input
        if x[0] == "cell" and x[2] == y:
            return True  # pooling, flattening, or a Dense/Conv changing the size
    if a[0] == b[0] == "concat" and a[2] == b[2] and all(p is not None for p in a[1] + b[1]):
        # one joins strictly more parts than the other, say (a, b, a) against (a, b)
        more, fewer = Counter(a[1]), Counter(b[1])
        if (more - fewer and not fewer - more) or (fewer - more and not more - fewer):
            return True
    return False


def _changes(key) -> bool:
    """Does indexing with this key change the shape of what it indexes?"""
    if key[0] in ("all", "ellipsis"):
        return False
    if key[0] == "tuple":
        return any(_changes(k) for k in key[1:])
    # a constant slice, an integer index (drops a dimension), or a slice expression
    return key[0] in ("len", "index") or (key[0] == "expr" and "Slice" in key[1])


def _is_dyn(sig) -> bool:
    if not isinstance(sig, tuple):
        return False
    if sig and sig[0] == "dyn":
        return True
    return any(_is_dyn(part) for part in sig[1:] if isinstance(part, tuple))


def _join_env(a: Dict[str, Val], b: Dict[str, Val]) -> Dict[str, Val]:
    out = dict(a)
    for name, v in b.items():
        old = out.get(name)
        out[name] = v if old is None else join(old, v)
    return out


def _join_sigs(a: Dict[str, object], b: Dict[str, object], where: int = 0) -> Dict[str, object]:
    """Signatures after two paths meet.

    Equal ones survive; different known ones become a fresh opaque shape
    (some fixed shape, the same for every later use of the name), so that
    ``y = x[:2]`` after the join still differs from ``y``.
    """
    out = {}
    for name in set(a) | set(b):
        left, right = a.get(name), b.get(name)
        if left == right:
            out[name] = left
        elif left is None or right is None:
            out[name] = None
        else:
            out[name] = ("j", name, where)
    return out


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


class ModuleAnalysis:
    """Drives the analysis of every graph root of one module and its callees.

    Helpers are analysed when they are called, with the caller's argument
    values, and give back the join of what they return. A Cell used as a
    sub-module of another Cell in the same file takes its construct
    arguments from those call sites; only top-level Cells see tensor data in
    every parameter.
    """

    MAX_DEPTH = 12
    # A helper of this module reports at its own lines, so one analysis with the
    # join of every caller's arguments serves them all. (Other modules' helpers
    # report at each caller's line: they are analysed per distinct arguments.)
    JOIN_CALLERS = True

    def __init__(self, index: ModuleIndex, checks, level: str, device: Optional[str]):
        self.index = index
        self.checks = checks
        self.level = level
        self.device = device
        self.hits: Dict[tuple, Tuple[Hit, str]] = {}
        self._results: Dict[tuple, Tuple[Dict[str, Val], Val]] = {}
        self._active: set = set()
        self._cell_params: Dict[str, Dict[str, Val]] = {}
        self.depth = 0
        self.stack: List[str] = []  # helpers being analysed, outermost first (for call chains)
        self._foreign: Dict[int, "ForeignAnalysis"] = {}  # by id of the other module's index
        self._sites: List[Tuple[ast.Call, str]] = []  # calls into other modules being followed

    def report(self, hit: Hit, scope: str) -> None:
        line = hit.line or getattr(hit.node, "lineno", 1)
        key = (hit.code, line, getattr(hit.node, "col_offset", 0))
        if key not in self.hits:
            self.hits[key] = (hit, scope)

    def run(self) -> List[Tuple[Hit, str]]:
        roots = []
        for info in self._cells_parents_first():
            for name, fn in info.methods.items():
                if name == "construct" or _is_jit(fn, self.index.names):
                    roots.append((fn, info, f"{info.qualname}.{name}"))
            if "construct" not in info.methods:
                inherited = self.index.method(info, "construct")
                if inherited is not None and inherited[1].index in (None, self.index):
                    # the base's construct, run with this class's methods and attributes
                    roots.append((inherited[0], info, f"{info.qualname}.construct"))
        for info in self.index.classes.values():
            if info.kind != "cell":
                for name, fn in info.methods.items():
                    if _is_jit(fn, self.index.names):
                        roots.append((fn, info, f"{info.qualname}.{name}"))
        for fn, qualname in self.index.jit_functions:
            roots.append((fn, None, qualname))
        for fn, owner, scope in roots:
            if (id(fn), owner.name if owner else "") in self._results:
                continue  # already analysed with the arguments its parent Cell passes
            params = {}
            called = self._cell_params.get(owner.name) if owner is not None and fn.name == "construct" else None
            entry = owner.name if owner is not None and fn.name == "construct" else (fn.name if owner is None else "")
            if called is None and entry in self.index.call_args:
                called = self._visible_arguments(fn, owner, self.index.call_args[entry])
            sub_cell = owner is not None and owner.name in self.index.sub_cells
            for position, (arg, default, annotation) in enumerate(_params_with_defaults(fn)):
                if arg == "self" and owner is not None:
                    continue
                if called is not None and arg in called:
                    params[arg] = called[arg]
                else:
                    params[arg] = _param_val(default, annotation, arg)
                    # A sub-Cell called where we cannot see: its extra arguments are
                    # as likely Python sizes as tensors.
                    unsure = (sub_cell and called is None and position > (1 if owner else 0)) \
                        or arg in _SIZE_NAMES
                    if params[arg].kind == DATA and unsure and annotation is None:
                        params[arg] = UNKNOWNV
            FunctionAnalysis(self, fn, owner, params, scope, True).run()
        # Analyses of other modules point back here: no cycle may outlive the run
        # (the collector is paused while files are checked).
        open_ = [self]
        while open_:
            analysis = open_.pop()
            open_.extend(analysis._foreign.values())
            analysis._foreign.clear()
        return sorted(self.hits.values(), key=lambda item: (getattr(item[0].node, "lineno", 0),))

    def _visible_arguments(self, fn, owner, calls) -> Optional[Dict[str, Val]]:
        """Parameter values from the calls this file makes to a graph entry."""
        names = [n for n, _, _ in _params_with_defaults(fn)]
        if owner is not None and names[:1] == ["self"]:
            names = names[1:]
        merged: Dict[str, Val] = {}
        for args in calls:
            for name, arg in zip(names, args):
                val = _literal_val(arg, self.index.names)
                if val is None:
                    continue
                merged[name] = val if name not in merged else join(merged[name], val)
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
        params = _bind_call(fn, call, caller, bound=True)
        old = self._cell_params.get(info.name)
        if old is not None:
            params = {name: join(old.get(name, UNKNOWNV), v) for name, v in params.items()}
        self._cell_params[info.name] = params

    def call(self, fn: ast.FunctionDef, owner: Optional[ClassInfo], call: ast.Call,
             caller: "FunctionAnalysis", bound: bool = False) -> Val:
        """Analyse a helper with the caller's arguments; return what it returns."""
        key = (id(fn), owner.name if owner else "")
        params = _bind_call(fn, call, caller, bound)
        if not self.JOIN_CALLERS:
            key += (tuple(sorted(params.items())),)
        cached = self._results.get(key)
        if cached is not None:
            old_params, result = cached
            merged = {name: join(old_params.get(name, UNKNOWNV), v) for name, v in params.items()}
            if merged == old_params:
                self._replay(key)  # what it found, reported again for this caller
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
            analysis.call_site = call
            self._begin(key)
            self.stack.append(_label(fn, owner, self.index))
            try:
                analysis.run()
            finally:
                self.stack.pop()
                self._end()
            returned = [r.val for r in analysis.returns]
            result = join(*returned) if returned else CONSTV
            if "yield" in self.index.source and first_yield(fn) is not None:
                result = UNKNOWNV
        finally:
            self.depth -= 1
            self._active.discard(key)
        self._results[key] = (params, result)
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

    def receive(self, code: str, fmt: Dict[str, str], chain: Tuple[str, ...],
                related: Tuple[Tuple[str, int], ...]) -> None:
        """A hazard found in another module: reported at the call that leads there."""
        site, scope = self._sites[-1]
        self.report(Hit(code, site, dict(fmt), via=" → ".join(chain), related=related), scope)

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
        self.receive(hit.code, hit.fmt, (_describe(hit.node),), ((self.index.path, line),))

    def receive(self, code, fmt, chain, related) -> None:
        chain = tuple(self.stack) + tuple(chain)
        for key, depth in self._recording:
            self._recorded[key].append((code, fmt, chain[depth:], related))
        self.parent.receive(code, fmt, chain, related)

    def _begin(self, key) -> None:
        self._recorded[key] = []
        self._recording.append((key, len(self.stack)))

    def _end(self) -> None:
        self._recording.pop()

    def _replay(self, key) -> None:
        for code, fmt, chain, related in list(self._recorded.get(key, ())):
            self.receive(code, fmt, chain, related)


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
    return text if len(text) <= 40 else text[:37] + "..."


def _label(fn: ast.FunctionDef, owner: Optional[ClassInfo], index: ModuleIndex) -> str:
    """How a call chain names a helper: ``positives()``, or ``Detector.keep_positive()``
    after the class that defines the method (a base, maybe)."""
    if owner is None:
        return f"{fn.name}()"
    found = index.method(owner, fn.name)
    defining = found[1] if found is not None and found[0] is fn else owner
    return f"{defining.name}.{fn.name}()"


def _class_tag(qualified: str) -> str:
    """What instances of a MindSpore class are to the analysis: ``prim`` (ops, mint),
    ``cell`` (nn) or nothing known."""
    parts = qualified.split(".")
    prefix = parts[1] if len(parts) > 2 else ""
    return "prim" if prefix in ("ops", "mint") else ("cell" if prefix == "nn" else "")


def _is_static(fn: ast.FunctionDef) -> bool:
    """A ``@staticmethod``: called through its class, it takes no ``self``."""
    return any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in fn.decorator_list)


def _module_primitive(call: ast.Call, value: ast.expr, names) -> Optional["optable.OpCall"]:
    """``op(x)`` where ``op = ops.Unique()`` is bound once at module level."""
    if not isinstance(value, ast.Call):
        return None
    qualified = names.qualname(value.func)
    if not is_mindspore(qualified) or not last(qualified)[:1].isupper():
        return None
    entry = optable.primitive(last(qualified))
    return optable.OpCall(entry, "primitive", call, value) if entry else None


def _is_jit(fn: ast.FunctionDef, names) -> bool:
    return any(names.qualname(d.func if isinstance(d, ast.Call) else d) in ("mindspore.jit",)
               for d in fn.decorator_list)


_TENSOR_FACTORIES = {"mindspore.Tensor", "mindspore.tensor", "mindspore.Parameter", "mindspore.mutable",
                     "mindspore.COOTensor", "mindspore.CSRTensor"}


def _literal_val(node: ast.expr, names) -> Optional[Val]:
    """What a visible call argument is: a Python value, a tensor, or unknown (None)."""
    if isinstance(node, ast.Constant):
        return Val(CONST, "scalar")
    if isinstance(node, (ast.Tuple, ast.List)) and all(isinstance(e, ast.Constant) for e in node.elts):
        return Val(CONST, "tuple")
    if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
        return Val(CONST, "scalar")
    if isinstance(node, ast.Call) and names.qualname(node.func) in _TENSOR_FACTORIES:
        text = ast.unparse(node)
        is_bool = "bool" in text or ("True" in text and "False" in text and "dtype" not in text)
        return Val(DATA, "bool" if is_bool else "")
    return None


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
    "patch_size", "stride", "input_shape", "output_shape", "feature_size",
})

_PYTHON_ANNOTATIONS = {"int", "float", "bool", "str", "tuple", "list", "dict", "Tuple", "List", "Dict",
                       "Sequence", "Optional[int]", "Optional[float]", "Optional[bool]", "Optional[str]"}


def _param_val(default, annotation=None, name: str = "") -> Val:
    """A graph entry's parameter: tensor data unless its default or annotation says it is a Python value."""
    if default is None and annotation is None and "mask" in name.lower():
        return Val(DATA, "bool")
    if isinstance(default, ast.Constant) and isinstance(default.value, (bool, int, float, str)):
        return Val(CONST, "scalar")
    if annotation is not None:
        text = ast.unparse(annotation) if not isinstance(annotation, ast.Constant) else str(annotation.value)
        base = text.split("[")[0].rsplit(".", 1)[-1]
        if text in _PYTHON_ANNOTATIONS or base in ("int", "float", "bool", "str", "Tuple", "List", "Dict",
                                                   "tuple", "list", "dict", "Sequence"):
            return Val(CONST, "scalar" if base in ("int", "float", "bool") else "")
    return DATAV


def _bind_call(fn: ast.FunctionDef, call: ast.Call, caller: FunctionAnalysis, bound: bool) -> Dict[str, Val]:
    names = [(n, d) for n, d, _ in _params_with_defaults(fn)]
    if bound and names and names[0][0] in ("self", "cls"):
        names = names[1:]
    params: Dict[str, Val] = {}
    positional = [n for n, _ in names if n not in (fn.args.vararg.arg if fn.args.vararg else None,)]
    for i, arg in enumerate(call.args):
        if isinstance(arg, ast.Starred):
            break
        if i < len(positional):
            params[positional[i]] = caller.val(arg)
    for kw in call.keywords:
        if kw.arg is not None:
            params[kw.arg] = caller.val(kw.value)
    for name, default in names:
        if name not in params:
            params[name] = CONSTV if default is not None else UNKNOWNV
    return params
