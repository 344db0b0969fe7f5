"""User-defined Python classes used in graph code in ways the compiler rejects."""
from __future__ import annotations

import ast

from ..values import DATA
from . import on


def _user_class(node: ast.Call, ctx):
    if isinstance(node.func, ast.Name) and node.func.id not in ctx.env:
        return ctx.index.classes.get(node.func.id)
    return None


@on(ast.Call)
def class_created_from_tensor(node: ast.Call, ctx):
    """MSG401 (plain class) and MSG404 (jit_class): an instance built from tensor data."""
    info = _user_class(node, ctx)
    if info is None or info.kind not in ("plain", "jit_class"):
        return
    args = list(node.args) + [k.value for k in node.keywords]
    if any(ctx.is_data(a) for a in args):
        code = "MSG404" if info.kind == "jit_class" else "MSG401"
        yield ctx.hit(code, node, cls=info.name)


@on(ast.Assign, ast.AugAssign)
def object_mutated_in_graph(node, ctx):
    """MSG402: an attribute set on a user object (or on the Cell) inside graph code."""
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    for target in targets:
        if not isinstance(target, ast.Attribute):
            continue
        base = ctx.val(target.value)
        if base.tag == "instance":
            yield ctx.hit("MSG402", target, target=ast.unparse(target))
            return


@on(ast.Return)
def object_returned_from_graph(node: ast.Return, ctx):
    """MSG403: a user object returned from a graph entry point."""
    if not ctx.root or node.value is None:
        return
    values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
    for value in values:
        v = ctx.val(value)
        if v.tag == "instance":
            yield ctx.hit("MSG403", node, cls=v.ref or ast.unparse(value))
            return
