"""Slicing and indexing with bounds or masks that come from tensor data."""
from __future__ import annotations

import ast
import re
from typing import Optional

from ..astwalk import short_text, walk
from ..values.shapes import _is_dyn, dyn_axes
from ..scopes import is_self_attr, parameter_names
from ..values.constants import literal
from ..values.expressions import _VIEWS, _first_self_writes, _says_bool
from ..values import DATA
from ..values.lattice import CONST, FOLDED_BOOL
from . import on
from .control_flow import _cast_dtype
from .dynamic_ops import size_arguments, single_assignment
from .recurrent import recurrent_consumer


def _parts(index: ast.expr):
    return index.elts if isinstance(index, ast.Tuple) else [index]


@on(ast.Subscript)
def data_dependent_slice(node: ast.Subscript, ctx):
    """MSG101: ``x[:k]`` where ``k`` is tensor data."""
    if ctx.val(node.value).kind != DATA and not _tensor_attribute(node.value, ctx) \
            and not _made_by_op(node.value, ctx):
        # (a Tensor built from constants, `canvas = ops.zeros((h, w))`, written or read at data
        # bounds: the region is data-sized all the same; blind batch 145's mask paste, and
        # `slicing_read_*_const_tensor.py`)
        return
    for axis, part in enumerate(_parts(node.slice)):
        if not isinstance(part, ast.Slice):
            continue
        for bound in (part.lower, part.upper, part.step):
            if bound is not None and isinstance(node.ctx, ast.Load) and _int32_counter_in(bound, ctx):
                # `widths[c:c + span]` with `c = Tensor(0, ms.int32)` stepped by a loop: the
                # slice is built from an int32 scalar, which MakeSlice refuses (int64 only), and
                # the compile fails here at both levels, before any later use (measured, blind
                # batch 220's span merger, slicing_read_int32_counter_while.py; after the loop
                # too, finance_calm_spell_while_scan.py; an int64 counter gives a dynamic window,
                # an int32 count that no loop steps too)
                yield ctx.hit("MSG101", node, "fails", what="tensor data", bound=ast.unparse(bound), effect=_INT32_LOOP)
                return
            if bound is not None and isinstance(node.ctx, ast.Load) and "int32" in ctx.index.source \
                    and not ctx.is_data(bound) and _int32_constant(bound, ctx):
                # `x[start:start + 3]` with `start = Tensor(2, ms.int32)` (kept on the Cell, stepped by
                # a Python int, or read out with `.item()` too): MakeSlice refuses the int32 scalar and
                # the compile fails here at both levels; an int64 Tensor, or `Tensor(2)`, slices
                # statically, and one an `if` on data picks is a data bound (measured:
                # slice_const_int32_*.py, slice_const_tensor_bound_*.py, blind batch 234)
                yield ctx.hit("MSG101", node, "fails", what="an int32 Tensor built from constants",
                              bound=ast.unparse(bound), effect=_INT32_CONSTANT)
                return
            if bound is not None and ctx.is_data(bound):
                if isinstance(node.ctx, ast.Store) and ctx.device in (None, "CPU") and any(
                        b is not None and ctx.is_data(b) and _int32(b, ctx) for b in (part.lower, part.upper, part.step)):
                    # `frame[a:b] = 1.0` with `a` an int32 Tensor (`.astype(ms.int32)`): the CPU kernel
                    # that turns the slice into indices takes int64 only, and the compile fails
                    # there at both levels (measured: `slicing_store_int32_*`; int64 bounds, from
                    # `argmax` or a `sum`, make the region dynamic instead)
                    yield ctx.hit("MSG101", node, "fails", what="tensor data", bound=ast.unparse(bound),
                                  effect=_INT32_STORE)
                    return
                if isinstance(node.ctx, ast.Store) and (_is_dyn(ctx.sig(node.value))
                                                        or _sized_by_data(node.value, ctx)):
                    # `canvas[:, :, x0:x0 + p] += patch` into a canvas already sized by data
                    # (`ops.zeros((c, p, out_w))`, MSG104's): no new dynamic shape at the store
                    # (measured, blind batch 161's stitcher; into a fixed canvas the store is
                    # blamed, slicing_store_*_static_canvas.py)
                    return
                rnn = recurrent_consumer(node, axis, ctx) if isinstance(node.ctx, ast.Load) else None
                if rnn is None and _is_dyn(ctx.sig(node.value)):
                    # a slice of a value whose shape is already data-dependent (`sel[:int(k)]` after
                    # `masked_select`, `x[:, lag:seq_len - lag]` of a cropped `x`) makes no new
                    # dynamic shape: MindSpore marks where the value got its own, whatever the bound
                    # (measured, both levels: dynop_second_size_on_dynamic_slice_*.py)
                    break
                # `queue[ptr:ptr + n] = keys`: the tensor keeps its shape, the region written does not
                effect = "the region written has a data-dependent size" if isinstance(node.ctx, ast.Store) \
                    else "the result has a data-dependent shape"
                if rnn is not None:
                    # the time loop of nn.GRU/nn.RNN needs a sequence of known length: compiling fails
                    # there ("len of input_x must be >= 1"), the line MindSpore blames (measured,
                    # batch 100: nn.LSTM takes it, with dynamic shapes)
                    call, cls = rnn
                    effect = (f"`{ast.unparse(call.func)}` (nn.{cls}) then runs over a sequence of that "
                              f"data-dependent length, and compiling fails there (the slice is at line "
                              f"{node.lineno})")
                    yield ctx.hit("MSG101", call, what="tensor data", bound=ast.unparse(bound), effect=effect)
                    return
                yield ctx.hit("MSG101", node, what="tensor data", bound=ast.unparse(bound), effect=effect)
                return


