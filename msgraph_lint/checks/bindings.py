"""Names bound on some paths only, read where MindSpore needs them on every path.

MSG206: a name one branch of an ``if`` binds and the other does not, read after it, when graph
mode parses both branches (a tensor condition, or a Python one its parser does not fold).
MSG207: a name first bound inside a loop body, read where the pass that binds it may not have run.
"""
from __future__ import annotations

import ast
import weakref
from typing import Optional

from ..astwalk import COMPREHENSIONS, short_text, walk
from ..scopes import parameter_names
from ..values import constants
from ..values.flow import folded_before_parsing
from . import after_branches, after_loop
from .control_flow import _LEAVES, _assigned, _leaves, _names_in


@after_branches
def defined_in_one_branch(node: ast.If, ctx):
    """MSG206: a name only one branch of an ``if`` binds, read after the ``if``, when MindSpore
    parses both branches: the condition is tensor data, or a Python value its parser does not fold
    (a parameter, a module constant, ``self.cfg.flag``, a call, ``in``; measured at both levels,
    batches 74-77: "The local variable 'y' is not defined in false branch" at the read). A
    condition on literals and ``self`` attributes is folded first and only its live branch is
    parsed (static, measured)."""
    unsure = _unsure_names(node)
    if not unsure:
        return
    unsure -= parameter_names(ctx.fn.args, starred=True) | ctx.globals_declared
    unsure = {name for name in unsure if not _same_folded_guard(name, node, ctx.fn)}
    end = node.end_lineno or node.lineno
    tensor = None
    inner = None
    for name in sorted(unsure):
        if any(n.lineno < node.lineno for n in ctx.stores(name)):
            continue  # bound before the if
        use = ctx.first_use_after(name, end)
        if use is not None:
            if inner is None:
                inner = _scoped_reads(ctx.fn)
            if id(use) in inner:
                # read in a comprehension that binds the name itself (`{k: f(slots) for k, slots in
                # d.items()}`, mindformers' muon.py; seed 7340): its own variable, not this one
                later = [n for n in ctx.name_nodes(name) if isinstance(n.ctx, ast.Load) and n.lineno > end
                         and id(n) not in inner]
                use = min(later, key=lambda n: (n.lineno, n.col_offset)) if later else None
        if use is not None and any(end < n.lineno <= use.lineno for n in ctx.stores(name)):
            continue  # bound again before that read (two fp16 clamps, each setting clamp_value): unsure
        if use is None or any(part == "loop" and use.lineno > (loop.end_lineno or loop.lineno)
                              for loop, part, _ in ctx.branch_stack):
            continue  # (read after an enclosing loop: MSG207, the loop's own rule, reports it)
        if _in_dead_folded_branch(use, ctx):
            continue  # read only under `if self.sub_mean:` the parser folds away (corpus38's norm)
        if tensor is None:
            # asked only now: most conditions leave no name unbound
            tensor = ctx.is_tensor_test(node.test)
            if not tensor and folded_before_parsing(node.test, ctx.fn):
                return
        if tensor:
            yield ctx.hit("MSG206", use, name=name, condition="a tensor-dependent condition")
            return
        condition = (f"`if {short_text(node.test, 50)}`, a condition graph mode "
                     f"decides only after parsing both branches")
        # in a helper MindSpore blames the helper's call (measured: names_if_no_else_helper_param_literal.py)
        yield ctx.hit_at_call_site("MSG206", use, name=name, condition=condition)
        return




def _in_dead_folded_branch(use: ast.AST, ctx) -> bool:
    """Is ``use`` inside a branch of an ``if`` the parser folds (``if self.sub_mean:``) whose
    value the analysis knows, and that value makes the branch dead? The parser never sees it."""
    line = use.lineno
    for node in walk(ctx.fn):
        if not isinstance(node, ast.If) or not (node.lineno < line <= (node.end_lineno or node.lineno)):
            continue
        if not folded_before_parsing(node.test, ctx.fn):
            continue
        truth = constants.truth(ctx.val(node.test))
        if truth is None:
            continue
        in_body = node.body and node.body[0].lineno <= line <= (node.body[-1].end_lineno or line)
        if in_body and truth is False or not in_body and node.orelse and truth is True \
                and node.orelse[0].lineno <= line:
            return True
    return False


