"""What MindSpore compiles: Cells, their construct and what it reaches,
``@jit`` functions and ``@jit_class`` methods.

This module indexes one file: its classes (Cell, jit_class, plain), the
attributes their ``__init__`` stores on ``self``, module-level functions, and
the graph roots. Which helpers a root reaches is discovered while values are
analysed (``values``), because that is where call arguments are known.
"""
from __future__ import annotations

import ast
import bisect
import re
import weakref
from dataclasses import dataclass, field, replace
from typing import Dict, Iterable, Iterator, List, Optional, Tuple

from .astwalk import parent_map, walk
from .library_cells import CELLS as LIBRARY_CELLS, CELL_ATTRIBUTES, NOT_CELLS as LIBRARY_NOT_CELLS
from .names import Names, is_mindspore, last

# A name followed by `(`: a call (or a def/class head) by a name, not an attribute.
# `_calls_of_names` finds the same without the pattern (the tests compare them).
_CALLED_NAME = re.compile(r"(?<![\w.])([A-Za-z_]\w*)\s*\(")
# (Both start with the literal `s`, whose word boundary is a look-behind: a leading `\b` makes
# the engine try every position of the text, ten times slower; the same matches.)
SELF_CALL = re.compile(r"s(?<!\ws)elf\.(\w+)\s*\(")
# `self.x =`, `self.x +=`, `self.x: int =`, and `self.x` as one of several targets
_SELF_STORE = re.compile(r"s(?<!\ws)elf\.(\w+)\s*(?::[^=\n]*)?(?:[-+*/%&|^@]|//|\*\*|<<|>>)?=(?!=)")

CELL_BASES = {"mindspore.nn.Cell", "mindspore.nn.GraphCell"}
JIT_DECORATORS = {"mindspore.jit", "mindspore.ms_function"}
JIT_CLASS_DECORATORS = {"mindspore.jit_class"}
_JIT_TAILS = {last(name) for name in JIT_DECORATORS}


def is_library_cell(qualified: Optional[str]) -> bool:
    """Is a qualified name one of MindSpore's own Cell classes (``nn.Cell``, ``nn.Dense``)?"""
    if qualified in CELL_BASES:
        return True
    if not qualified or not qualified.startswith("mindspore."):
        return False
    # by any path it is imported from: `experimental.optim.Optimizer`, `nn.optim.adam.Adam`
    module, _, name = qualified.rpartition(".")
    if name in LIBRARY_CELLS.get(module, ()):
        return True
    if name in LIBRARY_NOT_CELLS.get(module, ()):
        return False  # `nn.CosineSimilarity` is a metric
    # Classes of a MindSpore newer than the table: every public class directly under
    # `nn` or `mint.nn` whose name is capitalised is a layer
    return module in ("mindspore.nn", "mindspore.mint.nn") and name[:1].isupper()


def _tail(func: ast.expr, names: Names) -> str:
    """The last component of the qualified name ``func`` would have (or ""), without building
    it: a cheap test before ``names.qualname`` for the few names a statement is checked for."""
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        target = names.aliases.get(func.id)
        return target.rsplit(".", 1)[-1] if target else ""
    return ""


@dataclass
class Attr:
    """What ``__init__`` stored on ``self.<name>``."""

    kind: str  # primitive | cell | param | const | instance | tensor | unknown
    qualname: str = ""
    call: Optional[ast.Call] = None
    cls: str = ""
    # The Python value (a 1-tuple) when it is known: set once in __init__ from a
    # literal, or from an __init__ argument's default that no visible call overrides.
    known: Optional[tuple] = None
    # The __init__ argument it was stored from (``self.bound = bound``), if any: what it
    # holds (a Python number or a Parameter) depends on the caller.
    from_arg: str = ""
    # What an attribute of no known kind was set to (``ops.unique``, ``[ops.unique, ops.abs]``):
    # a stored op reference is called later as ``self.uniq(x)`` or ``self.steps[0](x)``.
    node: Optional[ast.expr] = field(default=None, compare=False)
    # The value ``__init__`` gave it when another method changes it later (``self.prev = None``,
    # then ``self.prev = x`` in construct): what a read before that change sees while compiling.
    init_known: Optional[tuple] = field(default=None, compare=False)
    # A Parameter ``__init__`` may leave None (``self.weight = None``, then a Parameter stored
    # under a condition, or ``Parameter(...) if flag else None``): ``is None`` of it is not
    # decided, as for a sub-Cell in the same place
    maybe_none: bool = field(default=False, compare=False)


# MindSpore functions that make a Tensor of a given shape from constants
_TENSOR_MAKERS = frozenset(f"mindspore.{module}.{name}" for module in ("ops", "numpy", "mint")
                           for name in ("zeros", "ones", "full", "eye", "arange", "fill"))


@dataclass
class ClassInfo:
    node: ast.ClassDef
    kind: str = "plain"  # cell | jit_class | plain | other
    methods: Dict[str, ast.FunctionDef] = field(default_factory=dict)
    attrs_known: Optional[Dict[str, Attr]] = field(default=None, repr=False)
    inherited: Optional[Dict[str, Optional[Attr]]] = field(default=None, repr=False)
    bases: List[str] = field(default_factory=list)  # same-module base class names
    qualname: str = ""
    # Bases defined in other project modules (qualified names), and the index this class is in
    # (held weakly: a cycle would keep every module's tree alive while the collector is paused).
    foreign_bases: List[str] = field(default_factory=list)
    index_ref: Optional["weakref.ref"] = field(default=None, repr=False, compare=False)
    # __init__ and the methods it calls; the attributes other methods store (computed once)
    init_chain: Optional[List[ast.FunctionDef]] = field(default=None, repr=False, compare=False)
    set_outside_init: Optional[set] = field(default=None, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.node.name

    @property
    def index(self) -> Optional["ModuleIndex"]:
        return self.index_ref() if self.index_ref is not None else None

    def attr(self, name: str) -> Optional[Attr]:
        """``self.<name>`` as ``__init__`` left it, bases in other modules included."""
        found = self.attrs.get(name)
        if found is None and self.index is not None and (self.foreign_bases or self.bases):
            if self.inherited is None:
                self.inherited = {}
            if name not in self.inherited:
                self.inherited[name] = self.index.inherited_attr(self, name)
            found = self.inherited[name]
        return found

    @property
    def attrs(self) -> Dict[str, Attr]:
        """What ``__init__`` (this class's and its bases') stores on ``self``; read when first asked
        (a module imported for one helper never needs its other classes' attributes)."""
        if self.attrs_known is None:
            index = self.index
            self.attrs_known = index._init_attrs(self, set()) if index is not None else {}
        return self.attrs_known


def _function_defs(body: Iterable[ast.stmt]) -> Iterator[ast.FunctionDef]:
    for stmt in body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield stmt


def _walk_statements(body: List[ast.stmt]) -> Iterator[Tuple[ast.stmt, str]]:
    """Every statement with the dotted qualified prefix of where it sits.

    Iterative so that deeply nested code cannot exhaust the stack.
    """
    stack = [(stmt, "") for stmt in reversed(body)]
    blocks_of = _BLOCKS
    while stack:
        node, prefix = stack.pop()
        yield node, prefix
        kind = type(node)
        blocks = blocks_of.get(kind)
        if blocks is None:
            blocks = _blocks(kind)
        if not blocks:
            continue  # a simple statement (most of them)
        if kind is ast.ClassDef:
            inner = f"{prefix}{node.name}."
            stack.extend((s, inner) for s in reversed(node.body))
        elif kind is ast.FunctionDef or kind is ast.AsyncFunctionDef:
            inner = f"{prefix}{node.name}.<locals>."
            stack.extend((s, inner) for s in reversed(node.body))
        else:
            for name in blocks:
                block = getattr(node, name, None)
                if name == "handlers" or name == "cases":
                    for clause in block or ():
                        stack.extend((s, prefix) for s in reversed(clause.body))
                elif isinstance(block, list):
                    stack.extend((s, prefix) for s in reversed(block) if isinstance(s, ast.stmt))


# each statement type's fields that hold statements: () for a simple statement
_BLOCKS: Dict[type, Tuple[str, ...]] = {}


def _blocks(kind: type) -> Tuple[str, ...]:
    found = _BLOCKS[kind] = tuple(name for name in ("body", "orelse", "finalbody", "handlers", "cases")
                                  if name in kind._fields)
    return found


def _script_arguments(args: List[ast.expr]) -> List[ast.expr]:
    """A call in a module's script code (a `__main__` test) is one caller among others the
    project may have: its Python numbers and strings count, but a `None` it passes and the
    defaults it leaves say nothing of what the others pass (the trailing `*` tells the reader
    of these arguments not to fill in defaults)."""
    kept = [ast.Name(id="<script-none>", ctx=ast.Load()) if isinstance(a, ast.Constant) and a.value is None
            else a for a in args]
    return kept + [ast.Starred(value=ast.Name(id="<script>", ctx=ast.Load()), ctx=ast.Load())]


# An argument a Cell's own Python method computes from Python values (see ``_python_side``)
_PYTHON_VALUE = ast.Name(id="<python-value>", ctx=ast.Load())


def _python_side(body: List[ast.stmt], info: "ClassInfo"):
    """A test of what a Cell's Python method passes when it runs the Cell: a Python value when it
    is a literal, a loop variable over ``range()``, a literal or a config attribute, a config
    attribute itself (``self.stages`` set from ``opt.stages`` in ``__init__``), or arithmetic of
    those. Anything else (the images it passes) is left as it is."""
    init = info.methods.get("__init__")
    init_params = {a.arg for a in init.args.args[1:] + init.args.kwonlyargs} if init is not None else set()

    def config_attr(node: ast.expr) -> bool:
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"):
            return False
        attr = info.attrs.get(node.attr)
        if attr is None:
            return False
        if attr.kind in ("const", "none"):
            return True
        held = attr.node
        return attr.kind == "unknown" and isinstance(held, ast.Attribute) and isinstance(held.value, ast.Name) \
            and held.value.id in init_params

    loop_names: set = set()

    def python(node: ast.expr) -> bool:
        if isinstance(node, ast.Constant):
            return True
        if isinstance(node, (ast.Tuple, ast.List)):
            return all(python(e) for e in node.elts)
        if isinstance(node, ast.Name):
            return node.id in loop_names
        if isinstance(node, ast.BinOp):
            return python(node.left) and python(node.right)
        if isinstance(node, ast.UnaryOp):
            return python(node.operand)
        return config_attr(node)

    def iterates_python(node: ast.expr) -> bool:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range":
            return all(python(a) for a in node.args)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "enumerate":
            return bool(node.args) and iterates_python(node.args[0])
        return python(node)

    rebound = set()
    for stmt, _ in _walk_statements(body):
        if isinstance(stmt, ast.For) and iterates_python(stmt.iter):
            loop_names.update(n.id for n in walk(stmt.target) if isinstance(n, ast.Name))
        elif isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For, ast.With)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else \
                [item.optional_vars for item in stmt.items if item.optional_vars] if isinstance(stmt, ast.With) \
                else [stmt.target]
            rebound.update(n.id for t in targets for n in walk(t) if isinstance(n, ast.Name))
    loop_names -= rebound
    return python


def one_target_assignment(fn: ast.AST, name: ast.Name) -> Optional[ast.Assign]:
    """The assignment with one target that binds ``name`` (a ``Name`` node of ``fn``): as that
    target, or as an item of its tuple (``h, w = x.shape[-2:]``). Looked up in a table of the
    function's one-target assignments, built on first use and kept on its node."""
    table = getattr(fn, "_msgl_one_target_assignments", None)
    if table is None:
        table = {}
        for stmt in walk(fn):
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                target = stmt.targets[0]
                table[id(target)] = stmt
                for item in target.elts if isinstance(target, ast.Tuple) else ():
                    table[id(item)] = stmt
        fn._msgl_one_target_assignments = table
    return table.get(id(name))


