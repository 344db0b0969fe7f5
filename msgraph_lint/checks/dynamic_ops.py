"""Ops whose output shape depends on tensor data."""
from __future__ import annotations

import ast
from typing import List, Optional

from .. import ops
from ..astwalk import parent_map, short_text, walk
from ..values.shapes import _is_dyn, dyn_axes
from ..scopes import is_self_attr, one_target_assignment, parameter_names
from ..names import is_mindspore, last
from . import fallback, on
from .recurrent import recurrent_consumer, recurrent_layer


# always-dynamic ops that are one primitive each: given a value already data-sized they start no
# new dynamic shape (`bincount` is composed of several ops, and one inside it does: batch 117's
# CSR pruning is blamed at it after a `nonzero`)
_SINGLE_PRIMITIVES = frozenset({"masked_select", "nonzero", "argwhere", "unique", "unique_consecutive"})
# always-dynamic ops whose one result is data-sized on its first axis only
_ONE_AXIS = frozenset({"masked_select", "unique_consecutive"})


@on(ast.Call)
def dynamic_shape_op(node: ast.Call, ctx):
    """MSG103: an op whose output shape is always data-dependent."""
    op = ctx.op(node)
    if op is not None and op.always_dynamic:
        inputs = list(node.args) + ([node.func.value] if isinstance(node.func, ast.Attribute)
                                    and not is_mindspore(ctx.qualname(node.func)) else [])
        if op.entry.id in _SINGLE_PRIMITIVES and any(ctx.is_data(a) and _is_dyn(ctx.sig(a)) for a in inputs):
            # `masked_select(collapsed, keep)` of what `unique_consecutive` returned: its input
            # already has a data-dependent shape, so no new one starts here (MindSpore blames the
            # first op only: blind batch 146's CTC collapse)
            return
        if op.entry.id in _ONE_AXIS and not node.keywords:
            rnn = recurrent_consumer(node, 0, ctx)
            if rnn is not None:
                # `runs = ops.unique_consecutive(ids)`, embedded, then an nn.GRU over it: the GRU's
                # time loop needs a known length and compiling fails there at both levels ("len of
                # input_x must be >= 1"; measured, blind batch 200's character collapser;
                # nn.LSTM takes it, dynamic at the op)
                call, cls = rnn
                hit = ctx.hit(op.entry.code or "MSG103", call, "fails", op=op.display)
                hit.note = (f"line {node.lineno}: `{ast.unparse(call.func)}` (nn.{cls}) then runs over a "
                            "sequence of that length, and compiling fails here")
                yield hit
                return
        yield ctx.hit(op.entry.code or "MSG103", node, op=op.display)
        return
    qualified = ctx.qualname(node.func)
    if is_mindspore(qualified):
        fact = ops.sparse_function(last(qualified))
        if fact is not None and fact.nnz_dynamic:
            yield ctx.hit("MSG103", node, op=last(qualified))
    elif isinstance(node.func, ast.Attribute):
        recv = ctx.val(node.func.value)
        if recv.tag == "sparse" and recv.ref in ops.SPARSE_TYPES:
            fact = ops.sparse_method(recv.ref, node.func.attr)
            if fact is not None and fact.nnz_dynamic:
                yield ctx.hit("MSG103", node, op=f"{recv.ref}.{node.func.attr}")


@on(ast.BinOp)
def sparse_arithmetic(node: ast.BinOp, ctx):
    """MSG103: adding or subtracting two sparse tensors gives a data-dependent nnz."""
    if isinstance(node.op, (ast.Add, ast.Sub)):
        left, right = ctx.val(node.left), ctx.val(node.right)
        if left.tag == right.tag == "sparse" and left.ref in ops.SPARSE_TYPES:
            yield ctx.hit("MSG103", node, op=f"{left.ref} {'+' if isinstance(node.op, ast.Add) else '-'}")


