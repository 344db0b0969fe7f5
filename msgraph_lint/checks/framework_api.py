"""MindSpore's own APIs that graph code may not call or build.

The facts live in ``rules/tables/graph_forbidden.toml``: whole modules
(initializers, context, log), Cell and Tensor methods MindSpore marks as
forbidden in graph mode or that set Python attributes on the Cell, host
utilities whose bodies the graph parser rejects, and framework classes whose
instances cannot be created there. MindSpore blames the call itself (inside
a helper too, not the helper's call).
"""
from __future__ import annotations

import ast
from functools import lru_cache
from typing import Dict, NamedTuple, Tuple

from ..astwalk import walk
from .. import catalog
from ..scopes import is_self_attr
from . import on
from .classes import parameter_of_self


class _Table(NamedTuple):
    prefixes: Tuple[Tuple[str, str], ...]  # (qualified prefix, effect)
    functions: Dict[str, str]  # qualified name -> effect
    cell_methods: Dict[str, str]
    tensor_methods: Dict[str, str]
    data_methods: Dict[str, str]  # the effect when the receiver is a computed Tensor, not a Parameter
    handle_methods: Dict[str, str]
    created: Dict[str, bool]  # qualified class -> only when an argument is a variable
    star: Dict[str, Dict[str, str]]  # module -> {name a star import binds: effect}
    unless: Dict[str, Tuple[str, int]]  # qualified function -> the argument (name, position) that makes it fine


@lru_cache(maxsize=1)
def _table() -> _Table:
    table = catalog.load_table("graph_forbidden")
    prefixes, functions, star = [], {}, {}
    for row in table.get("module", []):
        effect = f"MindSpore forbids {row['what']} there at both levels"
        if row.get("star_module"):
            star[row["star_module"]] = {name: effect for name in row.get("star_names", [])}
        prefixes.extend((prefix, effect) for prefix in row["prefixes"])
        functions.update({f"mindspore.{name}": effect for name in row.get("functions", [])})
    unless = {}
    for row in table.get("function", []):
        functions.update({name: row["effect"] for name in row["functions"]})
        if "unless_argument" in row:
            unless.update({name: (row["unless_argument"], row["unless_position"]) for name in row["functions"]})
    cell_methods = {m: row["effect"] for row in table.get("cell_method", []) for m in row["methods"]}
    tensor_methods = {m: row["effect"] for row in table.get("tensor_method", []) for m in row["methods"]}
    data_methods = {m: row["effect"] for row in table.get("tensor_data_method", []) for m in row["methods"]}
    handle_methods = {m: row["effect"] for row in table.get("handle_method", []) for m in row["methods"]}
    created = {c: row.get("only_from_variables", False) for row in table.get("create", []) for c in row["classes"]}
    return _Table(tuple(prefixes), functions, cell_methods, tensor_methods, data_methods, handle_methods, created, star,
                  unless)


def _module_effect(qualified: str):
    table = _table()
    if qualified in table.functions:
        return table.functions[qualified]
    for prefix, effect in table.prefixes:
        if qualified.startswith(prefix):
            return effect
    return None


def _passed(node: ast.Call, name: str, position: int) -> bool:
    """Does the call pass this argument (by keyword, or at this position), other than None?"""
    if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
        return True  # `f(*args)`, `f(**kw)`: it may
    given = [k.value for k in node.keywords if k.arg == name]
    if len(node.args) > position:
        given.append(node.args[position])
    return any(not (isinstance(g, ast.Constant) and g.value is None) for g in given)


def _star_imported(name: str, ctx):
    """The effect for a bare ``name`` bound by ``from <forbidden module> import *``, if any."""
    star = _table().star
    if not star or name in ctx.env or name in ctx.names.aliases or name in ctx.index.functions \
            or name in ctx.index.classes:
        return None
    for stmt in ctx.index.tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module in star and any(a.name == "*" for a in stmt.names):
            effect = star[stmt.module].get(name)
            if effect is not None:
                return effect
    return None


def _is_cell_receiver(receiver: ast.expr, method: str, ctx) -> bool:
    """Is ``receiver`` a Cell (the one being compiled, a sub-cell, ``super()``) whose ``method``
    is MindSpore's own?"""
    owner = ctx.owner
    if isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Name) and receiver.func.id == "super" \
            and owner is not None and owner.kind == "cell":
        return ctx.index.method(owner, method) is None  # super().trainable_params()
    value = ctx.val(receiver)
    if value.tag == "cell" and isinstance(value.ref, str) and "," not in value.ref:
        info = ctx.index.classes.get(value.ref)
        if info is not None:
            return info.kind == "cell" and ctx.index.method(info, method) is None
        if value.ref.startswith("mindspore.nn."):
            return True
    if owner is None or owner.kind != "cell":
        return False
    if isinstance(receiver, ast.Name) and receiver.id == "self" and "self" not in ctx.env:
        return ctx.index.method(owner, method) is None  # the user's own method of that name is fine
    if is_self_attr(receiver):
        attr = owner.attr(receiver.attr)
        if attr is None or attr.kind != "cell":
            return False
        if attr.qualname.startswith("mindspore."):
            return True  # a MindSpore cell (nn.Dense)
        info = ctx.index.classes.get(attr.cls)
        return info is not None and info.kind == "cell" and ctx.index.method(info, method) is None
    return False