_INT32_STORE = ("it is an int32 Tensor, and on CPU the kernel that turns a slice into indices "
                "(SliceToIndices) takes int64 bounds only: the compile fails here at both levels "
                "(cast the bound with `.astype(ms.int64)` to keep a dynamic region instead)")


_INT32_LOOP = ("it is a loop counter that starts as an int32 Tensor, and the slice built from it "
               "(MakeSlice) takes int64 scalars only: the compile fails here at both levels (start the "
               "counter as `Tensor(0, ms.int64)`, which gives a data-sized window instead)")
_INT32_CONSTANT = ("the slice built from it (MakeSlice) takes int64 scalars only, so the compile fails here at "
                  "both levels (build it as `Tensor(..., ms.int64)`, or keep a Python int)")
_INT32_BUILDERS = frozenset({"mindspore.Tensor", "mindspore.tensor", "mindspore.ops.ones", "mindspore.ops.zeros",
                             "mindspore.ops.full", "mindspore.ops.fill", "mindspore.mint.ones", "mindspore.mint.zeros"})


def _int32_counter_in(bound: ast.expr, ctx) -> bool:
    """Does ``bound`` read a counter a loop steps that starts as an int32 Tensor (``c =
    Tensor(0, ms.int32)`` or ``ops.ones((), ms.int32)``, then ``c = c + span`` or ``c += 1`` in a
    loop, and no other binding)?"""
    if "int32" not in ctx.index.source or not any(isinstance(n, ast.Name) for n in walk(bound)):
        return False
    counters = getattr(ctx.fn, "_msgl_int32_counters", None)
    if counters is None:
        counters = ctx.fn._msgl_int32_counters = _int32_counters(ctx)
    return bool(counters) and any(isinstance(n, ast.Name) and n.id in counters for n in walk(bound))


def _int32_counters(ctx) -> frozenset:
    binds, loops = _local_writes(ctx)
    found = set()
    for name, stmts in binds.items():
        if len(stmts) < 2 or not all(_one_target(b) for b in stmts):
            continue
        first, rest = stmts[0], stmts[1:]
        if not (isinstance(first, ast.Assign) and _int32_built(first.value, ctx)):
            continue
        if not all(any(loop.lineno < b.lineno <= (loop.end_lineno or loop.lineno) for loop in loops) for b in rest):
            continue  # (stepped outside a loop: a value the compile knows)
        if all(_self_step(b, name) is not None for b in rest):
            found.add(name)
    return frozenset(found)