def size_arguments(op, node: ast.Call, ctx):
    """The op's size arguments, and with them every later positional size of a method given
    several (``x.reshape(b, h, w, c)``, ``x.view(...)``): each must be a Python int."""
    yield from op.shape_arguments()
    if op.form == "method" and len(node.args) > 1 and op.entry.method_sizes_outcome == "error" \
            and not any(isinstance(a, ast.Starred) for a in node.args):
        for position, arg in enumerate(node.args[1:], 1):
            if _surely_tensor(arg, ctx):
                yield f"size {position}", arg


def _surely_tensor(arg: ast.expr, ctx, depth: int = 0) -> bool:
    """Is every name ``arg`` reads surely tensor data where it comes from: a parameter of a graph
    entry the user calls (not a sub-Cell, whose sizes its parent passes), or a name bound once
    here to such an expression? Sizes unpacked from a tuple (``x, H, W = self.patch_embed(x)``,
    ``height, width = dims``) or read out of a sequence (``size[-2]``) are Python ints in real
    code (focalnet, PTCR, layers_compat in mindone: the analysis cannot follow them there)."""
    if depth > 3 or any(isinstance(sub, ast.Subscript) for sub in walk(arg)):
        return False
    names = [sub for sub in walk(arg) if isinstance(sub, ast.Name)]
    if not names or not ctx.is_data(arg):
        return False
    for name in names:
        if not ctx.is_data(name):
            continue  # (`ms` of `ms.int32`, `int`, `b` of `b, n, c = x.shape`: Python values)
        stores = ctx.stores(name.id)
        if not stores:
            if name.id not in parameter_names(ctx.fn.args) or not ctx.root or (
                    ctx.owner is not None and ctx.index.held_by_parent(ctx.owner.name)):
                return False
            continue
        values = bound_values(name.id, ctx)
        if values is None or not all(_surely_tensor(v, ctx, depth + 1) for v in values):
            return False
    return True


def bound_values(name: str, ctx) -> Optional[List[ast.expr]]:
    """The expressions ``name`` is bound to in the function by plain or element-wise assignment
    (``a, b = p, q``); None when any binding is something else (unpacking a value, a loop, a
    comprehension's own variable of the same name)."""
    found, _ = fallback.bindings(ctx.fn)
    statements = {id(stmt): stmt for stmt, _ in found.get(name, ())}
    if len(found.get(name, ())) != len(ctx.stores(name)):
        return None  # (bound where the shared table does not look: a comprehension, `async for`)
    values = []
    for stmt in statements.values():
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            values.append(stmt.value)
            continue
        if not isinstance(stmt, ast.Assign):
            return None
        for target in stmt.targets:
            if isinstance(target, ast.Name):
                if target.id == name:
                    values.append(stmt.value)
                continue
            if not any(isinstance(e, ast.Name) and e.id == name for e in walk(target)):
                continue
            if not isinstance(target, (ast.Tuple, ast.List)) or not isinstance(stmt.value, (ast.Tuple, ast.List)) \
                    or len(stmt.value.elts) != len(target.elts):
                return None
            for elt, value in zip(target.elts, stmt.value.elts):
                if isinstance(elt, ast.Name) and elt.id == name:
                    values.append(value)
                elif any(isinstance(e, ast.Name) and e.id == name for e in walk(elt)):
                    return None
    return values or None


