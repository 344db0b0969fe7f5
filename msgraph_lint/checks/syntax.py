"""Python that the static graph compiler does not support, or silently changes."""
from __future__ import annotations

import ast

from ..values import DATA
from . import on


@on(ast.Try)
def try_in_graph(node, ctx):
    """MSG501: ``try`` statements in graph code."""
    yield ctx.hit("MSG501", node)


@on(ast.With)
def with_on_non_jit_class(node: ast.With, ctx):
    """MSG502: ``with`` on an object that is not a ``@jit_class`` instance."""
    for item in node.items:
        if ctx.val(item.context_expr).tag != "jit_instance":
            yield ctx.hit("MSG502", node, expr=ast.unparse(item.context_expr))
            return


@on(ast.Yield, ast.YieldFrom)
def generator_in_graph(node, ctx):
    """MSG503: ``yield`` in graph code."""
    yield ctx.hit("MSG503", node)


@on(ast.Call)
def tensor_to_host(node: ast.Call, ctx):
    """MSG504: ``.asnumpy()`` / ``.tolist()`` on tensor data."""
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in ("asnumpy", "tolist") and ctx.is_data(func.value):
        yield ctx.hit("MSG504", node, method=func.attr)


@on(ast.Call)
def numpy_on_tensor(node: ast.Call, ctx):
    """MSG505: a NumPy function applied to tensor data."""
    qualified = ctx.qualname(node.func)
    if not qualified or not qualified.startswith("numpy.") or qualified.startswith("numpy.random."):
        return
    if any(ctx.is_data(a) for a in list(node.args) + [k.value for k in node.keywords]):
        yield ctx.hit("MSG505", node, func=qualified.replace("numpy.", "np.", 1))


@on(ast.Assign, ast.AugAssign, ast.AnnAssign)
def global_mutation(node, ctx):
    """MSG506: assignment to a ``global`` name in graph code."""
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    for target in targets:
        if isinstance(target, ast.Name) and target.id in ctx.globals_declared:
            yield ctx.hit("MSG506", node, name=target.id)
            return


@on(ast.Call)
def random_frozen_at_compile(node: ast.Call, ctx):
    """MSG507: ``np.random`` / ``random`` calls, evaluated once while compiling."""
    qualified = ctx.qualname(node.func)
    if qualified and (qualified.startswith("numpy.random.") or qualified.startswith("random.")):
        yield ctx.hit("MSG507", node, func=qualified.replace("numpy.", "np.", 1))