def _local_writes(ctx):
    """The plain and augmented assignments of each name in the function, in source order, and
    its loops: one walk, kept on the function (for the int32 counter and constant checks)."""
    cached = getattr(ctx.fn, "_msgl_local_writes", None)
    if cached is None:
        binds: dict = {}
        loops = []
        for n in walk(ctx.fn):
            if isinstance(n, (ast.While, ast.For)):
                loops.append(n)
            elif isinstance(n, (ast.Assign, ast.AugAssign)):
                for t in n.targets if isinstance(n, ast.Assign) else [n.target]:
                    if isinstance(t, ast.Name):
                        binds.setdefault(t.id, []).append(n)
        for stmts in binds.values():
            stmts.sort(key=lambda b: (b.lineno, b.col_offset))
        cached = ctx.fn._msgl_local_writes = (binds, loops)
    return cached


def _one_target(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.AugAssign) or len(stmt.targets) == 1


def _self_step(stmt: ast.stmt, name: str) -> Optional[ast.expr]:
    """What ``stmt`` adds to or subtracts from ``name`` (``name += s``, ``name = name - s``), if
    that is all it does."""
    if isinstance(stmt, ast.AugAssign) and isinstance(stmt.op, (ast.Add, ast.Sub)):
        return stmt.value
    value = stmt.value if isinstance(stmt, ast.Assign) else None
    if isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Add, ast.Sub)) \
            and isinstance(value.left, ast.Name) and value.left.id == name:
        return value.right
    return None


def _int32_built(call: ast.AST, ctx) -> bool:
    """``Tensor(2, ms.int32)``, ``ops.ones((), ms.int32)``: an int32 Tensor built by MindSpore."""
    return isinstance(call, ast.Call) and (ctx.qualname(call.func) or "") in _INT32_BUILDERS and any(
        (ctx.qualname(a) or "") == "mindspore.int32"
        for a in list(call.args[1:]) + [k.value for k in call.keywords if k.arg in ("dtype", "type")])


def _int32_constant(expr: ast.expr, ctx, depth: int = 0) -> bool:
    """Is ``expr`` an int32 Tensor built from constants, or its ``.item()``: built here, kept on the
    Cell by ``__init__``, a local whose first binding is one and whose later ones only add or
    subtract Python ints or bind another one (under a Python condition: one an `if` on data picks
    is data, which the caller rules out first), or such a value plus or minus a Python int?"""
    if depth > 6:
        return False
    if isinstance(expr, ast.Call):
        func = expr.func
        if isinstance(func, ast.Attribute) and func.attr == "item" and not expr.args:
            return _int32_constant(func.value, ctx, depth + 1)
        return _int32_built(expr, ctx) and not any(ctx.is_data(a) for a in expr.args[:1])
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, (ast.Add, ast.Sub)):
        return _int32_constant(expr.left, ctx, depth + 1) and _python_int(expr.right, ctx) \
            or _python_int(expr.left, ctx) and _int32_constant(expr.right, ctx, depth + 1)
    if is_self_attr(expr) and ctx.owner is not None:
        attr = ctx.owner.attrs.get(expr.attr)
        return attr is not None and attr.kind == "tensor" and _int32_built(attr.call, ctx) \
            and not any(ctx.is_data(a) for a in attr.call.args[:1]) and expr.attr not in _first_self_writes(ctx.fn)
    if isinstance(expr, ast.Name):
        stores = _local_writes(ctx)[0].get(expr.id, [])
        if not stores or not isinstance(stores[0], ast.Assign) or not all(_one_target(b) for b in stores) \
                or stores[0].lineno >= expr.lineno or expr.id in parameter_names(ctx.fn.args, starred=True):
            return False
        return _int32_constant(stores[0].value, ctx, depth + 1) and all(
            (step := _self_step(b, expr.id)) is not None and _python_int(step, ctx)
            or isinstance(b, ast.Assign) and _int32_constant(b.value, ctx, depth + 1) for b in stores[1:])
    return False