@on(ast.Call)
def data_dependent_op_argument(node: ast.Call, ctx):
    """MSG104: a size, shape, axis or k argument that is tensor data."""
    op = ctx.op(node)
    if op is None or op.always_dynamic:
        return
    for label, arg in size_arguments(op, node, ctx):
        # `size=None` on a graph entry: a tensor when passed, as the analysis must assume,
        # but a size argument so declared is a Python size in real code (diffusers' output_size)
        if ctx.is_data(arg) and ctx.val(arg).tag != "optional" \
                and not (ctx.level == "STRICT" and fallback.host_made(arg, ctx)):
            # (at STRICT sizes a host copy made, `sizes = counts.tolist()`, are that copy's failure,
            # reported at it: STRICT stops there; granitemoehybrid in seed 7340)
            # rows measured as errors fail with a tensor there, but a scalar from `.item()` or
            # `int(t)` often compiles with a dynamic shape instead (lumina2's new_zeros, seed 7302 #57)
            if _carried_shape(op, node, ctx):
                return
            # `mnp.arange(0, int(max_len))`: refused at both levels, `int()` or not ("zero shape
            # Tensor is not currently supported"; measured, syntax_*_into_mnp_arange.py, the length
            # masks of mindaudio's FastSpeech2)
            refused = op.entry.id == "arange" and (ctx.qualname(node.func) or "").startswith("mindspore.numpy.")
            if op.form == "method" and len(node.args) > 1 and op.entry.method_sizes_outcome == "error" \
                    and ctx.val(arg).tag != "scalar":
                # `x.reshape(x, (-1, n))`, often a typo for self.reshape(x, ...), is refused outright;
                # a scalar from `.item()` among the sizes compiles, with a dynamic shape
                effect = (f"MindSpore fails to compile it (`Tensor.{node.func.attr}` given several sizes "
                          "takes Python ints only)")
            elif refused:
                effect = "MindSpore fails to compile it (`mindspore.numpy.arange` takes Python numbers only)"
            elif ctx.level == "STRICT" and op.entry.strict_outcome == "error":
                # (`ops.interpolate(x, size=(h, w))` with `h = int(sizes[0])`: dynamic at LAX, refused at
                # STRICT, where its Python-side size check needs a constant; measured, the
                # `*interp*size*` cases and blind batch 331's position-grid resizer)
                refused = True
                effect = (f"at STRICT MindSpore fails to compile it (`{op.display}` checks its {label} while "
                          "compiling, which takes a constant)")
            elif op.entry.outcome == "error" and not (op.form == "method" and node.func.attr in _TENSOR_REDUCTIONS
                                                      and _python_numbers_from_data(arg, ctx)):
                # (`t.max(axis=int(k))`: a Python number read out of data compiles, with a dynamic
                # shape, where a tensor axis is refused; measured, blind batch 296's carbonation summary)
                effect = ("MindSpore needs a Python value there (with tensor data it fails to compile or the "
                          "shape goes dynamic)")
            else:
                effect = "the output shape is data-dependent"
            where = node
            if effect == "the output shape is data-dependent" and op.form == "method" \
                    and node.func.attr in _TENSOR_REDUCTIONS:
                consumer = _first_consumer(node, ctx)
                if consumer is not None:
                    where = consumer
                    effect += (f"; MindSpore marks it where line {node.lineno}'s result is first used, "
                               "past any reduction of it")
            code = op.entry.code or "MSG104"
            # (a refused size stops the function's compile there: its later lines are never met)
            stage = "fails" if code == "MSG104" and "fails to compile" in effect \
                and (refused or not _python_numbers_from_data(arg, ctx)) else ""
            yield ctx.hit(code, where, stage, op=op.display, argument=label,
                          value=ast.unparse(arg), effect=effect)
            return


# Tensor methods reducing over an axis: given an axis from data, their result's dynamic shape is
# marked where it is first used, not where it is computed (measured: dynop_*mean_axis_data_*.py)
_TENSOR_REDUCTIONS = frozenset({"mean", "sum", "max", "min", "prod", "amax", "amin", "all", "any"})


