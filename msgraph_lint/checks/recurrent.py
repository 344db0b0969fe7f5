"""Where a sequence of data-dependent length ends up: the recurrent layer of the Cell that runs
over it (shared by the slice checks, MSG101, and the always-dynamic op checks, MSG103; no checks
of its own)."""
from __future__ import annotations

import ast
from typing import Optional

from ..astwalk import walk
from ..scopes import is_self_attr
from ..values.constants import literal


# nn Cells whose time loop fails to compile on a sequence of data-dependent length, and those that
# carry a sequence through unchanged on the way there (an embedding, a projection, dropout)
_RECURRENT = frozenset({"GRU", "RNN"})
_PASS_THROUGH = frozenset({"Embedding", "Dense", "Dropout", "LayerNorm", "ReLU", "Tanh", "GELU"})


def recurrent_consumer(node: ast.expr, axis: int, ctx):
    """The call of an nn.GRU/nn.RNN kept on the Cell that ``node`` (a slice, or an op's result of
    data-dependent length on ``axis``) reaches, through names bound once, pass-through layers and
    a new leading axis (``.expand_dims(0)``), when that axis is its time axis (1 with
    ``batch_first=True``, else 0)."""
    if ctx.owner is None:
        return None
    target = _bound_to(node, ctx)
    return _follow(target, node.lineno, axis, ctx, 0) if target else None


def recurrent_layer(call: ast.Call, ctx) -> Optional[tuple]:
    """For ``self.rnn(x)`` with ``self.rnn`` an nn.GRU/nn.RNN: its class name and its time axis."""
    attr = ctx.owner.attr(call.func.attr) if ctx.owner is not None and is_self_attr(call.func) else None
    if attr is None or attr.kind != "cell" or not attr.qualname.startswith("mindspore.nn.") \
            or attr.qualname.rsplit(".", 1)[-1] not in _RECURRENT:
        return None
    first = any(k.arg == "batch_first" and literal(k.value) == (True,)
                for k in (attr.call.keywords if attr.call is not None else ()))
    return attr.qualname.rsplit(".", 1)[-1], 1 if first else 0


def _bound_to(value: ast.expr, ctx) -> Optional[str]:
    """The name a plain assignment of the function binds ``value`` to."""
    for assign in walk(ctx.fn):
        if isinstance(assign, ast.Assign) and assign.value is value and len(assign.targets) == 1 \
                and isinstance(assign.targets[0], ast.Name):
            return assign.targets[0].id
    return None


def _follow(name: str, after: int, axis: int, ctx, depth: int):
    if depth > 3 or len(ctx.stores(name)) != 1:
        return None
    for call in walk(ctx.fn):
        if isinstance(call, ast.Call) and call.lineno > after and call.args \
                and isinstance(call.args[0], ast.Name) and call.args[0].id == name and is_self_attr(call.func):
            found = _consumer(call, axis, ctx, depth)
            if found is not None:
                return found
    return None


def _consumer(call: ast.Call, axis: int, ctx, depth: int):
    """Where the sequence handed to ``call`` (a layer of the Cell) ends up: the recurrent layer
    itself, or one reached through what a pass-through layer returns, bound to a name or handed
    on directly (``self.dropout(self.item_emb(seq))``: blind batch 174's GRU4Rec)."""
    attr = ctx.owner.attr(call.func.attr)
    if attr is None:
        return None
    if attr.kind == "cell" and attr.qualname.startswith("mindspore.nn."):
        cls = attr.qualname.rsplit(".", 1)[-1]
        if cls in _RECURRENT:
            return (call, cls) if axis == recurrent_layer(call, ctx)[1] else None
        if cls not in _PASS_THROUGH:
            return None
    elif not _pass_through_choice(call.func.attr, ctx):
        return None
    bound = _bound_to(call, ctx)
    if not bound:
        # `self.emb(runs).expand_dims(0)`: a new axis at or before the sequence's moves it on
        wrapper = next((c for c in walk(ctx.fn) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
                        and c.func.value is call and c.func.attr in ("expand_dims", "unsqueeze")
                        and len(c.args) == 1 and not c.keywords), None)
        new_axis = literal(wrapper.args[0]) if wrapper is not None else None
        if new_axis is not None and type(new_axis[0]) is int and 0 <= new_axis[0] <= axis + 1:
            bound = _bound_to(wrapper, ctx)
            axis = axis + 1 if new_axis[0] <= axis else axis
            call = wrapper
    if bound:
        return _follow(bound, call.lineno, axis, ctx, depth + 1)
    outer = next((c for c in walk(ctx.fn) if isinstance(c, ast.Call) and c.args and c.args[0] is call
                  and is_self_attr(c.func)), None)
    return _consumer(outer, axis, ctx, depth + 1) if outer is not None and depth < 3 else None


def _pass_through_choice(name: str, ctx) -> bool:
    """``self.dropout = nn.Dropout(p=p) if p > 0 else nn.Identity()``: every layer ``__init__`` may
    store there passes a sequence through unchanged."""
    stored = ctx.index.init_stores(ctx.owner, name) or ()
    calls = []
    for value in stored:
        calls += [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
    return bool(calls) and all(
        isinstance(c, ast.Call) and (ctx.qualname(c.func) or "").startswith("mindspore.nn.")
        and ctx.qualname(c.func).rsplit(".", 1)[-1] in _PASS_THROUGH | {"Identity"} for c in calls)