def first_yield(fn: ast.AST):
    """The first ``yield`` of a function itself (not of functions nested in it), or None.

    A function with one is a generator, which graph code cannot call.
    """
    stack = list(reversed(fn.body))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        stack.extend(reversed(list(ast.iter_child_nodes(node))))
    return None


def is_self_attr(node: ast.AST) -> bool:
    """``self.<name>``."""
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"


# list methods that put their arguments in the list
def names_computed_from(fn: ast.AST, after: int, seeded) -> Dict[str, int]:
    """The local names that plain assignments after line ``after`` (in line order) bind to a value
    holding a node ``seeded`` accepts, or reading a name so bound before, each with the line of its
    first such binding: what is computed from a value (a field the interpreter holds, an empty
    Tensor) further down the function."""
    found: Dict[str, int] = {}
    for stmt in sorted((n for n in walk(fn) if isinstance(n, ast.Assign) and n.lineno > after),
                       key=lambda n: n.lineno):
        if any(seeded(n) or isinstance(n, ast.Name) and n.id in found for n in walk(stmt.value)):
            for target in stmt.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, stmt.lineno)
    return found


LIST_FILLS = frozenset({"append", "extend", "insert"})


def filled_list(node: ast.AST, methods=LIST_FILLS) -> Optional[str]:
    """The local list a call fills in place (``xs.append(t)``: ``xs``), if it is one."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in methods \
            and isinstance(node.func.value, ast.Name):
        return node.func.value.id
    return None


def decorator_name(names: Names, dec: ast.expr) -> Optional[str]:
    target = dec.func if isinstance(dec, ast.Call) else dec
    return names.qualname(target)


def is_static_method(fn: ast.FunctionDef) -> bool:
    """A ``@staticmethod``: called through its class, it takes no ``self``."""
    return any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in fn.decorator_list)


def is_context_manager_factory(fn: ast.FunctionDef) -> bool:
    """A ``@contextmanager`` generator: graph code can only enter it in a ``with``, which MindSpore
    refuses (MSG502) before it looks at the generator's body."""
    for dec in fn.decorator_list:
        target = dec.func if isinstance(dec, ast.Call) else dec
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name in ("contextmanager", "asynccontextmanager"):
            return True
    return False