def _same_folded_guard(name: str, node: ast.If, fn) -> bool:
    """Does each branch bind ``name`` only under ``if C:``, the same condition the parser folds
    (``if self.affine_weight: gamma = ...`` in both arms of ``if x.ndim > 2``, mindchemistry's
    instance norm; corpus38)? Then the name is bound in both branches or in neither."""
    body, orelse = _folded_guards(node.body, name, fn), _folded_guards(node.orelse, name, fn)
    return bool(body) and body == orelse


def _folded_guards(stmts, name: str, fn) -> Optional[frozenset]:
    """The texts of the folded conditions (``if C:`` with no ``else``) under which the statements
    bind ``name``; None when they bind it anywhere else (or not at all)."""
    guards = set()
    for stmt in stmts:
        if name not in _assigned([stmt]):
            continue
        if isinstance(stmt, ast.If) and not stmt.orelse and folded_before_parsing(stmt.test, fn) \
                and not any(isinstance(n, ast.If) for n in walk(stmt) if n is not stmt and name in _assigned([n])):
            guards.add(ast.unparse(stmt.test))
        else:
            return None
    return frozenset(guards) or None


def _scoped_reads(fn: ast.AST) -> frozenset:
    """Ids of the reads of a name inside a comprehension or lambda that binds that name itself
    (they read the inner scope's variable). Kept on the function's node."""
    cached = getattr(fn, "_msgl_scoped_reads", None)
    if cached is not None:
        return cached
    found = set()
    for node in walk(fn):
        if isinstance(node, COMPREHENSIONS):
            bound = {n.id for gen in node.generators for n in walk(gen.target) if isinstance(n, ast.Name)}
        elif isinstance(node, ast.Lambda):
            bound = parameter_names(node.args)
        else:
            continue
        if bound:
            found |= {id(n) for n in walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
                      and n.id in bound}
    cached = fn._msgl_scoped_reads = frozenset(found)
    return cached


def _unsure_names(node: ast.If) -> frozenset:
    """Names the ``if`` binds on some path but not on every path through both branches (a nested
    ``if`` without ``else`` counts: ``elif mode == "stf": h = ...`` with no final ``else``, shap_e),
    in the function's own scope; empty when a branch leaves. Kept on the node: helpers are
    analysed once per set of arguments, and an ``if`` the flow decides is asked too."""
    cached = getattr(node, "_msgl_unsure", None)
    if cached is not None:
        return cached
    found = frozenset()
    if not (_leaves(node.body) or _leaves(node.orelse)):
        sure_body, sure_else = _surely_bound(node.body), _surely_bound(node.orelse)
        if sure_body is not None and sure_else is not None:
            unsure = (_assigned(node.body) | _assigned(node.orelse)) - (sure_body & sure_else)
            if unsure:
                # a comprehension's target or a lambda's parameter is bound in its own scope, not
                # here (`[blk + r for blk, r in zip(...)]`, mindone's controlnet_flux; census 7338)
                found = frozenset(unsure & (_own_scope_stores(node.body) | _own_scope_stores(node.orelse)))
    node._msgl_unsure = found
    return found


def _own_scope_stores(stmts) -> set:
    """Names the statements bind in the function's own scope: not inside a comprehension, a
    lambda or a nested function (whose own name is bound here)."""
    names, todo = set(), list(stmts)
    while todo:
        node = todo.pop()
        if isinstance(node, (*COMPREHENSIONS, ast.Lambda)):
            continue
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            continue
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names.add(node.id)
        todo.extend(ast.iter_child_nodes(node))
    return names


def _surely_bound(stmts) -> Optional[frozenset]:
    """The names every path through the block binds; None when every path leaves it (return,
    raise, break, continue). Loops may not run: they bind nothing for sure."""
    out = set()
    for stmt in stmts:
        if isinstance(stmt, _LEAVES):
            return None
        if isinstance(stmt, ast.If):
            a, b = _surely_bound(stmt.body), _surely_bound(stmt.orelse)
            if a is None and b is None:
                return None
            out |= b if a is None else a if b is None else a & b
        elif isinstance(stmt, (ast.For, ast.AsyncFor, ast.While)):
            continue
        elif isinstance(stmt, (ast.Try, ast.With, ast.AsyncWith)):
            inner = _surely_bound(stmt.body)
            if inner is None:
                return None
            out |= inner
            if not isinstance(stmt, ast.Try):
                out |= _assigned([ast.Expr(value=item.optional_vars) for item in stmt.items
                                  if item.optional_vars is not None])
        else:
            out |= _names_in(stmt)[0]
    return frozenset(out)