def _int32(expr: ast.expr, ctx, depth: int = 0) -> bool:
    """Is ``expr`` surely an int32 Tensor: cast to int32 (``.astype(ms.int32)``, ``.int()``,
    ``ops.cast(x, ms.int32)``), an element of one, or int32 arithmetic with Python ints? A name is
    followed to the one plain assignment binding it (a tuple of such values unpacked included).
    A graph function's argument, or what an op of its own result type returns, is not known."""
    if depth > 6:
        return False
    if isinstance(expr, ast.Name):
        value = _bound_value(expr, ctx)
        return value is not None and _int32(value, ctx, depth + 1)
    if isinstance(expr, ast.Subscript) and not isinstance(expr.slice, (ast.Slice, ast.Tuple)):
        return _int32(expr.value, ctx, depth + 1)  # `lo[0]`: an element keeps its Tensor's dtype
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, (ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Mod)):
        return _int32_with_ints((expr.left, expr.right), ctx, depth)
    if not isinstance(expr, ast.Call):
        return False
    cast = _cast_dtype(expr, ctx)
    if cast is not None:
        return cast == "int32"
    func = expr.func
    if isinstance(func, ast.Attribute) and func.attr in ("clip", "clamp") and expr.args and not ctx.qualname(func):
        return _int32(func.value, ctx, depth + 1) and _int32_with_ints(expr.args, ctx, depth, needs_int32=False)
    if (ctx.qualname(func) or "") in ("mindspore.ops.minimum", "mindspore.ops.maximum") and len(expr.args) == 2:
        return _int32_with_ints(expr.args, ctx, depth)
    return False


def _int32_with_ints(operands, ctx, depth: int, needs_int32: bool = True) -> bool:
    """Are ``operands`` int32 Tensors or Python ints (at least one int32 Tensor, unless not
    ``needs_int32``), so that the op on them keeps int32?"""
    int32 = [_int32(o, ctx, depth + 1) for o in operands]
    return (any(int32) or not needs_int32) and all(t or _python_int(o, ctx) for t, o in zip(int32, operands))


def _python_int(node: ast.expr, ctx) -> bool:
    """A Python int the graph knows: a literal, a constant, a size read from a shape."""
    if isinstance(node, ast.Constant):
        return type(node.value) is int
    value = ctx.val(node)
    return value.kind == CONST and (value.tag in ("scalar", "shape") or value.known is not None
                                    and type(value.known[0]) is int)


def _bound_value(name: ast.Name, ctx) -> Optional[ast.expr]:
    """The expression the one plain assignment of the function gives ``name``, before its use:
    ``k = ...``, or an element of ``a, b = lo[0], lo[1]``."""
    stores = ctx.stores(name.id)
    if len(stores) != 1 or stores[0].lineno > name.lineno:
        return None
    target = stores[0]
    for stmt in walk(ctx.fn):
        if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
            continue
        whole = stmt.targets[0]
        if whole is target:
            return stmt.value
        if isinstance(whole, ast.Tuple) and isinstance(stmt.value, ast.Tuple) \
                and len(whole.elts) == len(stmt.value.elts) and any(e is target for e in whole.elts):
            return stmt.value.elts[[id(e) for e in whole.elts].index(id(target))]
    return None


def _sized_by_data(target: ast.expr, ctx) -> bool:
    """Is ``target`` a local name bound only to an op whose size argument is tensor data
    (``canvas = ops.zeros((c, p, out_w))`` with ``out_w`` from ``int(overlap)``)?"""
    bound = single_assignment(target, target, ctx) if isinstance(target, ast.Name) else None
    value = bound.value if bound is not None else None
    return isinstance(value, ast.Call) and ctx.op(value) is not None and any(
        ctx.is_data(arg) for _, arg in size_arguments(ctx.op(value), value, ctx))