class ModuleIndex:
    """Classes, functions and graph roots of one module."""

    def __init__(self, tree: ast.Module, names: Names, extra_cell_bases: Iterable[str] = (), source: str = "",
                 project=None, root: str = "", path: str = "", module_name: str = ""):
        self.tree = tree
        self.module_name = module_name
        self.source = source
        self.project = project  # resolves names from other modules (CLI and pylint)
        self.root = root
        self.path = path
        self.names = names
        self.extra_bases = set(extra_cell_bases)
        self.classes: Dict[str, ClassInfo] = {}
        self.functions: Dict[str, ast.FunctionDef] = {}
        self.jit_functions: List[Tuple[ast.FunctionDef, str]] = []
        self.globals: set = set()
        self.module_values: Dict[str, ast.expr] = {}  # `name = <expr>` at module level, bound once
        self.namedtuples: set = set()
        wrapped: List[str] = []
        self._by_line: Optional[List[ast.stmt]] = None  # every statement by first line (when asked)
        self._starts: List[int] = []
        for node, prefix in _walk_statements(tree.body):
            if isinstance(node, ast.ClassDef):
                info = ClassInfo(node=node, qualname=prefix + node.name, index_ref=weakref.ref(self))
                # Later definitions win, as at run time.
                self.classes[node.name] = info
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if not prefix:
                    self.functions[node.name] = node
                if not prefix.endswith(".") or "<locals>" in prefix or not prefix:
                    if any(decorator_name(names, d) in JIT_DECORATORS for d in node.decorator_list):
                        if not prefix or "<locals>" in prefix:
                            self.jit_functions.append((node, prefix + node.name))
            elif isinstance(node, (ast.Assign, ast.Expr, ast.Return)):
                value = node.value
                if isinstance(value, ast.Call) and _tail(value.func, names) in _JIT_TAILS \
                        and names.qualname(value.func) in JIT_DECORATORS:
                    if value.args and isinstance(value.args[0], ast.Name):
                        wrapped.append(value.args[0].id)
            if not prefix and isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                    and _tail(node.value.func, names) in ("namedtuple", "NamedTuple") \
                    and names.qualname(node.value.func) in ("collections.namedtuple", "typing.NamedTuple"):
                self.namedtuples.update(t.id for t in node.targets if isinstance(t, ast.Name))
            if not prefix and isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        if target.id in self.globals:
                            self.module_values.pop(target.id, None)  # bound twice: unsure
                        elif node.value is not None and len(targets) == 1:
                            self.module_values[target.id] = node.value
                        self.globals.add(target.id)
        seen = {id(fn) for fn, _ in self.jit_functions}
        for name in wrapped:
            fn = self.functions.get(name)
            if fn is not None and id(fn) not in seen:
                self.jit_functions.append((fn, name))
                seen.add(id(fn))
        self._classify()
        self._call_args: Optional[Dict[str, List[List[ast.expr]]]] = None
        self._calls_by_class: Optional[Dict[str, List[ast.Call]]] = None
        self._class_call_spans: Optional[List[Tuple[str, int, int, int]]] = None
        self._lines: Optional[List[str]] = None
        self._only_called_cache: Dict[str, bool] = {}
        self._evaluation_only: Optional[frozenset] = None
        self._factories: Optional[Dict[str, frozenset]] = None
        self._factory_callers: Dict[str, set] = {}  # class -> the parameters its __init__ calls

    @property
    def call_args(self) -> Dict[str, List[List[ast.expr]]]:
        """Arguments this file's own code passes to its graph entries (see ``_factory_calls``)."""
        if self._call_args is None:
            self._call_args = self._factory_calls()
        return self._call_args

    # -- visible call sites ---------------------------------------------
    def _factory_calls(self) -> Dict[str, List[List[ast.expr]]]:
        """Arguments a graph entry is called with by code in this file.

        Two shapes are read: probe factories (``return Net(), (x, 2)``) and
        direct calls (``Net()(x, 2)``, ``net = Net(); net(x, 2)``,
        ``net.construct(x, 2)``, keywords mapped to their positions) in
        module-level functions, in the script code at module level, and in a
        Cell's own Python methods (``self.construct(x, stage=s + 1)`` in
        ``predict``). They tell which construct arguments are Python values
        (folded while compiling) and which are tensors.
        """
        found: Dict[str, List[List[ast.expr]]] = {}
        entries = [info.name for info in self.classes.values() if info.kind == "cell"] + \
            [fn.name for fn, _ in self.jit_functions]
        if not entries:
            return found  # no graph entry in this file to find calls of
        # module-level functions, and the script code at module level (`if __name__ == "__main__":`)
        top = [s for s in self.tree.body if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        bodies = [(fn.body, self._text(fn), False, None) for fn in self.functions.values()]
        if top:
            bodies.append((top, self.source, True, None))
        bodies.extend(self._own_runs())
        for body, text, script, owner in bodies:
            if owner is None and not any(entry in text for entry in entries):
                continue  # every shape read below names an entry: this code names none
            local: Dict[str, str] = {"self": owner.name} if owner is not None else {}
            values: Dict[str, ast.expr] = {}  # simple local bindings, to see through `k = 2`
            python = _python_side(body, owner) if owner is not None else None

            def resolve(node: ast.expr) -> ast.expr:
                if isinstance(node, ast.Name):
                    node = values.get(node.id, node)
                if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Name) \
                        and node.args[0].id in values:
                    # `Tensor(allowed)` after `allowed = np.zeros(20, dtype=np.bool_)`: what the
                    # factory is given tells a bool mask from numbers (blind batch 196)
                    inner = ast.Call(func=node.func, args=[values[node.args[0].id]] + node.args[1:],
                                     keywords=node.keywords)
                    return ast.copy_location(inner, node)
                return node

            def remember(name: str, value: ast.expr) -> None:
                # assigned twice: unsure
                values[name] = ast.Name(id="<rebound>", ctx=ast.Load()) if name in values else value

            for stmt, _ in _walk_statements(body):
                if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                        and isinstance(stmt.targets[0], ast.Name):
                    name = stmt.targets[0].id
                    target = self._entry_name(stmt.value, local)
                    if target:
                        local[name] = target
                    remember(name, stmt.value)
                elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                        and isinstance(stmt.targets[0], ast.Tuple) and isinstance(stmt.value, ast.Tuple) \
                        and len(stmt.targets[0].elts) == len(stmt.value.elts):
                    # `top, left = int(a), int(b)` in a factory: each name its own value (blind batch 134)
                    for elt, value in zip(stmt.targets[0].elts, stmt.value.elts):
                        if isinstance(elt, ast.Name):
                            remember(elt.id, value)
                if isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.Tuple) \
                        and len(stmt.value.elts) == 2:
                    inputs = resolve(stmt.value.elts[1])
                    target = self._entry_name(stmt.value.elts[0], local)
                    if target and isinstance(inputs, (ast.Tuple, ast.List)):
                        found.setdefault(target, []).append([resolve(e) for e in inputs.elts])
                for node in walk(stmt) if isinstance(stmt, (ast.Expr, ast.Assign, ast.AugAssign, ast.Return)) else ():
                    if isinstance(node, ast.Call):
                        target = self._entry_name(node.func, local)
                        if target:
                            args = self._positional(target, node)
                            if args is None:
                                continue
                            args = [resolve(a) for a in args]
                            if python is not None:
                                args = [_PYTHON_VALUE if python(a) else a for a in args]
                            if script:
                                args = _script_arguments(args)
                            found.setdefault(target, []).append(args)
        return found

    def _own_runs(self):
        """The Python methods of this file's Cells that run the Cell itself (``self(...)``,
        ``self.construct(...)``): not construct, not ``__init__``, not a method construct calls."""
        for info in self.classes.values():
            construct = info.methods.get("construct")
            if info.kind != "cell" or construct is None:
                continue
            graph_text = self._text(construct)
            for name, fn in info.methods.items():
                if name in ("construct", "__init__") or f"self.{name}(" in graph_text \
                        or any(decorator_name(self.names, d) in JIT_DECORATORS for d in fn.decorator_list):
                    continue
                text = self._text(fn)
                if "self(" in text or "self.construct(" in text:
                    yield fn.body, text, False, info

    def _positional(self, target: str, call: ast.Call) -> Optional[List[ast.expr]]:
        """A call's arguments in the entry's parameter order, keywords placed by name and the
        positions they skip filled with the defaults; None when that cannot be known."""
        if not call.keywords:
            return list(call.args)
        info = self.classes.get(target)
        fn = info.methods.get("construct") if info is not None else \
            next((f for f, _ in self.jit_functions if f.name == target), None)
        if fn is None or any(isinstance(a, ast.Starred) for a in call.args):
            return None
        params = fn.args.posonlyargs + fn.args.args
        if info is not None:
            params = params[1:]
        names = [a.arg for a in params]
        defaults: List[Optional[ast.expr]] = [None] * (len(params) - len(fn.args.defaults)) + list(fn.args.defaults)
        args: List[Optional[ast.expr]] = list(call.args)
        for keyword in call.keywords:
            if keyword.arg is None or keyword.arg not in names:
                return None  # `**kwargs`, or a keyword-only parameter: not placed
            at = names.index(keyword.arg)
            if at < len(call.args):
                return None
            args.extend([None] * (at + 1 - len(args)))
            args[at] = keyword.value
        for at, arg in enumerate(args):
            if arg is None:
                if defaults[at] is None:
                    return None
                args[at] = defaults[at]
        return args

    def _entry_name(self, node: ast.expr, local: Dict[str, str]) -> Optional[str]:
        """The Cell class or jit function an expression builds or names (``net.construct``, called
        directly, runs the same method with the same arguments)."""
        if isinstance(node, ast.Attribute) and node.attr == "construct" and isinstance(node.value, ast.Name) \
                and node.value.id in local:
            return local[node.value.id]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            info = self.classes.get(node.func.id)
            if info is not None and info.kind == "cell":
                return info.name
        if isinstance(node, ast.Name):
            if node.id in local:
                return local[node.id]
            if any(fn.name == node.id for fn, _ in self.jit_functions):
                return node.id
        return None

    # -- classes ---------------------------------------------------------
    def _is_cell_base(self, base: ast.expr, defines_construct: bool = True) -> Optional[bool]:
        qualified = self.names.qualname(base)
        written = ast.unparse(base) if isinstance(base, (ast.Name, ast.Attribute)) else ""
        if written in self.extra_bases or (qualified and qualified in self.extra_bases):
            return True
        if is_library_cell(qualified):
            return True
        # Another module's base is looked up only for classes that define construct:
        # the others' graph code is checked where it is written.
        if qualified and defines_construct and self.project is not None and not is_mindspore(qualified) \
                and not (isinstance(base, ast.Name) and base.id in self.classes):
            return self.project.is_cell(qualified, self.root) or None
        return None

    def _classify(self) -> None:
        for info in self.classes.values():
            node = info.node
            decorators = {decorator_name(self.names, d) for d in node.decorator_list}
            if decorators & JIT_CLASS_DECORATORS:
                info.kind = "jit_class"
            defines_construct = any(isinstance(s, ast.FunctionDef) and s.name == "construct" for s in node.body)
            for base in node.bases:
                local = isinstance(base, ast.Name) and base.id in self.classes and base.id != node.name
                qualified = None if local else self.names.qualname(base)
                if local:
                    info.bases.append(base.id)
                elif self.project is not None and qualified and not is_mindspore(qualified) and "." in qualified:
                    info.foreign_bases.append(qualified)
                if self._is_cell_base(base, defines_construct):
                    info.kind = "cell"
                elif is_mindspore(qualified) and info.kind != "jit_class":
                    # (`@jit_class class no_grad(ms._no_grad)`: the decorator decides, not the base)
                    info.kind = "other"
            for fn in _function_defs(node.body):
                if fn.name in info.methods and any(
                        isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter") for d in fn.decorator_list):
                    continue  # `@loss_function.setter`: reading the property runs its getter only
                info.methods[fn.name] = fn
        changed = True
        while changed:  # a Cell's subclasses in this module are Cells too
            changed = False
            for info in self.classes.values():
                if info.kind in ("plain", "jit_class"):
                    if any(self.classes[b].kind == "cell" for b in info.bases):
                        info.kind = "cell"
                        changed = True
                    elif info.kind == "plain" and any(self.classes[b].kind == "other" for b in info.bases):
                        info.kind = "other"
                        changed = True
        self._sub_cells: Optional[set] = None

    @property
    def sub_cells(self) -> set:
        """Cells of this file instantiated inside another class: sub-modules.

        Their construct arguments come from a parent Cell, not from the user.
        Found on the source text (cheap) and checked against class line ranges.
        """
        if self._sub_cells is None:
            self._sub_cells = set()
            cells = [i for i in self.classes.values() if i.kind == "cell"]
            if cells and self.source:
                ranges = sorted((i.node.lineno, i.node.end_lineno or i.node.lineno, i.name)
                                for i in self.classes.values())
                names = {i.name for i in cells}
                for name, _, _, line in self._class_calls():
                    if name in names and name not in self._sub_cells and any(
                            lo <= line <= hi and outer != name for lo, hi, outer in ranges):
                        self._sub_cells.add(name)
                self._sub_cells |= self._built_through_factory()
        return self._sub_cells

    def factories(self) -> Dict[str, frozenset]:
        """Names through which a Cell class of this module is passed to be built elsewhere:
        timm's ``block_cls=Block`` (a constructor parameter's default, or a keyword argument of
        a call) later called as ``block_cls(dim=...)``. {name: the classes it may stand for}.
        Read on the source text, by name: a superset is fine, as each class is then analysed
        with the arguments its holder's calls pass."""
        if self._factories is None:
            found: Dict[str, set] = {}
            cells = {name for name, info in self.classes.items() if info.kind == "cell"}
            # the parameters each class's __init__ calls: the only names worth looking for
            if cells:
                for info in self.classes.values():
                    init = info.methods.get("__init__")
                    if init is not None:
                        text = self._text(init)
                        params = {a.arg for a in init.args.posonlyargs + init.args.args + init.args.kwonlyargs
                                  if a.arg + "(" in text}
                        if params:
                            self._factory_callers[info.name] = params
            called = set().union(*self._factory_callers.values())
            if called and self.source:
                passed = re.compile(r"\b(%s)\s*(?::[^=\n]{0,60})?=\s*([A-Za-z_]\w*)\s*[,)\n]"
                                    % "|".join(sorted(re.escape(name) for name in called)))
                for match in passed.finditer(self.source):
                    if match.group(2) in cells:
                        found.setdefault(match.group(1), set()).add(match.group(2))
            self._factories = {name: frozenset(classes) for name, classes in found.items()}
        return self._factories

    def _jit_instances_passed(self, info: ClassInfo, init: ast.FunctionDef) -> Dict[str, ast.Call]:
        """The ``__init__`` parameters that every build of ``info`` in this module passes a new
        ``@jit_class`` object of this module for (``LacquerCutGain(CutSettings())`` in a factory:
        blind batch 322's cut settings, held as the Cell's own would be): {name: one such call}."""
        calls = self._instantiations().get(info.name, []) if self.classes else []
        if not calls or not any(c.kind == "jit_class" for c in self.classes.values()):
            return {}
        positional = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
        found: Dict[str, ast.Call] = {}
        for i, call in enumerate(calls):
            passed = bound_arguments(call, positional)
            if passed is None:
                return {}
            jit = {name: value for name, value in passed.items() if isinstance(value, ast.Call)
                   and isinstance(value.func, ast.Name) and self.classes.get(value.func.id) is not None
                   and self.classes[value.func.id].kind == "jit_class"}
            if i == 0:
                found = jit
            else:
                found = {name: value for name, value in found.items()
                         if name in jit and jit[name].func.id == value.func.id}
            if not found:
                return {}
        return found

    def _built_through_factory(self) -> set:
        """The classes some other class's ``__init__`` builds by calling a name they are passed
        as (``nn.CellList([block_cls(...) for ...])``, ``self.attn = attn_layer(dim)``)."""
        built = set()
        factories = self.factories()
        for holder, called in self._factory_callers.items() if factories else ():
            for name in called & factories.keys():
                built.update(factories[name] - {holder})
        return built

    def init_stores(self, info: ClassInfo, attr: str) -> Optional[List[ast.expr]]:
        """What ``__init__`` assigns to ``self.<attr>`` (plain ``=``), when no other method sets
        it; None when another does, or ``__init__`` assigns nothing to it."""
        init = info.methods.get("__init__")
        if init is None or attr in self._set_outside_init(info):
            return None
        stored = [stmt.value for stmt in walk(init) if isinstance(stmt, ast.Assign)
                  and any(is_self_attr(t) and t.attr == attr for t in stmt.targets)]
        return stored or None

    def held_by_parent(self, name: str) -> bool:
        """A Cell whose construct a parent Cell calls, not the user: one this file builds inside
        another class, or a module-private one (``_SyncBatchNorm``), which by convention only
        its own package builds, in a module we may not see."""
        return name in self.sub_cells or (name.startswith("_") and not name.startswith("__"))

    def instance_method(self, name: str, attr: str) -> Optional[Tuple[ast.FunctionDef, ClassInfo]]:
        """``name.attr`` where ``name = Class()`` is bound once at module level (a registry
        object): the method of ``Class`` it calls, resolved like :meth:`method`; else None."""
        value = self.module_values.get(name)
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in self.classes:
            return self.method(self.classes[value.func.id], attr)
        return None

    def method(self, info: ClassInfo, name: str, _seen=None) -> Optional[Tuple[ast.FunctionDef, ClassInfo]]:
        """Resolve a method through the bases, depth-first like a simple MRO: those
        of the class's own module, then those defined in other project modules.

        Returns the function and the class that defines it (whose ``index`` says
        which module that is).
        """
        if name in info.methods:
            return info.methods[name], info
        seen = _seen if _seen is not None else set()
        seen.add(id(info))
        home = info.index or self
        for base in info.bases:
            base_info = home.classes.get(base)
            if base_info is None or id(base_info) in seen:
                continue
            found = self.method(base_info, name, seen)
            if found:
                return found
        for base_info in home.foreign_classes(info):
            if id(base_info) not in seen:
                found = self.method(base_info, name, seen)
                if found:
                    return found
        return None

    def inherited_attr(self, info: ClassInfo, name: str) -> Optional[Attr]:
        """``self.<name>`` as set by a base class defined in another module (looked up
        only when the class's own and same-module ``__init__`` do not set it), with
        its classes named as that module knows them."""
        if info.kind != "cell":
            return None
        todo, seen = [info], set()
        changed = False  # a class on the way sets it outside __init__: its value is not fixed
        while todo:
            current = todo.pop(0)
            if id(current) in seen:
                continue
            seen.add(id(current))
            changed = changed or name in self._set_outside_init(current)
            for base_info in self.foreign_classes(current):
                attr = base_info.attr(name)
                if attr is None:
                    continue
                home = base_info.index
                cls = attr.cls
                if cls and home is not None and "." not in cls:
                    cls = ",".join(f"{home.module_name}.{c}" for c in cls.split(",")) if home.module_name else ""
                qualified = attr.qualname
                if not qualified and attr.call is not None and home is not None:
                    qualified = home.names.qualname(attr.call.func) or ""
                return Attr(attr.kind, qualified, attr.call, cls, None if changed else attr.known)
            todo.extend(self.classes[b] for b in current.bases if b in self.classes)
        return None

    def foreign_classes(self, info: ClassInfo) -> List[ClassInfo]:
        """The classes of ``info``'s bases that other project modules define."""
        if not info.foreign_bases or self.project is None:
            return []
        found = []
        for qualified in info.foreign_bases:
            definition = self.project.definition(qualified, self.root, self.extra_bases)
            if definition is not None and definition.kind == "class":
                found.append(definition.info)
        return found

    def _init_attrs(self, info: ClassInfo, seen: set) -> Dict[str, Attr]:
        attrs: Dict[str, Attr] = {}
        seen = seen | {info.name}
        for base in info.bases:
            if base not in seen:
                attrs.update(self._init_attrs(self.classes[base], seen))
        init = info.methods.get("__init__")
        assigned_here: set = set()
        for fn in self._init_methods(info):
            params = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
            defaults = _literal_defaults(fn, self.module_values) if fn is init else {}
            # a literal stored at the top of __init__, or of a method __init__ calls, is the
            # attribute's value, unless another method changes it (_set_outside_init)
            top_level = {id(s) for s in fn.body}
            local_kinds: Dict[str, Attr] = {}
            if fn is init:
                # `block_cls=Block`: calling the parameter builds one of the classes it stands for
                factories = self.factories()
                for name in params & factories.keys():
                    local_kinds[name] = Attr("factory", cls=",".join(sorted(factories[name])))
                for name, call in self._jit_instances_passed(info, init).items():
                    local_kinds.setdefault(name, Attr("jit_instance", call.func.id, call, cls=call.func.id))
            for stmt, _ in _walk_statements(fn.body):
                if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
                    self._grow_cell_list(stmt.value, attrs, params, local_kinds)
                    continue
                if not isinstance(stmt, (ast.Assign, ast.AnnAssign)) or stmt.value is None:
                    continue
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                chosen = self._folded_choice(info, stmt.value) if fn is init and id(stmt) in top_level else None
                attr = self.classify_value(chosen if chosen is not None else stmt.value, params, local_kinds)
                if fn is init and id(stmt) in top_level and isinstance(stmt.value, ast.Name) \
                        and stmt.value.id in params and attr.kind in ("const", "unknown"):
                    # `self.grouper = grouper` with every build here given a Cell of this module
                    # (`Wrapper(KNNGrouper(cfg))`): that sub-Cell, analysed with the arguments
                    # the parent gives it (blind batch 348's k-NN grouper)
                    cells = self.passed_cells(info, stmt.value.id)
                    if cells:
                        attr = Attr("cell", cls=cells)
                for target in targets:
                    if (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                            and target.value.id == "self"):
                        previous = attrs.get(target.attr)
                        if attr.kind == "none" and previous is not None and target.attr in assigned_here:
                            pass  # `self.x = None` next to `self.x = Block()`: the Block is what matters
                        elif target.attr in assigned_here and previous is not None and previous.kind == "param":
                            pass  # a Tensor set on a Parameter attribute goes to its set_data: still a Parameter
                        elif (target.attr in assigned_here and previous is not None
                              and previous.kind not in (attr.kind, "none")):
                            attrs[target.attr] = Attr("unknown")
                        elif target.attr in assigned_here and _either_cell(previous, attr) is not None:
                            # `if flag: self.head = A() else: self.head = B()`: either Cell
                            attrs[target.attr] = _either_cell(previous, attr)
                        else:
                            known = None
                            if id(stmt) in top_level and target.attr not in assigned_here \
                                    and attr.kind in ("const", "none"):
                                known = self._init_value(info, chosen if chosen is not None else stmt.value, defaults)
                            elif id(stmt) in top_level and target.attr not in assigned_here and fn is init \
                                    and attr.kind == "unknown" \
                                    and _field_read(chosen if chosen is not None else stmt.value) is not None:
                                # `self.debug = config.debug`, `getattr(config, "debug", False)` (blind
                                # batch 333), `self.class_agnostic = self.cfg.class_agnostic` (334)
                                holder, field_name, absent = _field_read(chosen if chosen is not None else stmt.value)
                                if isinstance(holder, ast.Name) and holder.id in params:
                                    known = self.config_field(info, holder.id, field_name, absent=absent)
                                elif is_self_attr(holder):
                                    known = self.config_store_field(info, holder.attr, field_name)
                                if known is not None:
                                    attr = Attr("const")
                            arg = _argument_source(stmt.value, params) if fn is init else ""
                            if not arg and previous is not None and previous.from_arg \
                                    and target.attr in assigned_here and attr.kind not in ("const", "none"):
                                # `self.w = module.weight`, then `self.w = ops.transpose(self.w, p)`
                                # in a helper: if it was a Parameter, it still is (set_data)
                                arg = previous.from_arg
                            attrs[target.attr] = Attr(attr.kind, attr.qualname, attr.call, attr.cls, known, arg) \
                                if known is not None or arg else attr
                            if attr.kind == "param" and (
                                    _none_arm(chosen if chosen is not None else stmt.value)
                                    or previous is not None and previous.kind == "none"
                                    and target.attr in assigned_here
                                    and not _runs_unconditionally(stmt, fn, init, top_level)
                                    and not self._guard_holds(info, init, stmt, fn)):
                                # (blind batch 368's lazily built weight: `self.weight = None`, a
                                # Parameter only when the configuration gives its size)
                                attrs[target.attr] = replace(attrs[target.attr], maybe_none=True)
                        assigned_here.add(target.attr)
                    elif isinstance(target, ast.Name):
                        local_kinds[target.id] = attr
        for name in self._set_outside_init(info):
            found = attrs.get(name)
            if found is not None and found.known is not None:  # changed later: its value is not fixed
                attrs[name] = Attr(found.kind, found.qualname, found.call, found.cls, init_known=found.known)
        return attrs

    def _guard_holds(self, info: ClassInfo, init: Optional[ast.FunctionDef], stmt: ast.stmt,
                     fn: ast.FunctionDef) -> bool:
        """Does the ``if`` of ``__init__`` that guards ``stmt`` (or the call of the method ``fn``
        holding it) hold for every build in this module: ``if in_channels is not None:`` (or
        ``if config.in_channels is not None:``, or a bare ``if in_channels:``) with each build
        passing a value that is not None? Then the Parameter stored under it always exists."""
        if init is None:
            return False
        lines = [stmt.lineno] if fn is init else [
            sub.lineno for sub in walk(init) if isinstance(sub, ast.Call) and is_self_attr(sub.func)
            and sub.func.attr == fn.name]
        guard, depth = None, 0
        for node in walk(init):
            # the innermost `if` whose body holds the store (or the helper's call), by lines
            if isinstance(node, ast.If) and node.lineno > depth and any(
                    node.body[0].lineno <= line <= (node.body[-1].end_lineno or node.body[-1].lineno)
                    for line in lines):
                guard, depth = node.test, node.lineno
        if guard is None:
            return False
        compared = _none_compared(guard)
        if compared is not None:
            if compared[1]:
                return False  # (`if x is None:` guards the store: not what this reads)
            guard = compared[0]
        if isinstance(guard, ast.Name):
            passed = self.passed_values(info, guard.id)
            return bool(passed) and all(value is not None and not (
                isinstance(value, ast.Constant) and value.value in (None, 0, False, "")) for value in passed)
        if isinstance(guard, ast.Attribute) and isinstance(guard.value, ast.Name):
            known = self.config_field(info, guard.value.id, guard.attr)
            return known is not None and known[0] not in (None, 0, False, "")
        return False

    def _grow_cell_list(self, call: ast.Call, attrs: Dict[str, Attr], params, local_kinds) -> None:
        """``self.blocks.append(Block(...))`` (``extend``, ``insert``) on a CellList: add the
        Cell classes it now holds, so that ``self.blocks[i](x)`` is analysed with its arguments."""
        func = call.func
        if not (isinstance(func, ast.Attribute) and func.attr in LIST_FILLS
                and is_self_attr(func.value) and call.args):
            return
        held = attrs.get(func.value.attr)
        if held is None or held.kind != "cell_list":
            return
        item = call.args[-1]
        if func.attr == "extend":
            items = item.elts if isinstance(item, (ast.List, ast.Tuple)) else \
                [item.elt] if isinstance(item, (ast.ListComp, ast.GeneratorExp)) else []
        else:
            items = [item]
        names = set(filter(None, held.cls.split(",")))
        for value in items:
            kind = self.classify_value(value, params, local_kinds)
            if kind.kind == "cell" and kind.cls:
                names.add(kind.cls)  # a Cell class of this module
            elif isinstance(value, ast.Call) and self.project is not None:
                callee = self._project_callee(value)
                if callee:
                    names.add(callee)  # a Cell of another project module, as CellList([...]) records it
        attrs[func.value.attr] = replace(held, cls=",".join(sorted(names)))

    def _project_callee(self, call: ast.Call) -> Optional[str]:
        """The qualified name a call builds when it names something of another project module
        (a Cell there, maybe): what a CellList records for the members it cannot see."""
        qualified = self.names.qualname(call.func)
        return qualified if qualified and "." in qualified and not is_mindspore(qualified) else None

    def _init_methods(self, info: ClassInfo) -> List[ast.FunctionDef]:
        """``__init__`` and the methods of the class it calls on ``self`` (which often create
        Parameters: ``self._build()``), transitively, in call order. Read on the source text:
        walking every ``__init__``'s tree costs more than the rest of the analysis.

        A class with no ``__init__`` of its own runs its base's: that one is read for the
        methods it calls on ``self``, which resolve to this class's own (``configure()``,
        which each subclass overrides). Its own stores are not in the list: they are the
        base's attributes, read with the base."""
        if info.init_chain is not None:
            return info.init_chain
        init = info.methods.get("__init__")
        order, todo, seen = [], [], set()
        if init is not None:
            todo.append((init, self, True))
        elif len(info.methods) > ("construct" in info.methods):
            # (only when it has methods a base's __init__ could call)
            base_init = self._base_init(info)
            if base_init is not None:
                todo.append((*base_init, False))
        while todo:
            fn, home, own = todo.pop(0)
            if id(fn) in seen:
                continue
            seen.add(id(fn))
            if own:
                order.append(fn)
            for name in SELF_CALL.findall(home._text(fn)):
                if name in ("construct", "__init__"):
                    continue
                if name in info.methods:
                    todo.append((info.methods[name], self, True))
                elif own and info.bases:
                    # a method of a base of this module with no __init__ of its own (a mixin's
                    # `self._init_step_index()`): its stores are this class's (blind batch 346's
                    # scheduler, whose step counter it sets)
                    found = self.method(info, name)
                    if found is not None and (found[1].index in (None, self)) \
                            and "__init__" not in found[1].methods:
                        todo.append((found[0], self, True))
        info.init_chain = order
        return order

    def _base_init(self, info: ClassInfo) -> Optional[Tuple[ast.FunctionDef, "ModuleIndex"]]:
        """The ``__init__`` of the first base (of this module or another project module) that
        defines or inherits one, with the index of the module it is written in."""
        bases = [self.classes[b] for b in info.bases if b in self.classes] + self.foreign_classes(info)
        for base in bases:
            if base is info:
                continue
            found = (base.index or self).method(base, "__init__")
            if found is not None:
                return found[0], found[1].index or self
        return None

    def _text(self, node: ast.AST) -> str:
        """The source lines of a statement."""
        lines = self.lines()
        return "\n".join(lines[node.lineno - 1:getattr(node, "end_lineno", node.lineno)])

    def lines(self) -> List[str]:
        """The module's source, line by line (split once)."""
        if self._lines is None:
            self._lines = self.source.splitlines()
        return self._lines

    def _init_value(self, info: ClassInfo, value: ast.expr, defaults: Dict[str, tuple]) -> Optional[tuple]:
        """The Python value ``__init__`` stores: a literal, or an argument's literal default
        when no call of the class in this module passes that argument."""
        from .values.constants import literal

        known = literal(value)
        if known is None and isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name):
            return self.config_field(info, value.value.id, value.attr)
        if known is None and isinstance(value, ast.Attribute) and is_self_attr(value.value):
            return self.config_store_field(info, value.value.attr, value.attr)
        if known is not None or not isinstance(value, ast.Name) or value.id not in defaults:
            return known
        return self.argument_value(info, value.id)

    def config_field(self, info: ClassInfo, arg: str, field: str,
                     fallback: Optional[ast.expr] = None, absent: Optional[tuple] = None) -> Optional[tuple]:
        """``self.prune = cfg.prune`` under ``cfg: Config = Config()``: the literal default of
        that field of the module's own (data)class, when no visible call of ``info`` passes
        ``cfg`` (batch 113). Also when every call of ``info`` in this module, and nothing else,
        builds it with a config object made there of one of the module's plain classes
        (``ViT(ViTConfig())``, ``Attn(AttnConfig(debug=False))``, or a local the builder bound
        once to such an object, ``cfg = Cfg()`` then ``Net(cfg)``): the value that object's
        field gets, when all agree (blind batches 331 and 335). With ``fallback``, the object
        ``__init__`` makes when the argument is None (``cfg if cfg is not None else Cfg()``,
        blind batch 334). With ``absent``, what ``getattr(cfg, field, default)`` gives when that
        class never has the field (:meth:`config_object_field`). None when it cannot be told."""
        init = self.init_of(info)
        default = argument_defaults(init).get(arg) if init is not None else None
        if init is not None and arg in _stored_in(init):
            # `config = config if config is not None else DBNetConfig()` first, then
            # `getattr(config, "debug", False)`: the passed object or that default (blind batch
            # 340's text detector, its debug dump never compiled); stored to otherwise
            # (`config.debug = True`, bound again), not what was passed
            fallback = _defaulted_once(init, arg)
            if fallback is None:
                return None
        calls = self._instantiations().get(info.name)
        passed = self.passed_values(info, arg) if calls else None

        def made_for(value, call):
            if fallback is not None and (value is None or isinstance(value, ast.Constant) and value.value is None):
                return fallback
            if isinstance(value, ast.Name) and call is not None:
                return self._bound_once_in_builder(call, value.id)
            return value

        if calls and passed is not None and (fallback is not None or any(v is not default for v in passed)):
            if any(v is not default for v in passed) and not self._only_called(info) \
                    or any(v is None and fallback is None for v in passed):
                return None
            values = [self.config_object_field(made_for(v, call), field, absent=absent)
                      for call, v in zip(calls, passed)]
            if values[0] is None or any(v != values[0] for v in values):
                return None
            return values[0]
        if calls and passed is None:
            return None
        if not calls:
            handed = self._handed_up(info, arg)
            if handed:
                # `super().__init__(config)` in each subclass of the module, none building the base
                # itself: what each subclass's builds give its own argument (blind batch 347's
                # video classifier, its return_dict flag read in the base)
                values = [self.config_field(sub, name, field) for sub, name in handed]
                return values[0] if values[0] is not None and all(v == values[0] for v in values) else None
        made = made_for(default, None)
        if isinstance(made, ast.Name):
            return self.config_object_field(made, field, absent=absent)
        if not (isinstance(made, ast.Call) and isinstance(made.func, ast.Name)):
            return None
        if made is default and (default.args or default.keywords):
            return None
        return self.config_object_field(made, field, absent=absent)

    def evaluation_only(self, info: ClassInfo) -> bool:
        """Is ``self.training`` False whenever this Cell is compiled, as this module shows? Each
        build of it here is a module function's ``net = Cell(...)`` followed by
        ``net.set_train(False)`` (or ``Cell(...).set_train(False)``), or is made in the
        ``__init__`` of a Cell that is so (``set_train`` reaches the sub-Cells), and nothing in the
        module trains (no other ``set_train``, no ``Model``/``TrainOneStep*`` wrapper, no
        ``.train(``). A Cell is in eval mode unless set to train (MindSpore's default): blind
        batches 342, 343 and 346, whose training-only branches (token drop, edge dropout, a
        segment slice) are never compiled."""
        if self._evaluation_only is None:
            self._evaluation_only = self._evaluation_only_cells()
        return info.name in self._evaluation_only

    def _evaluation_only_cells(self) -> frozenset:
        source = self.source
        if "set_train(False)" not in source or _TRAINING_CUES.search(source.replace("set_train(False)", "")):
            return frozenset()
        builds = self._instantiations()
        cells = {name for name, info in self.classes.items() if info.kind == "cell"}
        found: set = set()
        changed = True
        while changed:
            changed = False
            for name in cells - found:
                calls = builds.get(name)
                if calls and self._only_called(self.classes[name]) \
                        and all(self._evaluated(call, found) for call in calls):
                    found.add(name)
                    changed = True
        return frozenset(found)

    def _evaluated(self, call: ast.Call, found: set) -> bool:
        """Is this build of a Cell set to eval mode where it is made, or made in the ``__init__``
        of a Cell that is?"""
        line = getattr(call, "_msgl_line", None)
        if line is None:
            return False
        for name in found:
            init = self.classes[name].methods.get("__init__")
            if init is not None and init.lineno <= line <= (init.end_lineno or init.lineno):
                return True
        fn = self._function_at(line)
        if fn is not None:
            body = fn.body
        else:
            top = next((stmt for stmt in self.tree.body
                        if stmt.lineno <= line <= (stmt.end_lineno or stmt.lineno)), None)
            if top is None:
                return True  # (the name in a comment or a blank stretch of text: no build)
            if isinstance(top, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                return False
            body = self.tree.body  # a script's own top level
        for position, stmt in enumerate(body):
            if not (stmt.lineno <= line <= (stmt.end_lineno or stmt.lineno)):
                continue
            value = stmt.value if isinstance(stmt, (ast.Assign, ast.Return, ast.Expr)) else None
            if _sets_eval(value):
                return True  # `return Net(cfg).set_train(False)`
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                bound = stmt.targets[0].id
                return any(isinstance(later, ast.Expr) and _sets_eval(later.value)
                           and isinstance(later.value.func.value, ast.Name) and later.value.func.value.id == bound
                           for later in body[position + 1:])
            return False
        return False

    def init_of(self, info: ClassInfo) -> Optional[ast.FunctionDef]:
        """The ``__init__`` that builds ``info``: its own, or for a class of one base of this
        module (and no other) without one, that base's (followed up the chain)."""
        seen = 0
        while "__init__" not in info.methods and len(info.node.bases) == 1 and len(info.bases) == 1 \
                and not info.foreign_bases and seen < 8:
            info, seen = self.classes[info.bases[0]], seen + 1
        return info.methods.get("__init__")

    def _handed_up(self, info: ClassInfo, arg: str) -> Optional[List[Tuple[ClassInfo, str]]]:
        """For a class of this module subclassed here: each subclass with the argument of its own
        ``__init__`` that it hands on as ``arg`` (``super().__init__(config)``, at the top level of
        its ``__init__``). None when there is no subclass, or one does not hand a plain argument
        of its own (no ``__init__``, ``**kwargs``, a value made there)."""
        init = info.methods.get("__init__")
        subclasses = [c for c in self.classes.values() if info.name in c.bases]
        if init is None or not subclasses:
            return None
        positional = [a.arg for a in init.args.posonlyargs + init.args.args]
        handed = []
        for sub in subclasses:
            sub_init = sub.methods.get("__init__")
            if sub_init is None and sub.bases == [info.name] and not sub.foreign_bases \
                    and len(sub.node.bases) == 1:
                # `class SoftTargetLoss(KDLossBase)` with no `__init__` of its own: built with the
                # base's, the same argument (blind batch 377's distillation loss, verbose off)
                handed.append((sub, arg))
                continue
            if sub_init is None:
                return None
            params = {a.arg for a in sub_init.args.args[1:] + sub_init.args.kwonlyargs}
            calls = [stmt.value for stmt in sub_init.body if isinstance(stmt, ast.Expr)
                     and isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Attribute)
                     and stmt.value.func.attr == "__init__"]
            call = calls[0] if len(calls) == 1 else None
            if call is None:
                return None
            owner = call.func.value
            if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
                bound = bound_arguments(call, positional[1:])
            elif isinstance(owner, ast.Name) and owner.id == info.name:
                bound = bound_arguments(call, positional)  # `Base.__init__(self, config)`
            else:
                return None
            value = bound.get(arg) if bound is not None else None
            if not (isinstance(value, ast.Name) and value.id in params):
                return None
            handed.append((sub, value.id))
        return handed

    def _function_at(self, line: int) -> Optional[ast.FunctionDef]:
        """The module-level function whose lines hold ``line`` (a build the text scan found)."""
        return next((f for f in self.functions.values() if f.lineno <= line <= (f.end_lineno or f.lineno)), None)

    def _bound_once_in_builder(self, call: ast.Call, name: str) -> Optional[ast.expr]:
        """``cfg = Config()`` in the module function holding ``call`` (a build of a Cell given
        ``cfg``): the one value that function binds ``name`` to, when it binds it once, at its
        top level, and sets no attribute or item of it. None otherwise."""
        line = getattr(call, "_msgl_line", None)
        fn = self._function_at(line) if line is not None else None
        if fn is None:
            return None
        stores = _stores_of(fn, name)
        bound = [stmt for stmt in fn.body if isinstance(stmt, ast.Assign) and len(stores) == 1
                 and any(target is stores[0] for target in stmt.targets)]
        if len(bound) != 1 or bound[0].lineno > line or any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "setattr"
                and n.args and isinstance(n.args[0], ast.Name) and n.args[0].id == name for n in walk(fn)):
            return None  # (bound again, stepped, unpacked, a loop variable, an attribute or item set)
        return bound[0].value

    def _folded_choice(self, info: ClassInfo, value: ast.expr) -> Optional[ast.expr]:
        """``nn.Dropout(p=dropout) if dropout > 0 else None`` (a layer or None) with ``dropout`` an
        argument whose one value is known (:meth:`argument_value`): the arm its builds choose
        (blind batch 333's streaming positional encoding, `if self.dropout is not None:` then
        dead). None when the test compares no such argument with a literal."""
        from .values import constants
        from .values.constants import literal

        tested = _none_test(value.test) if isinstance(value, ast.IfExp) else None
        if tested is not None:
            # `config.return_dict if return_dict is None else return_dict` with the argument's one
            # value known (`Head(cfg, return_dict=False)`): the arm its builds choose (blind batch
            # 350's pose head, its output class never built). With a call for an arm, `gen if gen
            # is not None else AnchorGenerator()`, only that call, the object `__init__` makes
            # itself when no build passes one (blind batch 368's anchor generator, a @jit_class
            # whose method sets its counter); a passed one stays unknown
            init = info.methods.get("__init__")
            name, is_test = tested
            known = self.argument_value(info, name) if init is not None and name not in _stored_in(init) else None
            if known is None or len(known) != 1:
                return None
            chosen = value.body if (known[0] is None) == is_test else value.orelse
            calls = any(isinstance(arm, ast.Call) for arm in (value.body, value.orelse))
            return chosen if not calls or isinstance(chosen, ast.Call) else None
        if not _none_arm(value):
            # (of two Cells, both stay known: the other is still analysed as a sub-Cell given its
            # parent's sizes, subcell_either_of_two_shape_args.py)
            return None
        test = value.test
        init = info.methods.get("__init__")
        tested = test.id if isinstance(test, ast.Name) else \
            test.left.id if isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) else None
        if init is None or tested is None or tested in _stored_in(init):
            # (`use_mask_token = use_mask_token or config.mask_token` first: its value is not the
            # argument's any more; mindone's FLAVA image embeddings)
            return None
        truth = None
        if isinstance(test, ast.Name):
            known = self.argument_value(info, test.id)
            truth = bool(known[0]) if known is not None and len(known) == 1 else None
        elif isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Name) \
                and not isinstance(test.ops[0], (ast.In, ast.NotIn)):
            known, other = self.argument_value(info, test.left.id), literal(test.comparators[0])
            if known is not None and other is not None and len(known) == 1 and len(other) == 1:
                truth = constants.compare(test.ops[0], constants.constant(known[0]), constants.constant(other[0]))
        if truth is None:
            return None
        return value.body if truth else value.orelse

    def config_store_field(self, info: ClassInfo, attr: str, field: str) -> Optional[tuple]:
        """``self.class_agnostic = self.cfg.class_agnostic`` with ``__init__`` storing the config
        once, at its top level, as an argument or as ``cfg if cfg is not None else Default()``
        (``cfg or Default()``): that field's one value (:meth:`config_field`). Kept per class:
        construct asks it at each read of ``self.<attr>.<field>``."""
        cache = info.__dict__.setdefault("_msgl_config_store_fields", {})
        key = (attr, field)
        if key not in cache:
            cache[key] = self._config_store_field(info, attr, field)
        return cache[key]

    def _config_store_field(self, info: ClassInfo, attr: str, field: str) -> Optional[tuple]:
        init = info.methods.get("__init__")
        if init is None or attr in self._set_outside_init(info):
            return None
        stores = [stmt for stmt in walk(init) if isinstance(stmt, ast.Assign)
                  and any(is_self_attr(t) and t.attr == attr for t in stmt.targets)]
        if len(stores) != 1 or stores[0] not in init.body or len(stores[0].targets) != 1:
            return None
        value = stores[0].value
        params = {a.arg for a in init.args.args[1:] + init.args.kwonlyargs}
        if isinstance(value, ast.Name) and value.id in params:
            return self.config_field(info, value.id, field)
        arg, fallback = _default_object(value)
        if arg is None or arg not in params:
            return None
        return self.config_field(info, arg, field, fallback)

    def config_object_field(self, made: ast.expr, field: str, kinds: Tuple[str, ...] = ("plain",),
                            absent: Optional[tuple] = None) -> Optional[tuple]:
        """The literal ``field`` holds in ``Config(...)``, an object of a plain class of this
        module made with literal arguments: a class-body literal of a class without
        ``__init__`` (:meth:`class_field`), or what its ``__init__`` stores there once, at its
        top level, from a literal or from an argument (passed as a literal, or its literal
        default), with no other method setting the field. ``kinds`` may admit a ``@jit_class``
        too (a number field of one a helper made: classes.py). With ``absent``, the default of
        ``getattr(cfg, field, default)``, given when the class never has the field
        (:meth:`_never_has`). None when it cannot be told."""
        from .values.constants import literal

        if absent is not None and self._never_has(made, field):
            # `getattr(config, "use_cache", False)` on a config class without that field (blind
            # batch 373's padding-mask cache, never written)
            return absent

        if isinstance(made, ast.Name) and "plain" in kinds:
            # `config=FocalConfig`: the class itself as the config object, its class-body literals
            # read as attributes (blind batch 338's focal loss, its debug flag off)
            return self.class_field(made.id, field)
        if not (isinstance(made, ast.Call) and isinstance(made.func, ast.Name)):
            return None
        config = self.classes.get(made.func.id)
        if config is None or config.kind not in kinds or config.node.bases:
            return None
        if config.node.decorator_list and config.kind == "plain":
            return self._dataclass_field(config, made, field)
        init = config.methods.get("__init__")
        if init is None:
            return self.class_field(made.func.id, field) if not made.args and not made.keywords else None
        if field in self._set_outside_init(config):
            return None
        stores = [n for n in walk(init) if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign))
                  and any(is_self_attr(t) and t.attr == field
                          for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
        if len(stores) != 1 or not isinstance(stores[0], ast.Assign) or stores[0] not in init.body:
            return None  # (set twice, under a condition, or by `+=`)
        value = stores[0].value
        known = literal(value)
        positional = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
        read = _keyword_read(value, init)
        if read is not None:
            # `self.verbose = kwargs.pop("verbose", False)`: the keyword the build passes, else
            # the default (blind batch 377's distillation config)
            key, default = read
            if any(k.arg is None for k in made.keywords):
                return None
            given = None if key in positional or key in {a.arg for a in init.args.kwonlyargs} \
                else next((k.value for k in made.keywords if k.arg == key), None)
            return literal(given if given is not None else default)
        if known is not None or not isinstance(value, ast.Name):
            return known
        if value.id not in positional and value.id not in {a.arg for a in init.args.kwonlyargs}:
            return None
        if value.id in _stored_in(init):
            return None  # (the argument is rebound before it is stored)
        bound = bound_arguments(made, positional)
        if bound is None:
            return None
        given = bound.get(value.id, argument_defaults(init).get(value.id))
        return literal(given) if given is not None else None

    def cell_never_has(self, info: ClassInfo, name: str, _depth: int = 0) -> bool:
        """Does a Cell of this module never have the attribute ``name``, so that
        ``getattr(self, name, default)`` in its construct is the default? Only for a Cell whose
        bases are ``nn.Cell`` or Cells of this module that pass the same test, when ``name`` is
        none of ``nn.Cell``'s own attributes, no class body or method binds it, and the module
        never stores ``.name`` on anything, names it in a string elsewhere (``setattr``,
        ``register_buffer``) or touches ``__dict__`` (blind batch 377's low-rank block, its
        debug dump never compiled). A build in another module setting it is not seen."""
        if info.kind != "cell" or info.foreign_bases or name in CELL_ATTRIBUTES or _depth > 8:
            return False
        for base in info.node.bases:
            if isinstance(base, ast.Name) and base.id in self.classes and base.id != info.name:
                if not self.cell_never_has(self.classes[base.id], name, _depth + 1):
                    return False
            elif self.names.qualname(base) not in CELL_BASES:
                return False
        if info.node.decorator_list or name in info.methods or any(
                isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store) for n in walk(info.node)):
            return False
        if _depth:
            return True
        if self.stores_field(name):
            return False
        source = self.source
        named = [m.start() for m in re.finditer(rf"[\"']{re.escape(name)}[\"']", source)]
        return sum(not source[source.rfind("\n", 0, at) + 1:at].lstrip().startswith("#") for at in named) <= 1

    def stores_field(self, name: str, on_self: bool = True) -> bool:
        """Might the module's text set the attribute ``name`` of some object: a store of ``.name``
        (``x.name = v``, ``+=``, annotated; with ``on_self`` False, not one on ``self``), or any
        ``setattr`` call or ``__dict__`` access, which can set any name?"""
        source = self.source or ""
        if "setattr(" in source or "__dict__" in source:
            return True
        owner = "" if on_self else r"(?<!\bself)"
        return re.search(rf"{owner}\.{re.escape(name)}\s*(?::[^=\n]*)?(?:[-+*/%&|^@]|//|\*\*|<<|>>)?=(?!=)",
                         source) is not None

    def _never_has(self, made: ast.expr, field: str) -> bool:
        """Does the object ``made`` (``Config(...)``, or the class ``Config`` itself) never have
        the attribute ``field``? Only for a plain class of this module without bases, decorators
        or attribute hooks, whose body and methods never bind the field, in a module that never
        calls ``setattr`` nor stores ``.field`` on anything but ``self``."""
        name = made.func if isinstance(made, ast.Call) else made
        config = self.classes.get(name.id) if isinstance(name, ast.Name) else None
        if config is None or config.kind != "plain" or config.node.bases or config.node.decorator_list \
                or config.methods.keys() & {"__getattr__", "__getattribute__", "__setattr__"}:
            return False
        if self.stores_field(field, on_self=False):
            return False
        for stmt in walk(config.node):
            if isinstance(stmt, ast.Attribute) and stmt.attr == field and isinstance(stmt.ctx, ast.Store) \
                    or isinstance(stmt, ast.Name) and stmt.id == field and isinstance(stmt.ctx, ast.Store):
                return False
        return True

    def _dataclass_field(self, config: ClassInfo, made: ast.Call, field: str) -> Optional[tuple]:
        """``Config(hidden=8)`` of a ``@dataclass`` of this module without an ``__init__`` of its
        own: the literal passed for ``field`` (by position in the fields' order, or by name), else
        its literal default in the class body; None when a method sets it (``__post_init__``)."""
        from .values.constants import literal

        decorators = config.node.decorator_list
        if len(decorators) != 1 or "__init__" in config.methods or field in self._set_outside_init(config):
            return None
        decorator = decorators[0].func if isinstance(decorators[0], ast.Call) else decorators[0]
        if last(ast.unparse(decorator)) != "dataclass":
            return None
        fields = [stmt for stmt in config.node.body
                  if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)]
        names = [stmt.target.id for stmt in fields]
        if field not in names:
            return None
        bound = bound_arguments(made, names)
        if bound is None or len(made.args) > len(names):
            return None
        given = bound.get(field)
        if given is None:
            given = next(stmt.value for stmt in fields if stmt.target.id == field)
        return literal(given) if given is not None else None

    def class_field(self, name: str, field: str) -> Optional[tuple]:
        """The literal a plain class of this module binds ``field`` to in its body (``discount =
        0.15``), which every instance reads while compiling: only for a class without ``__init__``
        or bases, whose methods do not set the field. None when it cannot be told."""
        from .values.constants import literal

        config = self.classes.get(name)
        if config is None or config.kind != "plain" or "__init__" in config.methods \
                or config.node.bases or field in self._set_outside_init(config):
            return None  # (its own __init__, a base or a method may set the field otherwise)
        value = next((stmt.value for stmt in config.node.body if isinstance(stmt, (ast.Assign, ast.AnnAssign))
                      and stmt.value is not None and any(isinstance(t, ast.Name) and t.id == field for t in (
                          stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]))), None)
        return literal(value)

    def argument_value(self, info: ClassInfo, arg: str, _seen: Optional[set] = None) -> Optional[tuple]:
        """The one Python value ``__init__``'s argument ``arg`` takes in this module: the literal
        every call of the class passes (or its literal default, left alone), when the calls agree;
        a value other than the default only when the class is built by visible calls alone. A call
        inside another class's ``__init__`` that passes that ``__init__``'s own argument along
        (``Attention(config, init_cache=init_cache)``) takes that argument's value, followed
        class by class. None when it cannot be told."""
        from .values.constants import literal

        init = info.methods.get("__init__")
        if init is None:
            return None
        default = _literal_defaults(init, self.module_values).get(arg)
        if default is None:
            return None  # no literal default: no one value to tell
        calls = self._instantiations().get(info.name)
        if not calls:
            return default
        passed = self.passed_values(info, arg)
        if passed is None:
            return None
        seen = (_seen or set()) | {(info.name, arg)}
        agreed = None
        for call, value in zip(calls, passed):
            if value is None:
                return None  # no default and not passed: a call we cannot read
            known = literal(value)
            if known is None and isinstance(value, ast.Name):
                outer = self._enclosing_init(call)
                if outer is not None and (outer.name, value.id) not in seen \
                        and value.id in _literal_defaults(outer.methods["__init__"], self.module_values) \
                        and self._only_called(outer):
                    known = self.argument_value(outer, value.id, seen)
                elif value.id in self.module_values and (outer is None or value.id not in {
                        a.arg for a in outer.methods["__init__"].args.args}):
                    known = literal(self.module_values[value.id])  # `debug=DEBUG`, a module constant
            if known is None or agreed is not None and known != agreed:
                return None  # calls that disagree, or one we cannot read
            agreed = known
        if agreed != default and not self._only_called(info):
            # (a value every visible call overrides the default with holds only when nothing
            # else builds the class: `Net(debug=False)` in a script, batch 121)
            return None
        return agreed

    def _only_called(self, info: ClassInfo) -> bool:
        """Is the class built only by calls this module shows? (Not when it is never called by
        name here, nor when its name is also used as a value: ``layer = Attention if local else
        Global`` builds it with arguments the text scan cannot see.)"""
        known = self._only_called_cache.get(info.name)
        if known is None:
            known = self._only_called_cache[info.name] = self._built_only_by_calls(info)
        return known

    def _built_only_by_calls(self, info: ClassInfo) -> bool:
        if not self._instantiations().get(info.name):
            return False
        # A mention that is no call: a value use (`layer = Attention if local else Global`, a base,
        # a registry), or only a comment's or a docstring's. Only the statements on those lines
        # are walked to tell (walking the module's whole tree cost 4% of a run).
        source, name = self.source, info.name
        lines = set()
        line, counted = 1, 0
        for at, paren in _mentions(source, name):
            if source[paren:paren + 1] == "(":
                continue  # a call (or the class statement)
            line += source.count("\n", counted, at)
            counted = at
            if "#" not in source[source.rfind("\n", 0, at) + 1:at]:  # (a comment's mention is none)
                lines.add(line)
        if not lines:
            return True
        if self._by_line is None:
            self._by_line = sorted((node for node, _ in _walk_statements(self.tree.body)),
                                   key=lambda st: st.lineno)
            self._starts = [st.lineno for st in self._by_line]
        for line in lines:
            # the innermost statement holding the line: the last one starting at or before it
            # that still spans it
            stmt = None
            for i in range(bisect.bisect_right(self._starts, line) - 1, -1, -1):
                candidate = self._by_line[i]
                if (candidate.end_lineno or candidate.lineno) >= line:
                    stmt = candidate
                    break
            if stmt is None:
                continue
            for expr in _own_expressions(stmt):
                nodes = list(walk(expr))
                called = {id(n.func) for n in nodes if isinstance(n, ast.Call)}
                if any(isinstance(n, ast.Name) and n.id == name and id(n) not in called for n in nodes):
                    return False
        return True

    def _enclosing_init(self, call: ast.Call) -> Optional[ClassInfo]:
        """The class of this module whose ``__init__`` holds ``call`` (a call the text scan found)."""
        line = getattr(call, "_msgl_line", None)
        if line is None:
            return None
        for info in self.classes.values():
            init = info.methods.get("__init__")
            if init is not None and init.lineno <= line <= (init.end_lineno or init.lineno):
                return info
        return None

    def passed_cells(self, info: ClassInfo, arg: str) -> str:
        """The Cell classes of this module that every build of ``info`` passes for its __init__
        argument ``arg`` (a call of the class, or a name its building function binds once to
        one), joined by commas; "" when a build passes anything else, or builds elsewhere may.
        ``arg`` must not be rebound in ``__init__``."""
        init = info.methods.get("__init__")
        passed = self.passed_values(info, arg) if init is not None else None
        if not passed or not all(isinstance(value, (ast.Call, ast.Name)) for value in passed):
            return ""  # (asked of every argument stored as it is: the cheap tests first)
        found = set()
        for call, value in zip(self._instantiations().get(info.name, []), passed):
            if isinstance(value, ast.Name):
                value = self._bound_once_in_builder(call, value.id)
            if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
                    and value.func.id in self.classes and value.func.id not in self.names.aliases
                    and self.classes[value.func.id].kind == "cell" and value.func.id != info.name):
                return ""
            found.add(value.func.id)
        if not self._only_called(info) or arg in _stored_in(init):
            return ""
        return ",".join(sorted(found))

    def passed_values(self, info: ClassInfo, arg: str) -> Optional[List[Optional[ast.expr]]]:
        """What the calls of ``info`` in this module pass for its __init__ argument ``arg``
        (its default node for a call that passes nothing); None when no call is visible
        or one passes ``*args``/``**kwargs``."""
        init = self.init_of(info)
        calls = self._instantiations().get(info.name, [])
        if init is None or not calls:
            return None
        positional = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
        defaults = argument_defaults(init)
        found = []
        for call in calls:
            passed = bound_arguments(call, positional)
            if passed is None:
                return None
            found.append(passed.get(arg, defaults.get(arg)))
        return found

    def _instantiations(self) -> Dict[str, List[ast.Call]]:
        """Calls of this module's classes by name (``Head(crop=True)``), anywhere in the file.

        Found on the source text and parsed call by call: walking the module's tree for
        them cost more than the rest of the analysis. A call the text scan cannot isolate
        (a parenthesis inside a string, say) makes that class's calls unknown.
        """
        if self._calls_by_class is None:
            found: Dict[str, List[ast.Call]] = {}
            if self.classes and self.source:
                source = self.source
                for name, begin, end, line in self._class_calls():
                    start = source.rfind("\n", 0, begin) + 1
                    if source[start:begin].lstrip().startswith(("class ", "def ")):
                        continue  # `class Head(nn.Cell):`, not a call
                    call = _parse_call(source, begin, end - 1)
                    if call is not None:
                        call._msgl_line = line  # where it is, should its enclosing __init__ matter
                    if call is None:
                        found[name] = [ast.Call(func=ast.Name(id=name),
                                                args=[ast.Starred(value=ast.Name(id="?"))],
                                                keywords=[])] + found.get(name, [])
                    else:
                        found.setdefault(name, []).append(call)
            self._calls_by_class = found
        return self._calls_by_class

    def _class_calls(self) -> List[Tuple[str, int, int, int]]:
        """(class name, start, end, line) of each ``Name(`` in the source text that names a class
        of this module, in order: one scan serves ``sub_cells`` and ``_instantiations``."""
        if self._class_call_spans is None:
            spans, line, counted = [], 1, 0
            for name, begin, end in (_calls_of_names(self.source, self.classes) if self.classes else []):
                line += self.source.count("\n", counted, begin)  # the spans come in text order
                counted = begin
                spans.append((name, begin, end, line))
            self._class_call_spans = spans
        return self._class_call_spans

    def _set_outside_init(self, info: ClassInfo) -> set:
        """Attributes a method other than ``__init__`` and the methods it calls assigns (read on
        the source text); a method of that chain that another method calls too counts as
        outside."""
        if info.set_outside_init is not None:
            return info.set_outside_init
        chain = {id(fn) for fn in self._init_methods(info) if fn.name != "__init__"}
        called = set()
        if chain:  # (only a method of the chain can also be called from outside it)
            for name, fn in info.methods.items():
                if name != "__init__" and id(fn) not in chain:
                    called.update(SELF_CALL.findall(self._text(fn)))
        names = set()
        for name, fn in info.methods.items():
            if name != "__init__" and (id(fn) not in chain or name in called):
                names.update(_SELF_STORE.findall(self._text(fn)))
        info.set_outside_init = names
        return names

    def classify_value(self, value: ast.expr, params=frozenset(), local_kinds=None) -> Attr:
        """Classify an expression stored on ``self`` in ``__init__``."""
        local_kinds = local_kinds or {}
        if isinstance(value, ast.IfExp):
            # `Block(...) if flag else None`: what it holds when it holds something
            arms = [a for a in (value.body, value.orelse)
                    if not (isinstance(a, ast.Constant) and a.value is None)]
            if len(arms) == 1:
                return self.classify_value(arms[0], params, local_kinds)
            # `Border() if mode == "border" else Zero()`: either Cell, called the same way
            held = [self.classify_value(a, params, local_kinds) for a in arms]
            merged = _either_cell(*held)
            if merged is not None:
                return merged
        if isinstance(value, ast.Call):
            qualified = self.names.qualname(value.func)
            if qualified:
                tail = last(qualified)
                differentiated = differentiated_method(value, qualified)
                if differentiated is not None:
                    # `self.grad_fn = ms.value_and_grad(self.forward, None, weights)`: calling it
                    # runs `self.forward` in the graph (batch 111)
                    return Attr("grad_fn", qualified, value, cls=differentiated)
                if qualified in ("mindspore.Parameter", "mindspore.ParameterTuple"):
                    return Attr("param", qualified, value)
                if qualified in ("mindspore.Tensor", "mindspore.tensor") or qualified in _TENSOR_MAKERS:
                    # (`self.prev_bev = ops.zeros((1, c, s, s), ms.float32)`: a Tensor as much as
                    # `Tensor(np.zeros(...))` is; blind batch 163)
                    return Attr("tensor", qualified, value)
                if qualified.startswith("mindspore.ops.") and tail[:1].isupper():
                    return Attr("primitive", qualified, value)
                if qualified.startswith("mindspore.nn.") and tail in ("CellList", "SequentialCell", "CellDict"):
                    held = {n.func.id for n in walk(value) if isinstance(n, ast.Call)
                            and isinstance(n.func, ast.Name) and n.func.id in self.classes}
                    for n in walk(value):
                        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) \
                                and local_kinds.get(n.func.id, _NO_ATTR).kind == "factory":
                            held.update(local_kinds[n.func.id].cls.split(","))
                    # Cells of other project modules they hold, by qualified name
                    elsewhere = set()
                    if self.project is not None:
                        elsewhere = {self._project_callee(n) for n in walk(value) if isinstance(n, ast.Call)
                                     and not (isinstance(n.func, ast.Name) and n.func.id in self.classes)}
                        elsewhere.discard(None)
                    if tail == "SequentialCell":
                        return Attr("cell", qualified, value, cls=",".join(sorted(elsewhere)))
                    return Attr("cell_list", qualified, value, cls=",".join(sorted(held | elsewhere)))
                if qualified.startswith("mindspore.nn.") and tail[:1].isupper():
                    return Attr("cell", qualified, value)
                if qualified.startswith("mindspore.") and tail[:1].isupper():
                    return Attr("other", qualified, value)
            if isinstance(value.func, ast.Name):
                info = self.classes.get(value.func.id)
                if info is not None:
                    kind = {"cell": "cell", "jit_class": "jit_instance"}.get(info.kind, "instance")
                    return Attr(kind, info.name, value, cls=info.name)
                factory = local_kinds.get(value.func.id)
                if factory is not None and factory.kind == "factory":
                    return Attr("cell", factory.cls.split(",")[0], value, cls=factory.cls)
                if value.func.id in ("int", "float", "bool", "str", "len", "tuple", "list",
                                     "max", "min", "abs", "round", "range", "sum"):
                    return Attr("const")
            return Attr("unknown", call=value)
        if isinstance(value, ast.Constant) and value.value is None:
            return Attr("none")
        if isinstance(value, ast.Name) and local_kinds.get(value.id, _NO_ATTR).kind == "jit_instance":
            return local_kinds[value.id]  # a parameter every build passes a new `@jit_class` object for
        if _is_constant_expr(value, params, local_kinds):
            return Attr("const")
        if isinstance(value, ast.Name) and value.id in local_kinds and local_kinds[value.id].kind != "factory":
            return local_kinds[value.id]
        return Attr("unknown", node=value)