def _inner_scope_names(fn: ast.AST):
    """Names bound by comprehensions, lambdas and nested functions: their own scopes."""
    names = set()
    for node in walk(fn):
        if isinstance(node, ast.comprehension):
            names |= {n.id for n in walk(node.target) if isinstance(n, ast.Name)}
        elif isinstance(node, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)) and node is not fn:
            names |= parameter_names(node.args)
            # and what their bodies bind (a nested def's own `for k, v in d.items()`)
            shared = {n for s in walk(node) if isinstance(s, ast.Nonlocal) for n in s.names}
            names |= {n.id for n in walk(node) if isinstance(n, ast.Name)
                      and isinstance(n.ctx, ast.Store) and n.id not in shared}
    return names


_INNER_NAMES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _inner_names(ctx) -> set:
    """The names inner scopes of the analysed function bind (cached per analysis)."""
    names = _INNER_NAMES.get(ctx)
    if names is None:
        names = _INNER_NAMES[ctx] = _inner_scope_names(ctx.fn)
    return names


def _first_after(ctx, name: str, line: int):
    """The first read or write of ``name`` on a line after ``line``: (node, is_read), or None."""
    events = [n for n in ctx.name_nodes(name) if n.lineno > line]
    if not events:
        return None
    first = min(events, key=lambda n: (n.lineno, isinstance(n.ctx, ast.Load), n.col_offset))
    return first, isinstance(first.ctx, ast.Load)


@after_loop
def loop_local_name(node, ctx):
    """MSG207: a name first bound inside a loop body and read after the loop.

    MindSpore 2.10 rejects it for ``for`` and ``while`` alike, even over a
    constant ``range``, at the read after the loop (measured).
    """
    if not isinstance(node, (ast.For, ast.While)) or ctx.in_loop():
        return  # a nested loop's names are judged with the outermost loop
    end = node.end_lineno or node.lineno
    body = _assigned(node.body)
    if not body:
        return
    skip = parameter_names(ctx.fn.args, starred=True) | ctx.globals_declared
    if isinstance(node, ast.For):
        skip |= {n.id for n in walk(node.target) if isinstance(n, ast.Name)}  # not measured
    found = []
    for name in sorted(body - skip):
        if any(n.lineno < node.lineno for n in ctx.stores(name)):
            continue  # bound before the loop
        read_inside = any(isinstance(n.ctx, ast.Load) and node.lineno <= n.lineno <= end
                          for n in ctx.name_nodes(name))
        early = _read_unbound(node.body, name, False) if read_inside and not _bound_first(node.body, name) else None
        first = _first_after(ctx, name, end)
        if (isinstance(early, ast.Name) or first is not None and first[1]) and name not in _inner_names(ctx):
            # A read inside the body on a path where this pass has not bound the name yet
            # (`if i == 0: out = s` / `else: out = out + s`) is blamed first (measured).
            inside = isinstance(early, ast.Name)
            read = early if inside else first[0]
            found.append((not inside, read.lineno, read.col_offset, name, read, inside))
    if found:
        # the read MindSpore meets first: `return out, (hy, cy)` names `hy` (seed 7324, ConvRNN)
        _, _, _, name, read, inside = min(found, key=lambda f: f[:3])
        # Refused while the function is parsed: in a helper or sub-Cell, MindSpore blames the line
        # calling it (measured: bindings_loop_local_in_*.py, blind batch 187's Sinkhorn helper)
        yield ctx.hit_at_call_site("MSG207", read, name=name, loop="for" if isinstance(node, ast.For) else "while",
                      where="in it on a path where this pass has not bound it yet (a branch skipped "
                            "it)" if inside else "after the loop")