def _made_by_op(node: ast.expr, ctx) -> bool:
    """What a MindSpore op returns (``ops.arange(n)``), or a local bound once, before, to it
    (``canvas = ops.zeros(...)``): a Tensor, though computed from constants."""
    if isinstance(node, ast.Name):
        assign = single_assignment(node, node, ctx)
        node = assign.value if assign is not None else node
    return isinstance(node, ast.Call) and (ctx.qualname(node.func) or "").startswith("mindspore.")


def _tensor_attribute(node: ast.expr, ctx) -> bool:
    """A Tensor or Parameter ``__init__`` kept on the Cell (``self.cos_cached = Tensor(np.cos(emb))``):
    constant values, but sliced by a tensor-data bound its result's shape is data (measured,
    blind batch 81: a rotary cache sliced at ``int(past_length)``)."""
    return ctx.kept_kind(node) in ("tensor", "param")


@on(ast.Subscript)
def boolean_mask_index(node: ast.Subscript, ctx):
    """MSG102: ``x[mask]`` read with a boolean tensor."""
    if not isinstance(node.ctx, ast.Load):
        return
    if ctx.val(node.value).kind != DATA and not _tensor_attribute(node.value, ctx) \
            and not _made_by_op(node.value, ctx):
        # (`ops.arange(n)[valid]`, a Tensor of constants masked by data, selects data all the
        # same: nerf batch 147's occupancy-grid scatter, dynamic at both levels)
        return
    for part in _parts(node.slice):
        value = ctx.val(part)
        if value.kind == DATA and value.tag in ("bool", FOLDED_BOOL) \
                or value.kind == DATA and value.tag == "" and _mask_parameter(part, ctx):
            if _is_dyn(ctx.sig(node.value)) and any(_is_dyn(ctx.sig(x)) for x in (
                    [part.left] + part.comparators if isinstance(part, ast.Compare) else [part])):
                # `keep[kept_scores > t]` with both already data-sized (after `nonzero` and a gather
                # by it): no new dynamic shape starts here, MindSpore blames the first (batch 134)
                return
            # (a folded mask selects data too)
            yield ctx.hit("MSG102", node, mask=ast.unparse(part))
            return
        if value.kind != DATA and _constant_mask(part, ctx):
            yield ctx.hit("MSG102", node, mask=ast.unparse(part))
            return
    if _bool_list(node.slice, ctx):
        # `x[[True, False, True]]`, `x[self.keep]` with a list of bools kept on the Cell: graph
        # mode makes the list a boolean mask, with a dynamic shape (measured, batches 88 and 91;
        # `x[:, keep]` inside a tuple index compiles statically)
        yield ctx.hit("MSG102", node, mask=ast.unparse(node.slice))


@on(ast.Subscript)
def multi_axis_index_data_length(node: ast.Subscript, ctx):
    """MSG106: ``dist[src, dst]`` with an index tensor of data-dependent length inside a tuple index."""
    if not isinstance(node.ctx, ast.Load) or not isinstance(node.slice, ast.Tuple) \
            or ctx.val(node.value).kind != DATA or _is_dyn(ctx.sig(node.value)):
        return  # (an already dynamic base: not measured, left alone)
    for part in node.slice.elts:
        if isinstance(part, (ast.Slice, ast.Starred)):
            continue
        if _index_of_data_length(part, ctx):
            yield ctx.hit("MSG106", node, how="indexing along several axes", base=short_text(node.value, 40),
                          index=short_text(part, 40))
            return


def _index_of_data_length(index: ast.expr, ctx) -> bool:
    """An index tensor (not a mask) whose length, its first axis, is data-dependent."""
    value, sig = ctx.val(index), ctx.sig(index)
    return value.kind == DATA and value.tag not in ("bool", FOLDED_BOOL) and _is_dyn(sig) \
        and (dyn_axes(sig) is None or 0 in dyn_axes(sig))