_NO_ATTR = Attr("unknown")


def _none_arm(value: ast.expr) -> bool:
    """``Parameter(...) if flag else None``: an arm that leaves None."""
    return isinstance(value, ast.IfExp) and any(
        isinstance(a, ast.Constant) and a.value is None for a in (value.body, value.orelse))


def _runs_unconditionally(stmt: ast.stmt, fn: ast.FunctionDef, init: Optional[ast.FunctionDef],
                          top_level: set) -> bool:
    """Is ``stmt`` at the top of ``__init__``, or at the top of a method ``__init__`` calls from
    its own top (``self._build()``), so that it runs whenever the Cell is built?"""
    if id(stmt) not in top_level:
        return False
    if fn is init or init is None:
        return True
    for top in init.body:
        value = top.value if isinstance(top, (ast.Expr, ast.Assign)) else None
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
                and isinstance(value.func.value, ast.Name) and value.func.value.id == "self" \
                and value.func.attr == fn.name:
            return True
    return False


def _either_cell(first: Optional[Attr], second: Attr) -> Optional[Attr]:
    """One attribute for two Cells of this file that the same ``self.x`` may hold (an ``if``'s
    two arms): both classes, comma-separated, as a Cell list holds them."""
    if first is None or first.kind != "cell" or second.kind != "cell" or not first.cls or not second.cls \
            or "." in first.cls + second.cls:
        return None
    names = sorted(set(first.cls.split(",")) | set(second.cls.split(",")))
    return Attr("cell", first.qualname, first.call, ",".join(names))


