"""Control flow on tensor data whose paths leave values of different shapes."""
from __future__ import annotations

import ast

from ..ops import CONCAT
from ..values import DATA, shapes_differ
from . import after_branches, after_loop, at_function_end, on


def _assigned(stmts):
    names = set()
    for stmt in stmts:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
    return names


@after_branches
def shape_changing_branch(node: ast.If, ctx):
    """MSG201: an ``if`` on tensor data whose branches leave different shapes."""
    if not ctx.is_data(node.test):
        return
    body, orelse = ctx.branch_end
    end = node.end_lineno or node.lineno
    for name in sorted(_assigned(node.body) | _assigned(node.orelse)):
        if shapes_differ(body.get(name), orelse.get(name)) and ctx.used_after(name, end):
            yield ctx.hit("MSG201", node, what=f"`{name}` with different shapes")
            return


@on(ast.IfExp)
def shape_changing_conditional_expression(node: ast.IfExp, ctx):
    """MSG201: ``a if cond else b`` on tensor data with differently shaped arms."""
    if ctx.is_data(node.test) and shapes_differ(ctx.sig(node.body), ctx.sig(node.orelse)):
        arities = (_tuple_arity(node.body), _tuple_arity(node.orelse))
        if None not in arities and arities[0] != arities[1]:
            what = f"tuples of different lengths ({arities[0]} and {arities[1]})"
        else:
            what = "values of different shapes"
        yield ctx.hit("MSG201", node, what=what)


def _tuple_arity(value: ast.expr):
    return len(value.elts) if isinstance(value, ast.Tuple) else None


@at_function_end
def shape_changing_return(fn, ctx):
    """MSG201/MSG204: early returns under a tensor condition that disagree."""
    if not ctx.data_ifs:
        return
    for if_id, if_node in ctx.data_ifs.items():
        inside = [r for r in ctx.returns if (if_id, "body") in r.branches]
        outside = [r for r in ctx.returns if (if_id, "body") not in r.branches
                   and r.node.lineno > if_node.lineno]
        for a in inside:
            for b in outside:
                ta, tb = _tuple_arity(a.node.value), _tuple_arity(b.node.value)
                if (ta is None) != (tb is None) and a.val.kind == DATA and b.val.kind == DATA:
                    yield ctx.hit("MSG204", if_node, first="tuple" if ta else "tensor",
                                  second="tuple" if tb else "tensor")
                    break
                if shapes_differ(a.sig, b.sig):
                    yield ctx.hit("MSG201", if_node, what="the return value with different shapes")
                    break
            else:
                continue
            break


def _grows(stmt: ast.stmt, name: str) -> bool:
    """Does ``stmt`` rebind ``name`` to a concatenation, pad or slice of itself?"""
    if not isinstance(stmt, ast.Assign) or not isinstance(stmt.value, (ast.Call, ast.Subscript)):
        return False
    if not isinstance(stmt.targets[0], ast.Name) or stmt.targets[0].id != name:
        return False
    value = stmt.value
    if isinstance(value, ast.Subscript):
        # Shrinking converges (x[::2] stops at one element): MindSpore unrolls it.
        return False
    func = value.func
    callee = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if callee in CONCAT and value.args and isinstance(value.args[0], (ast.Tuple, ast.List)):
        return any(isinstance(e, ast.Name) and e.id == name for e in value.args[0].elts)
    if callee == "pad" and value.args:
        return isinstance(value.args[0], ast.Name) and value.args[0].id == name
    return False


def _appends(stmt: ast.stmt):
    """The list a statement grows in place (``xs.append(t)``), if any."""
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        func = stmt.value.func
        if isinstance(func, ast.Attribute) and func.attr in ("append", "extend", "insert") \
                and isinstance(func.value, ast.Name):
            return func.value.id
    return None


def _data_break(loop, ctx):
    """An ``if <tensor data>: break`` directly in the loop body, if any."""
    for stmt in loop.body:
        if isinstance(stmt, ast.If) and ctx.is_data(stmt.test) and any(
                isinstance(s, (ast.Break, ast.Return)) for s in stmt.body):
            return stmt
    return None


@after_loop
def shape_changing_loop(node, ctx):
    """MSG202: a tensor-dependent loop that grows a carried value.

    A ``while`` on tensor data is reported at the statement that changes the
    shape; a constant ``for`` left early by a tensor-dependent ``break`` at
    that ``if`` (where MindSpore 2.10 joins the shapes).
    """
    if isinstance(node, ast.For):
        guard = _data_break(node, ctx)
        if guard is not None:
            for stmt in node.body:
                if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                        and isinstance(stmt.targets[0], ast.Name) and _grows(stmt, stmt.targets[0].id):
                    yield ctx.hit("MSG202", guard, name=stmt.targets[0].id)
                    return
        return
    if not isinstance(node, ast.While) or not ctx.is_data(node.test):
        return
    for stmt in ast.walk(node):
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            name = stmt.targets[0].id
            if _grows(stmt, name):
                yield ctx.hit("MSG202", stmt, name=name)
                return
        name = _appends(stmt)
        if name is not None:
            use = ctx.first_use_after(name, node.end_lineno or node.lineno)
            if use is not None:
                # MindSpore fails where the grown list is used, after the loop.
                yield ctx.hit("MSG202", use, name=name)
                return


@on(ast.For)
def data_dependent_loop_count(node: ast.For, ctx):
    """MSG203: ``for`` over ``range()`` of a tensor.

    ``range(int(t))`` compiles (as a loop) in MindSpore 2.10; a tensor itself
    as the bound does not.
    """
    it = node.iter
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range":
        if any(ctx.is_data(a) and ctx.val(a).tag != "scalar" for a in it.args):
            yield ctx.hit("MSG203", node, count=ast.unparse(it))