def _is_parameter(receiver: ast.expr, ctx) -> bool:
    """A Parameter of the Cell (``self.weight``, ``self.fc.weight``), or a Tensor stored on it."""
    if parameter_of_self(receiver, ctx):
        return True
    if is_self_attr(receiver) and ctx.owner is not None:
        attr = ctx.owner.attr(receiver.attr)
        if attr is not None and attr.kind == "tensor":
            return True
    return False


def _is_parameter_or_tensor(receiver: ast.expr, ctx) -> bool:
    if _is_parameter(receiver, ctx):
        return True
    return ctx.is_data(receiver) and ctx.val(receiver).tag not in ("instance", "jit_instance", "np")


def _is_hook_handle(receiver: ast.expr, ctx) -> bool:
    """``self.handle`` that ``__init__`` set from ``<cell>.register_..._hook(...)``."""
    if not (is_self_attr(receiver) and ctx.owner is not None and ctx.owner.kind == "cell"):
        return False
    attr = ctx.owner.attr(receiver.attr)
    call = attr.call if attr is not None else None
    return isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
        and call.func.attr.startswith("register_") and call.func.attr.endswith("hook")


@on(ast.Call)
def forbidden_api_in_graph(node: ast.Call, ctx):
    """MSG520: a framework function or method that graph code cannot run."""
    func = node.func
    qualified = ctx.qualname(func)
    if qualified or isinstance(func, ast.Name):
        effect = _module_effect(qualified) if qualified else _star_imported(func.id, ctx)
        if effect is not None and qualified in _table().unless and _passed(node, *_table().unless[qualified]):
            return  # `mnp.bincount(x, length=n)`: the argument that graph mode requires is there
        inner = ctx.__dict__.setdefault("_forbidden_inner", set())
        if effect is not None and id(node) not in inner:
            # initializer(Normal(), ...): one finding for the line, as MindSpore reports one error
            inner.update(id(n) for arg in list(node.args) + [k.value for k in node.keywords]
                         for n in walk(arg) if isinstance(n, ast.Call))
            yield ctx.hit("MSG520", node, stage=_stage(effect), api=ast.unparse(func), effect=effect)
        return
    if not isinstance(func, ast.Attribute):
        return
    table = _table()
    if func.attr in table.cell_methods and _is_cell_receiver(func.value, func.attr, ctx):
        yield ctx.hit("MSG520", node, stage=_stage(table.cell_methods[func.attr]), api=ast.unparse(func),
                      effect=table.cell_methods[func.attr])
    elif func.attr in table.tensor_methods and _is_parameter_or_tensor(func.value, ctx):
        effect = table.tensor_methods[func.attr]
        if func.attr in table.data_methods and not _is_parameter(func.value, ctx):
            effect = table.data_methods[func.attr]
        yield ctx.hit("MSG520", node, stage=_stage(effect), api=ast.unparse(func), effect=effect)
    elif func.attr in table.handle_methods and _is_hook_handle(func.value, ctx):
        yield ctx.hit("MSG520", node, stage=_stage(table.handle_methods[func.attr]), api=ast.unparse(func),
                      effect=table.handle_methods[func.attr])


def _stage(effect: str) -> str:
    """What the table says happens: an API refused at both levels stops the compile at LAX too
    (QNet's `self.parameters_and_names()` generator, census 7345: later lines of the function
    are never reached); one LAX runs in the interpreter is left to the level's default."""
    return "fails" if "both levels" in effect or "either level" in effect else ""


def _names_something(node: ast.Call) -> bool:
    """Does an argument name a value (``[self.fc]``), beyond the classes and functions it calls?"""
    args = list(node.args) + [k.value for k in node.keywords]
    called = {id(n) for arg in args for call in walk(arg) if isinstance(call, ast.Call)
              for n in walk(call.func)}
    return any(isinstance(n, (ast.Name, ast.Attribute)) and id(n) not in called
               for arg in args for n in walk(arg))


@on(ast.Call)
def framework_object_created_in_graph(node: ast.Call, ctx):
    """MSG521: a Parameter, ParameterTuple, MultitypeFuncGraph (or a CellList of sub-cells) built in graph code."""
    qualified = ctx.qualname(node.func)
    created = _table().created
    if qualified and qualified in created and (not created[qualified] or _lists_something(node)):
        yield ctx.hit("MSG521", node, cls=qualified.rsplit(".", 1)[-1])


def _lists_something(node: ast.Call) -> bool:
    """A Cell container given a list written out that names a value: ``nn.SequentialCell([self.fc])``,
    ``nn.SequentialCell([nn.Dense(c, self.nc), ...])`` fail at both levels ("all arguments are
    required to be constants"); ``nn.SequentialCell(*layers)`` of a local list compiles, whether it
    holds new layers or the Cell's own (measured, batch 94: SinGAN's ``create_mlp``)."""
    listed = [arg for arg in node.args if isinstance(arg, (ast.List, ast.Tuple))]
    return bool(listed) and _names_something(ast.Call(func=node.func, args=listed, keywords=[]))