def _first_consumer(node: ast.Call, ctx) -> Optional[ast.expr]:
    """For ``h = x.mean(axis=int(k))``: the first later read of ``h`` in its block that is not a
    Tensor-method reduction over a constant axis (``h = h.mean(axis=1)`` is followed on); MindSpore
    2.10 marks the dynamic shape there (the reduction's line is never blamed; its return, the next
    op, or the op after such a reduction is). None when ``node`` is not a whole assignment's value
    or nothing later in the block reads it."""
    parents = parent_map(ctx.fn)
    stmt = parents.get(id(node))
    if not (isinstance(stmt, ast.Assign) and stmt.value is node and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)):
        return None
    holder = parents.get(id(stmt))
    block = next((getattr(holder, f) for f in ("body", "orelse", "finalbody")
                  if any(s is stmt for s in getattr(holder, f, None) or ())), None)
    if block is None:
        return None
    name = stmt.targets[0].id
    for later in block[next(i for i, s in enumerate(block) if s is stmt) + 1:]:
        reads = [n for n in walk(later) if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)]
        if not reads:
            if any(isinstance(n, ast.Name) and n.id == name for n in walk(later)):
                return None  # bound again before any read
            continue
        value = getattr(later, "value", None)
        if isinstance(later, ast.Assign) and len(later.targets) == 1 and isinstance(later.targets[0], ast.Name) \
                and len(reads) == 1 and isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
                and value.func.value is reads[0] and value.func.attr in _TENSOR_REDUCTIONS \
                and all(isinstance(a, ast.Constant) for a in value.args + [k.value for k in value.keywords]):
            name = later.targets[0].id
            continue
        return reads[0]
    return None


# functional convolutions: each call builds its primitive from the weight's shape (output
# channels, kernel size), which must be constants
_FUNCTIONAL_CONVS = frozenset(f"mindspore.ops.{name}" for name in ("conv1d", "conv2d", "conv3d"))


@on(ast.Call)
def convolution_weight_of_data_shape(node: ast.Call, ctx):
    """MSG104: ``ops.conv2d(x, w)`` with ``w`` of a data-dependent shape (``self.weight[:c]`` of a
    slimmable layer): the Conv2D it builds needs its output channels as a constant, and compiling
    fails at both levels ("all arguments are required to be constants"; measured, blind batch
    169 and dynop_conv*_weight_*.py). An input of data-dependent shape is only dynamic."""
    if not node.args or ctx.qualname(node.func) not in _FUNCTIONAL_CONVS:
        return
    weight = next((k.value for k in node.keywords if k.arg == "weight"), node.args[1] if len(node.args) > 1 else None)
    if weight is None:
        return
    sig = ctx.sig(weight)
    if not _is_dyn(sig):
        return
    axes = dyn_axes(sig)
    if axes is None or any(axis != 1 for axis in axes):
        yield ctx.hit("MSG104", node, "fails", op=ast.unparse(node.func), argument="output channels (its weight's shape)",
                      value=ast.unparse(weight),
                      effect="MindSpore fails to compile it (the convolution is built from the weight's shape, "
                             "which must be constant)")


@on(ast.Call)
def recurrent_over_data_length(node: ast.Call, ctx):
    """MSG104: ``self.rnn(x)`` with ``self.rnn = nn.GRU(...)`` (or ``nn.RNN``) and ``x`` of a
    data-dependent length on its time axis (1 with ``batch_first=True``, else 0), however that
    length came: the branches of a tensor test (``x = x[:, :-1]`` under an ``if``), a helper's
    return. The layer unrolls over the time steps and compiling fails at the call at both levels
    ("For 'Stack', the 'len of input_x' must be ... >= 1"; measured, blind batch 381's window
    encoder, ``rnn_gru_time_*.py``). A data-dependent number of sequences (rows picked by a mask)
    is only dynamic (``rnn_lstm_rows_by_mask.py``). A slice by a data bound whose result reaches the
    layer is reported at the call by its own check (MSG101, recurrent.py)."""
    if not (is_self_attr(node.func) and len(node.args) >= 1 and ctx.owner is not None):
        return
    found = recurrent_layer(node, ctx)
    if found is None:
        return
    cls, time_axis = found
    sig = ctx.sig(node.args[0])
    if not _is_dyn(sig) or time_axis not in (dyn_axes(sig) or ()) or any(
            key[0] == "MSG101" and key[1] == node.lineno for key in ctx.module.hits):
        return  # (a slice reaching the layer is reported here by MSG101's check)
    yield ctx.hit("MSG104", node, "fails", op=f"{short_text(node.func, 40)} (nn.{cls})",
                  argument="number of time steps (its input's time axis)", value=ast.unparse(node.args[0]),
                  effect="MindSpore fails to compile it (the layer unrolls over the time steps, whose count "
                         "must be a constant)")