@on(ast.Assign)
def one_value_at_data_length_index(node: ast.Assign, ctx):
    """MSG106: ``row[idx] = 1.0`` with ``idx`` of data-dependent length: the value is broadcast to
    the index's length, a new dynamic shape (measured: ``dynop_store_scalar_at_*_index.py``)."""
    if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Subscript):
        return
    target = node.targets[0]
    if isinstance(target.slice, (ast.Slice, ast.Tuple)) or not _one_value(node.value, ctx):
        return
    index = target.slice
    if _index_of_data_length(index, ctx) and not _is_dyn(ctx.sig(target.value)):
        yield ctx.hit("MSG106", target, how="writing one value into", base=short_text(target.value, 40),
                      index=short_text(index, 40))


def _one_value(value: ast.expr, ctx) -> bool:
    """A Python number or bool, literal or constant (``1.0``, ``-1``, ``self.fill``)."""
    if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.USub):
        value = value.operand
    if isinstance(value, ast.Constant):
        return type(value.value) in (int, float, bool)
    known = ctx.val(value)
    return known.kind == CONST and known.known is not None and type(known.known[0]) in (int, float, bool)


_COMPARISONS = (ast.Lt, ast.Gt, ast.LtE, ast.GtE, ast.Eq, ast.NotEq)
# ops that keep a mask a mask (``ops.broadcast_to(self.lsm < 0.5, x.shape)``): the views
# the values analysis keeps a mask through, and a logical not
_MASK_KEEPING = _VIEWS | {"logical_not"}


def _constant_mask(part: ast.expr, ctx, depth: int = 0) -> bool:
    """A boolean Tensor whose values MindSpore knows while compiling, as an index: a bool Tensor
    ``__init__`` keeps (``self.keep = Tensor(np.arange(4) > 1)``), a comparison of a Tensor the
    Cell keeps or of an ``__init__`` argument (``self.lsm < 0.5``: in an index, no Python number),
    an ``__init__`` argument named as a mask (``self.pad_mask``), a local bound once to one of
    those, or an op keeping it a mask. The count it selects is still data: MaskedSelect's shape is
    never inferred from values (measured dynamic at both levels, in a tuple index too:
    ``mask_const_*.py``, blind batch 365's land-sea mask). A ``Tensor`` of ints kept so gathers
    (static), and an ``if`` on a constant Tensor folds (measured)."""
    if isinstance(part, ast.Compare):
        return len(part.ops) == 1 and isinstance(part.ops[0], _COMPARISONS) \
            and any(_tensor_or_argument(o, ctx) for o in (part.left, *part.comparators))
    if isinstance(part, ast.UnaryOp) and isinstance(part.op, ast.Invert):
        return _constant_mask(part.operand, ctx, depth)
    if is_self_attr(part) and ctx.owner is not None:
        attr = ctx.owner.attr(part.attr)
        if attr is None or ctx.val(part).known is not None:
            return False
        if attr.kind in ("tensor", "param") or _returns_tensor(attr.call, ctx):
            # (`self.neg_mask = correlated_mask(n)`, a helper of the module returning `Tensor(m)`
            # of a NumPy bool array: blind batch 366's NT-Xent negatives)
            return _bool_tensor_call(attr.call) or bool(_MASK_NAME.match(part.attr))
        return bool(attr.from_arg) and attr.kind not in ("cell", "cell_list", "primitive") \
            and bool(_MASK_NAME.match(part.attr)) and ctx.val(part).tag == ""
    if isinstance(part, ast.Call) and depth < 3 and part.args \
            and (ctx.qualname(part.func) or "").rsplit(".", 1)[-1] in _MASK_KEEPING \
            and (ctx.qualname(part.func) or "").startswith("mindspore."):
        return _constant_mask(part.args[0], ctx, depth + 1)
    if isinstance(part, ast.Name) and depth < 3:
        assign = single_assignment(part, part, ctx)
        return assign is not None and _constant_mask(assign.value, ctx, depth + 1)
    return False


def _returns_tensor(call: Optional[ast.expr], ctx) -> bool:
    """A call of a helper of this module whose every ``return`` builds a ``Tensor``."""
    returns = ctx.helper_returns(call)
    return bool(returns) and all(isinstance(r, ast.Call) and ctx.names.qualname(r.func) in (
        "mindspore.Tensor", "mindspore.tensor") for r in returns)