def _bound_first(stmts, name: str) -> bool:
    """Is the first statement of ``stmts`` that mentions ``name`` a plain assignment that binds
    it without reading it? Then ``_read_unbound`` can find no read before a binding (the
    common case, answered without walking every branch)."""
    for stmt in stmts:
        stored, loaded = _names_in(stmt)
        if name in stored or name in loaded:
            return isinstance(stmt, ast.Assign) and name in stored and name not in _names_in(stmt.value)[1]
    return False


_TRY = (ast.Try, ast.TryStar) if hasattr(ast, "TryStar") else (ast.Try,)


def _read_unbound(stmts, name: str, bound: bool):
    """The first read of ``name`` in ``stmts`` on a path that has not bound it, if any; else
    whether the block leaves it bound (True/False). Branches bind only when both do; a
    nested loop may not run."""
    for stmt in stmts:
        if isinstance(stmt, ast.If):
            read = _reads(stmt.test, name) if not bound else None
            if read is not None:
                return read
            outcomes = [_read_unbound(block, name, bound) for block in (stmt.body, stmt.orelse)]
            for outcome in outcomes:
                if isinstance(outcome, ast.Name):
                    return outcome
            # a branch that returns, raises, breaks or continues does not reach what follows
            bound = bound or all(o or _leaves(block) for o, block in zip(outcomes, (stmt.body, stmt.orelse)))
            continue
        if isinstance(stmt, (ast.With, ast.AsyncWith)):
            # the body of a `with` always runs: a block like any other, after its items
            for item in stmt.items:
                read = None if bound else _reads(item.context_expr, name)
                if read is not None:
                    return read
                if item.optional_vars is not None and name in _assigned([ast.Expr(item.optional_vars)]):
                    bound = True
            outcome = _read_unbound(stmt.body, name, bound)
            if isinstance(outcome, ast.Name):
                return outcome
            bound = bound or outcome
            continue
        if isinstance(stmt, _TRY):
            # the body runs in order; a handler may start before any of it ran. What follows is
            # judged through the body and `else` only: graph mode rejects the `try` itself (MSG501),
            # and once it is taken out the handlers are gone (an `except:` that skips the binding
            # is not a path MindSpore compiles: measured)
            outcome = _read_unbound(stmt.body, name, bound)
            if isinstance(outcome, ast.Name):
                return outcome
            after = _read_unbound(stmt.orelse, name, outcome)
            if isinstance(after, ast.Name):
                return after
            handled = [_read_unbound(h.body, name, bound) for h in stmt.handlers]
            for result in handled:
                if isinstance(result, ast.Name):
                    return result
            bound = bound or after
            final = _read_unbound(stmt.finalbody, name, bound)
            if isinstance(final, ast.Name):
                return final
            bound = bound or final
            continue
        if isinstance(stmt, (ast.For, ast.While)):
            header = stmt.iter if isinstance(stmt, ast.For) else stmt.test
            binds = isinstance(stmt, ast.For) and name in _assigned([ast.Expr(stmt.target)])
            outcome = _read_unbound(stmt.body, name, bound or binds)
            read = None if bound else _reads(header, name)
            if read is not None or isinstance(outcome, ast.Name):
                return read if read is not None else outcome
            continue
        if not bound:
            values = [stmt.value] if isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and \
                stmt.value is not None else [stmt]
            if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == name:
                return stmt.target
            for value in values:
                read = _reads(value, name)
                if read is not None:
                    return read
        if name in _assigned([stmt]):
            bound = True
    return bound


def _reads(node: ast.AST, name: str):
    if name not in _names_in(node)[1]:
        return None
    own = set()  # comprehensions and lambdas that bind the name themselves
    for sub in walk(node):
        if isinstance(sub, COMPREHENSIONS) and any(
                name in {n.id for n in walk(g.target) if isinstance(n, ast.Name)} for g in sub.generators):
            own.update(id(n) for n in walk(sub))
        elif isinstance(sub, ast.Lambda) and name in {a.arg for a in sub.args.args}:
            own.update(id(n) for n in walk(sub))
    loads = [n for n in walk(node) if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)
             and id(n) not in own]
    return min(loads, key=lambda n: (n.lineno, n.col_offset)) if loads else None