@on(ast.Call)
def full_like_of_data_shape(node: ast.Call, ctx):
    """MSG104: ``ops.full_like(x, v)`` with ``x`` of a data-dependent shape builds its output from
    that shape read as a value (a fill of ``x.shape``), a new dynamic shape MindSpore blames at
    this line; ``ops.zeros_like``/``ops.ones_like`` only carry ``x``'s (measured: blind batch 176's
    per-type loss and like_*_of_dynamic.py)."""
    if node.args and ctx.qualname(node.func) == "mindspore.ops.full_like" and _is_dyn(ctx.sig(node.args[0])):
        yield ctx.hit("MSG104", node, op="ops.full_like", argument="size (the data-dependent shape of its first argument)",
                      value=ast.unparse(node.args[0]), effect="the output shape is data-dependent")


def _carried_shape(op, node: ast.Call, ctx) -> bool:
    """Is the op applied to a value whose shape is already data-dependent? Then it makes no new
    dynamic shape, whatever its sizes: MindSpore marks the op that gave the value its own
    (``broadcast_to(seen[None], (b, seen.shape[0]))`` with ``seen`` from ``unique``, batch 112;
    ``topk(sel, int(k))`` after ``masked_select``, and a second reshape by a factor read from a
    Tensor, blind batch 202: measured at both levels, dynop_second_size_on_dynamic_*.py)."""
    if op.entry.id in _SEGMENT_COUNTS:
        # `unsorted_segment_sum(x_sub[local[0]], local[1], x_sub.shape[0])`: the output's leading
        # axis is the count given, a new dynamic shape whatever its input's (measured,
        # dynop_gather_by_unique_nodes_*.py: MindSpore blames the segment sum too; blind batch 343)
        return False
    source = node.func.value if op.form == "method" and isinstance(node.func, ast.Attribute) else (
        node.args[0] if node.args else None)
    return source is not None and _is_dyn(ctx.sig(source))


# ops whose output's leading axis is a count argument (num_segments)
_SEGMENT_COUNTS = frozenset({"unsorted_segment_sum", "unsorted_segment_max_min_prod"})


def single_assignment(name: ast.Name, before: ast.expr, ctx) -> Optional[ast.Assign]:
    """The plain assignment binding ``name``, when the function binds it once, before ``before``
    (a binding in a branch the compiler folded away does not count: blind batch 377's pruned
    layer, its mask bound again only when a flag that is off is on)."""
    stores = [n for n in ctx.stores(name.id) if id(n) not in ctx.folded_out]
    if len(stores) != 1 or stores[0].lineno >= before.lineno:
        return None
    return assignment_of(stores[0], ctx)


def assignment_of(target: ast.Name, ctx) -> Optional[ast.Assign]:
    """The plain assignment whose only target is ``target``."""
    stmt = one_target_assignment(ctx.fn, target)
    return stmt if stmt is not None and stmt.targets[0] is target else None


def _python_numbers_from_data(arg: ast.expr, ctx) -> bool:
    """``(0, 0, 0, int(self.chunk - n))``: every tensor-data part is a Python number read out of
    it (``int()``, ``.item()``), which compiles with a dynamic shape more often than it fails
    (blind batch 123's pad-or-crop: dynamic at both levels): not a failure that stops the
    function's compile."""
    parts = arg.elts if isinstance(arg, (ast.Tuple, ast.List)) else [arg]
    data = [p for p in parts if ctx.is_data(p)]
    return bool(data) and all(ctx.val(p).tag == "scalar" and _reads_out_number(fallback.bound_once(p, ctx) or p, ctx)
                              for p in data)