def _tensor_or_argument(operand: ast.expr, ctx) -> bool:
    """A Tensor the Cell keeps, or an attribute ``__init__`` stored from its argument, of no
    Python value the analysis knows."""
    if ctx.kept_kind(operand) in ("tensor", "param"):
        return True
    if not (is_self_attr(operand) and ctx.owner is not None):
        return False
    attr = ctx.owner.attr(operand.attr)
    value = ctx.val(operand)
    if attr is None or not attr.from_arg or value.known is not None or value.tag != "" \
            or attr.kind in ("cell", "cell_list", "primitive"):
        return False
    # (`Net(0.3)`, `Net(thr=-1)`: every build passes a Python number, so the comparison is a
    # Python bool, which adds an axis: static, measured)
    passed = ctx.index.passed_values(ctx.owner, attr.from_arg)
    return not (passed and all(_number_literal(v) for v in passed))


def _number_literal(node: Optional[ast.expr]) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    return isinstance(node, ast.Constant) and type(node.value) in (int, float, bool)


def _bool_tensor_call(call: Optional[ast.expr]) -> bool:
    """``Tensor([True, False])``, ``Tensor(np.arange(4) > 1)``, ``Tensor(m, ms.bool_)``."""
    if not isinstance(call, ast.Call) or not call.args:
        return False
    dtypes = [*call.args[1:], *(k.value for k in call.keywords if k.arg == "dtype")]
    if dtypes:
        return any(_says_bool(d) for d in dtypes)
    first = call.args[0]
    if isinstance(first, ast.Call) and first.args and ast.unparse(first.func).endswith(("array", "asarray")):
        first = first.args[0]
    if isinstance(first, ast.Compare):
        return True
    return isinstance(first, ast.List) and bool(first.elts) \
        and all(isinstance(e, ast.Constant) and type(e.value) is bool for e in first.elts)


_MASK_NAME = re.compile(r"^(?:mask|masks|valid|is_\w+|\w+_mask|\w+_masks)$")


def _mask_parameter(part: ast.expr, ctx) -> bool:
    """A parameter of the graph function named as a mask (``mask``, ``valid``, ``pad_mask``,
    ``is_pos``) and not rebound, used as an index: the caller hands it a boolean Tensor (blind
    batch 93's PPO loss, ``adv[valid]``: dynamic at both levels). An index tensor of ints (a
    gather, static: `keep`, `keep_idx`, `valid_inds`) is not named so."""
    if not isinstance(part, ast.Name) or not _MASK_NAME.match(part.id) \
            or part.id not in parameter_names(ctx.fn.args):
        return False
    return not ctx.stores(part.id)


def _bool_list(index: ast.expr, ctx) -> bool:
    """A Python list of booleans as the whole index: a literal, or a constant whose value is one."""
    if isinstance(index, ast.List):
        return bool(index.elts) and all(isinstance(e, ast.Constant) and type(e.value) is bool for e in index.elts)
    if isinstance(index, (ast.Name, ast.Attribute)):
        value = ctx.val(index)
        known = value.known[0] if value.kind == CONST and value.known is not None else None
        if known is None and is_self_attr(index) and ctx.owner is not None:
            known = _stored_list(index.attr, ctx)
        return isinstance(known, tuple) and bool(known) and all(type(e) is bool for e in known)
    return False


def _stored_list(attr: str, ctx) -> Optional[tuple]:
    """The list literal ``__init__`` stores on ``self.<attr>`` (directly or through a module
    constant), when it is stored once and nothing else changes it."""
    stored = ctx.index.init_stores(ctx.owner, attr)
    if stored is None or len(stored) != 1:
        return None
    value = stored[0]
    if isinstance(value, ast.Name) and value.id not in parameter_names(ctx.owner.methods["__init__"].args):
        value = ctx.index.module_values.get(value.id)
    if not isinstance(value, ast.List):
        return None
    known = literal(value)
    return known[0] if known is not None else None