def _own_expressions(stmt: ast.stmt) -> List[ast.AST]:
    """The expressions a statement holds itself, not those of the statements nested in it."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        args = stmt.args
        return [*stmt.decorator_list, *args.defaults, *(d for d in args.kw_defaults if d is not None),
                *(a.annotation for a in args.posonlyargs + args.args + args.kwonlyargs if a.annotation),
                *([stmt.returns] if stmt.returns else [])]
    if isinstance(stmt, ast.ClassDef):
        return [*stmt.decorator_list, *stmt.bases, *(k.value for k in stmt.keywords)]
    if isinstance(stmt, (ast.If, ast.While)):
        return [stmt.test]
    if isinstance(stmt, (ast.For, ast.AsyncFor)):
        return [stmt.target, stmt.iter]
    if isinstance(stmt, (ast.With, ast.AsyncWith)):
        return [item.context_expr for item in stmt.items]
    if isinstance(stmt, ast.Try) or type(stmt).__name__ in ("TryStar", "Match"):
        return [h.type for h in getattr(stmt, "handlers", ()) if h.type is not None] + \
            ([stmt.subject] if hasattr(stmt, "subject") else [])
    return [stmt]


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _calls_of_names(source: str, names: Iterable[str]) -> List[Tuple[str, int, int]]:
    """What ``_CALLED_NAME.finditer`` finds for these names (name, start, end past the
    ``(``), in source order; found with ``str.find``, which is much cheaper than running
    the pattern over every call in the text."""
    spans = [(name, at, paren + 1) for name in names for at, paren in _mentions(source, name)
             if source[paren:paren + 1] == "("]
    spans.sort(key=lambda span: span[1])
    return spans


def _mentions(source: str, name: str) -> Iterator[Tuple[int, int]]:
    """Each mention of ``name`` as a whole word, not an attribute (``x.name``): its start, and
    where the text goes on after it and any white space (a ``(`` there makes it a call)."""
    size = len(source)
    at = source.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not (_is_word(source[at - 1]) or source[at - 1] == ".")) \
                and (end == size or not _is_word(source[end])):
            paren = end
            while paren < size and source[paren].isspace():
                paren += 1
            yield at, paren
        at = source.find(name, end)


def _parse_call(source: str, start: int, paren: int) -> Optional[ast.Call]:
    """The call expression whose name starts at ``start`` and whose ``(`` is at ``paren``."""
    depth, i, quote = 0, paren, ""
    while i < len(source):
        char = source[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                break
        elif char == "#":
            newline = source.find("\n", i)
            i = len(source) if newline < 0 else newline
            continue
        i += 1
    else:
        return None
    try:
        node = ast.parse("(" + source[start:i + 1] + ")", mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return node if isinstance(node, ast.Call) else None


def _argument_source(value: ast.expr, params) -> str:
    """The __init__ argument a stored value is taken from as it is (``bound``, ``crd[0]``), else "".

    A Parameter-like attribute of an argument (``module.weight``, ``layer.bias``) counts
    too: it is most likely the Parameter of a Cell passed in, and writing it in graph
    code is then an Assign. (``cfg.hidden_size`` does not: it is a Python value.)
    """
    while isinstance(value, ast.Subscript):
        value = value.value
    if isinstance(value, ast.Attribute) and _parameter_like(value.attr):
        while isinstance(value, ast.Attribute):
            value = value.value
    return value.id if isinstance(value, ast.Name) and value.id in params and value.id != "self" else ""


def _parameter_like(name: str) -> bool:
    lowered = name.lower()
    return lowered in PARAMETER_NAMES or "weight" in lowered or "param" in lowered


# Parameters that MindSpore's own layers create under these names (nn.Dense, nn.Conv2d, nn.BatchNorm2d, ...)
PARAMETER_NAMES = frozenset({"weight", "bias", "gamma", "beta", "moving_mean", "moving_variance",
                             "embedding_table"})


def ancestor_bases(info: ClassInfo, index: "ModuleIndex", depth: int = 12) -> Iterator[Tuple[ast.expr, "ModuleIndex"]]:
    """Every base expression of ``info`` and of its ancestors in this module and in other
    project modules, with the index that reads it; bounded and safe against cycles."""
    todo, seen = [(info, 0)], set()
    while todo:
        current, level = todo.pop(0)
        if id(current) in seen or level > depth:
            continue
        seen.add(id(current))
        home = current.index or index
        for base in current.node.bases:
            yield base, home
        parents = [home.classes[b] for b in current.bases if b in home.classes]
        if current.foreign_bases:
            parents += home.foreign_classes(current)
        todo.extend((parent, level + 1) for parent in parents)


def parameter_names(args: ast.arguments, starred: bool = False) -> set:
    """The names a function's parameters bind (``*args``/``**kwargs`` too when ``starred``)."""
    names = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
    if starred:
        names.update(a.arg for a in (args.vararg, args.kwarg) if a is not None)
    return names


def _stored_in(fn: ast.FunctionDef) -> frozenset:
    """The names ``fn`` binds or deletes, or sets an attribute or item of (``config = ...``,
    ``config.debug = True``), read once per function and kept on it."""
    cached = getattr(fn, "_msgl_stored", None)
    if cached is None:
        names = set()
        for node in walk(fn):
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
                names.add(node.id)
            elif isinstance(node, (ast.Attribute, ast.Subscript)) and not isinstance(node.ctx, ast.Load) \
                    and isinstance(node.value, ast.Name):
                names.add(node.value.id)
        cached = fn._msgl_stored = frozenset(names)
    return cached


# what trains a Cell in a module: a set_train other than set_train(False), a Model or a
# training wrapper, a .train( call
_TRAINING_CUES = re.compile(r"set_train\(|\bModel\(|TrainOneStep|\.train\(")


def _sets_eval(value: Optional[ast.expr]) -> bool:
    """``<x>.set_train(False)``."""
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "set_train" \
        and len(value.args) == 1 and isinstance(value.args[0], ast.Constant) and value.args[0].value is False \
        and not value.keywords


def _default_object(value: ast.expr) -> Tuple[Optional[str], Optional[ast.Call]]:
    """``cfg if cfg is not None else Cfg()`` (or ``Cfg() if cfg is None else cfg``, ``cfg or
    Cfg()``): the argument and the object made when it is None; (None, None) otherwise."""
    arg = fallback = None
    tested = _none_test(value.test) if isinstance(value, ast.IfExp) else None
    if tested is not None:
        name, is_none = tested
        kept, made = (value.orelse, value.body) if is_none else (value.body, value.orelse)
        if isinstance(kept, ast.Name) and kept.id == name:
            arg, fallback = name, made
    elif isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or) and len(value.values) == 2 \
            and isinstance(value.values[0], ast.Name):
        arg, fallback = value.values[0].id, value.values[1]
    return (arg, fallback) if isinstance(fallback, ast.Call) else (None, None)


def _none_compared(test: ast.expr) -> Optional[Tuple[ast.expr, bool]]:
    """``x is None`` (x, True) or ``x is not None`` (x, False), whatever ``x`` is; None otherwise."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)) \
            and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
        return test.left, isinstance(test.ops[0], ast.Is)
    return None


def _none_test(test: ast.expr) -> Optional[Tuple[str, bool]]:
    """``name is None`` (name, True) or ``name is not None`` (name, False); None otherwise."""
    compared = _none_compared(test)
    if compared is not None and isinstance(compared[0], ast.Name):
        return compared[0].id, compared[1]
    return None


def _stores_of(fn: ast.FunctionDef, name: str) -> List[ast.expr]:
    """The targets in ``fn`` that bind or delete ``name`` or set an attribute or item of it."""
    return [n for n in walk(fn) if not isinstance(getattr(n, "ctx", None), (ast.Load, type(None)))
            and (isinstance(n, ast.Name) and n.id == name or isinstance(n, (ast.Attribute, ast.Subscript))
                 and isinstance(n.value, ast.Name) and n.value.id == name)]


def _defaulted_once(init: ast.FunctionDef, arg: str) -> Optional[ast.Call]:
    """``config = config if config is not None else Cfg()`` as the one store to ``arg`` in
    ``__init__`` (a statement of its top level, nothing else binding ``arg`` or setting a field
    or item of it): the object made when it is None. None otherwise."""
    stores = _stores_of(init, arg)
    if len(stores) != 1:
        return None
    stmt = next((s for s in init.body if isinstance(s, ast.Assign) and len(s.targets) == 1
                 and s.targets[0] is stores[0]), None)
    if stmt is None:
        return None
    name, fallback = _default_object(stmt.value)
    return fallback if name == arg else None


def _keyword_read(value: ast.expr, init: ast.FunctionDef) -> Optional[Tuple[str, ast.expr]]:
    """``kwargs.pop("verbose", False)`` or ``kwargs.get(...)`` of ``init``'s ``**kwargs``, which
    nothing else in ``init`` reads, binds or changes: the key and the default."""
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
            and value.func.attr in ("pop", "get") and isinstance(value.func.value, ast.Name)
            and init.args.kwarg is not None and value.func.value.id == init.args.kwarg.arg
            and len(value.args) == 2 and not value.keywords and isinstance(value.args[0], ast.Constant)
            and isinstance(value.args[0].value, str)):
        return None
    name = init.args.kwarg.arg
    uses = [n for n in walk(init) if isinstance(n, ast.Name) and n.id == name]
    parents = parent_map(init)

    def other_key(use: ast.Name) -> bool:
        """Is ``use`` the receiver of ``kwargs.pop("other")`` / ``.get`` for another constant key?"""
        method = parents.get(id(use))
        call = parents.get(id(method))
        return isinstance(method, ast.Attribute) and method.attr in ("pop", "get") and isinstance(call, ast.Call) \
            and call.func is method and bool(call.args) and isinstance(call.args[0], ast.Constant) \
            and call.args[0].value != value.args[0].value

    if any(not isinstance(n.ctx, ast.Load) for n in uses) or not all(
            other_key(n) for n in uses if n is not value.func.value):
        return None  # (handed on, iterated or read for the same key elsewhere)
    return value.args[0].value, value.args[1]


def _field_read(value: ast.expr) -> Optional[Tuple[ast.expr, str, Optional[tuple]]]:
    """``cfg.debug`` or ``getattr(cfg, "debug", default)``: the object read, the field, and the
    literal default getattr gives when the object has no such field (None without one)."""
    from .values.constants import literal

    if isinstance(value, ast.Attribute):
        return value.value, value.attr, None
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "getattr" \
            and len(value.args) in (2, 3) and not value.keywords and isinstance(value.args[1], ast.Constant) \
            and isinstance(value.args[1].value, str):
        return value.args[0], value.args[1].value, literal(value.args[2]) if len(value.args) == 3 else None
    return None


def bound_arguments(call: ast.Call, positional: List[str]) -> Optional[Dict[str, ast.expr]]:
    """What ``call`` passes for each named parameter (``positional`` in order, then keywords);
    None when it unpacks ``*args`` or ``**kwargs``, whose contents the text does not show."""
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return None
    passed = {k.arg: k.value for k in call.keywords}
    passed.update(zip(positional, call.args))
    return passed


# MindSpore's functional differentiation: each returns a function that runs its first argument
GRAD_FUNCTIONS = frozenset({"mindspore.value_and_grad", "mindspore.grad", "mindspore.ops.value_and_grad",
                            "mindspore.ops.grad", "mindspore.ops.functional.value_and_grad",
                            "mindspore.ops.functional.grad", "mindspore.ops.composite.value_and_grad",
                            "mindspore.ops.composite.grad"})


def differentiated_method(value: ast.expr, qualified: Optional[str]) -> Optional[str]:
    """``ms.value_and_grad(self.forward, ...)``: the name of the method it differentiates."""
    if qualified in GRAD_FUNCTIONS and isinstance(value, ast.Call) and value.args \
            and is_self_attr(value.args[0]):
        return value.args[0].attr
    return None


def argument_defaults(fn: ast.FunctionDef) -> Dict[str, ast.expr]:
    """The default expression of each argument of ``fn`` that has one."""
    args = fn.args
    positional = list(args.posonlyargs) + list(args.args)
    pairs = list(zip(positional[len(positional) - len(args.defaults):], args.defaults))
    pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
    return {arg.arg: default for arg, default in pairs}


def _literal_defaults(fn: ast.FunctionDef, module_values: Optional[Dict[str, ast.expr]] = None) -> Dict[str, tuple]:
    """{argument: (value,)} for the arguments of ``fn`` whose default is a literal, or a module
    constant bound once to one (``debug=DEBUG`` under ``DEBUG = False``: batch 113), given the
    module's ``module_values`` (kept on the function's node: constructor arguments followed class
    by class ask again)."""
    found = getattr(fn, "_msgl_literal_defaults", None)
    if found is None:
        from .values.constants import literal

        found = {}
        for name, default in argument_defaults(fn).items():
            if isinstance(default, ast.Name) and module_values and default.id in module_values:
                default = module_values[default.id]
            known = literal(default)
            if known is not None:
                found[name] = known
        fn._msgl_literal_defaults = found
    return found


def _is_constant_expr(node: ast.expr, params, local_kinds) -> bool:
    """A Python value built from literals and ``__init__`` arguments."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, ast.Constant):
            continue
        if isinstance(current, ast.Name):
            if current.id in params or current.id in ("True", "False", "None"):
                continue
            if local_kinds.get(current.id, Attr("unknown")).kind == "const":
                continue
            return False
        if isinstance(current, (ast.Tuple, ast.List, ast.Set)):
            stack.extend(current.elts)
        elif isinstance(current, ast.BinOp):
            stack.extend((current.left, current.right))
        elif isinstance(current, ast.UnaryOp):
            stack.append(current.operand)
        elif isinstance(current, ast.BoolOp):
            stack.extend(current.values)
        elif isinstance(current, ast.Compare):
            stack.append(current.left)
            stack.extend(current.comparators)
        elif isinstance(current, ast.IfExp):
            stack.extend((current.test, current.body, current.orelse))
        elif isinstance(current, ast.Subscript):
            stack.extend((current.value, current.slice))
        elif isinstance(current, ast.Slice):
            stack.extend(x for x in (current.lower, current.upper, current.step) if x is not None)
        elif isinstance(current, ast.Dict):
            stack.extend(k for k in current.keys if k is not None)
            stack.extend(current.values)
        else:
            return False
    return True


# The text scan for calls, for the readers of other modules (values.callers)
calls_of_names = _calls_of_names
parse_call = _parse_call