def _reads_out_number(expr: ast.expr, ctx=None) -> bool:
    """``int(...)``, ``float(...)`` or ``t.item()`` (not the size of a dynamic shape), also as
    what a helper of the Cell or module returns on every path (``m = self._n_modes(power)``
    returning ``int(...) + 1``: blind batch 365's adaptive spectral filter, whose every
    ``narrow`` by it is dynamic at LAX)."""
    for sub in walk(expr):
        if isinstance(sub, ast.Call):
            func = sub.func
            if isinstance(func, ast.Name) and func.id in ("int", "float") or \
                    isinstance(func, ast.Attribute) and func.attr == "item":
                return True
            returns = ctx.helper_returns(sub) if ctx is not None else None
            if returns and all(r is not None and _reads_out_number(r) for r in returns):
                return True
    return False


# ops that cut a value into pieces along one axis, the count of pieces following that axis's
# length: `chunk(x, n)` (pieces of ceil(len / n)) and `split(x, size)` with one piece size
_SPLITS = frozenset({"chunk", "split"})
# always-dynamic ops whose result is one data-sized axis (a cut of it along axis 0 or -1)
_ONE_AXIS_RESULTS = frozenset({"masked_select", "unique", "unique_consecutive"})


@on(ast.Call)
def split_along_data_sized_axis(node: ast.Call, ctx):
    """MSG104: ``ops.chunk(y, 2, axis=0)`` or ``ops.split(y, 1)`` of a value whose length on that
    axis is data (a batch doubled under a tensor test, what ``masked_select`` returns): MindSpore
    computes the number of pieces while compiling and fails ("For Split, the output_num is
    ValueAny"; measured at both levels, dynop_chunk_*.py and dynop_split_axis0_*.py, blind batch
    346's guidance step). Along an axis of known length it compiles (dynop_chunk_axis1_*.py)."""
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr not in _SPLITS:
        return  # (this check runs at every call: an attribute's own name ends its qualified name)
    qualified = ctx.qualname(func)
    if qualified:
        if not is_mindspore(qualified) or last(qualified) not in _SPLITS or not node.args:
            return
        name, value, axis_at, count_at = last(qualified), node.args[0], 2, 1
    elif isinstance(func, ast.Attribute) and func.attr in _SPLITS and ctx.is_data(func.value):
        name, value, axis_at, count_at = func.attr, func.value, 1, 0
    else:
        return
    axis = next((k.value for k in node.keywords if k.arg in ("axis", "dim")), None)
    if axis is None and len(node.args) > axis_at:
        axis = node.args[axis_at]
    axis = 0 if axis is None else (axis.value if isinstance(axis, ast.Constant) and type(axis.value) is int else None)
    count = node.args[count_at] if len(node.args) > count_at else None
    if axis is None or isinstance(count, (ast.List, ast.Tuple)) or any(isinstance(a, ast.Starred) for a in node.args):
        return  # (an axis not written as a literal; `split(x, [2, 3])` names its pieces)
    sig = ctx.sig(value)
    if not _is_dyn(sig):
        return
    axes = dyn_axes(sig)
    if axes is not None:
        if axis not in axes:
            return
    elif not (axis in (0, -1) and _one_axis_origin(sig, ctx)):
        return
    yield ctx.hit("MSG104", node, "fails", op=short_text(func, 40),
                  argument=f"number of pieces (the length of axis {axis} of its input)", value=short_text(value, 40),
                  effect=f"MindSpore fails to compile it (`{name}` counts its outputs while compiling)")


def _one_axis_origin(sig, ctx) -> bool:
    """Is ``sig`` what ``masked_select``/``unique`` returned in this function (one axis, its length
    data)?"""
    if not (isinstance(sig, tuple) and len(sig) == 2 and sig[0] == "dyn"):
        return False
    origin = next((n for n in walk(ctx.fn) if id(n) == sig[1]), None)
    if not isinstance(origin, ast.Call):
        return False
    op = ctx.op(origin)
    return op is not None and op.entry.id in _ONE_AXIS_RESULTS
