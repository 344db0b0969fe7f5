"""Values the interpreter fallback computed, and the lines that compute with them (LAX).

At LAX, MindSpore 2.10 runs what graph mode cannot compile in the Python
interpreter (a ``PyExecute`` node): ``.asnumpy()``, NumPy or ``math`` on tensor
data, ``str()`` of a Tensor, a Python counter construct increments. What comes back
is an interpreter value of unknown shape, and every later line that computes
with it (``threshold = best * k``, ``return scores * keep``, a helper call that
returns one) is another trip to the interpreter: the type-inference IR marks
each of those lines dynamic (measured: the ``syntax_asnumpy_*``,
``syntax_tolist_*``, ``class_step_counter_*`` cases, blind batch 93's VAE).
Renaming one (``y = x``) or packing it into a returned tuple is no new trip.

STRICT stops at the first such line (MSG504, MSG505, MSG402), so nothing here
applies there. A mixin of FunctionAnalysis; the flow calls :meth:`track` for
each statement.
"""
from __future__ import annotations

import ast
import re
from typing import Dict, List, Optional, Tuple

from ..astwalk import COMPREHENSIONS, walk
from ..names import last
from ..scopes import LIST_FILLS, argument_defaults, filled_list, is_self_attr
from ..checks import fallback
from . import constants
from .expressions import _first_self_writes
from .lattice import CONST

# host copies of tensor data (MSG504)
_HOST_COPIES = frozenset({"asnumpy", "tolist"})
# modules whose functions run in the interpreter when given tensor data (MSG505)
_HOST_MODULES = ("numpy.", "math.", "copy.")
# the words `_makes_interpreted` needs in a function's text (import aliases of numpy and math
# are usually np/numpy/math; anything else is looked for through them too)
_FALLBACK_WORDS = ("asnumpy", "tolist", "np.", "numpy", "math.", "copy.", "str(", "repr(", "onp.", 'f"', "f'",
                   "max(", "min(", "int(", "float(", "round(", "abs(", "sum(", "sorted(")
# `self.x = ... self.x ...` on one line: an attribute updated from its own value
_SELF_UPDATE = re.compile(r"self\.(\w+)\s*=(?!=)[^\n]*\bself\.\1\b")
# MindSpore ops that take a sequence of Tensors: given the interpreter's list, a trip
_SEQUENCE_OPS = frozenset({"stack", "concat", "cat", "hstack", "vstack", "addn", "AddN", "Stack", "Concat"})
TENSOR_CONSTRUCTORS = frozenset({"mindspore.Tensor", "mindspore.tensor", "mindspore.common.tensor.Tensor"})
_OPERATIONS = (ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.Call, ast.Subscript, ast.Slice, ast.Attribute)
_STATEMENTS = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return, ast.Expr)


def _bound_names(target: ast.expr):
    """The names an assignment target binds (``a``, ``a, (b, *c)``; not ``self`` in ``self.x``)."""
    if isinstance(target, ast.Name):
        yield target.id
    elif isinstance(target, (ast.Tuple, ast.List)):
        for elt in target.elts:
            yield from _bound_names(elt)
    elif isinstance(target, ast.Starred):
        yield from _bound_names(target.value)


def _computes(test: ast.expr) -> bool:
    """Does the condition compute (arithmetic, an ordering or equality), beyond identity and
    membership tests (``if i in grids:`` over the interpreter's list is not blamed: measured,
    syntax_numpy_grid_list_index_into_ops.py)?"""
    return any(isinstance(n, ast.BinOp) or isinstance(n, ast.Compare) and any(
        not isinstance(op, (ast.Is, ast.IsNot, ast.In, ast.NotIn)) for op in n.ops)
        # `not` of a call's result (`if not self.usable(conf):` with a host bool): the interpreter
        # negates it; its bare truth (`if self.usable(conf):`, `if ok:`) is no new trip (measured,
        # syntax_if_*host_bool.py, blind batch 251)
        or isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.Not) and isinstance(n.operand, ast.Call)
        for n in walk(test))


_RUNS_THERE = "at LAX this line runs in the interpreter too, with dynamic shapes"
# layers that check their input's type or shape while compiling and fail on the interpreter's
# value (rank -2): "For 'GRUCell', the 'x' should be one of [float32, float16]" (measured, stop 33
# and syntax_numpy_value_into_*cell.py; nn.LSTM takes it, with dynamic shapes); nn.LayerNorm
# ("negative dimensions are not allowed"; blind batch 173, syntax_interp_into_layernorm.py and
# syntax_scaled_by_interp_into_layernorm.py). nn.Dense and nn.BatchNorm often fail too, naming no
# line, but not always (cfgpath_debug_stats_asnumpy_default_on.py compiles its Dense): left out;
# nn.Conv2d, Dropout, Softmax, Flatten, GroupNorm and MaxPool2d take it (measured). nn.CrossEntropyLoss
# and nn.NLLLoss refuse it as logits or as labels ("The tensor should have only one element", "Failed
# to infer for primitive:DtypeToEnum"; measured, blind batch 360's winner-takes-all loss,
# syntax_interp_into_*_loss.py); nn.SmoothL1Loss takes it
_SHAPE_CHECKING = frozenset({"GRU", "RNN", "GRUCell", "LSTMCell", "RNNCell", "LayerNorm", "CrossEntropyLoss",
                             "NLLLoss"})


def _appended_on_some_paths(node: ast.If) -> Optional[Tuple[ast.If, str]]:
    """(the chain's last ``if``/``elif``, the list) when some path of an ``if``/``elif``/``else``
    chain appends to a list it does not bind and some path does not."""
    chain, paths = [node], []
    while True:
        paths.append(chain[-1].body)
        orelse = chain[-1].orelse
        if len(orelse) == 1 and isinstance(orelse[0], ast.If):
            chain.append(orelse[0])
            continue
        paths.append(orelse)
        break
    filled = [{name for stmt in path for n in walk(stmt) if isinstance(n, ast.Expr)
               for name in [filled_list(n.value, ("append", "extend"))] if name is not None}
              for path in paths]
    bound = {t.id for path in paths for stmt in path for n in walk(stmt)
             if isinstance(n, (ast.Assign, ast.AugAssign)) for t in (
                 n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)}
    for name in sorted(set().union(*filled) - bound):
        if any(name not in names for names in filled):
            return chain[-1], name
    return None


# ops that take the dtype of their input while compiling: given the interpreter's value they fail
# ("Failed to infer for primitive:DtypeToEnum", full_like: "must be tensor"; measured,
# syntax_numpy_value_into_*_like.py and blind batch 163's BEV cache)
_DTYPE_FROM_INPUT = frozenset(f"mindspore.ops.{name}" for name in ("zeros_like", "ones_like", "full_like"))
# functional ops that read what they are given while compiling, at the argument position given, and
# fail on the interpreter's value: `ops.pad` takes its dtype ("DtypeToEnum"), `ops.split` its axis
# length, `ops.conv2d` the weight's shape to build its primitive ("all arguments are required to be
# constants"). Measured (syntax_interp_into_*.py, blind batch 194's Gaussian feathering);
# `ops.conv2d` of an input the interpreter gave, with a Parameter weight, and most other ops
# (concat, matmul, softmax, tile, transpose, max_pool2d, ...) take it, with dynamic shapes.
# (`ops.interpolate` refuses a `Tensor()` of NumPy data, naming no line, yet takes a value computed
# with the interpreter's numbers: flowstereo_pyramid_levels_from_asnumpy.py; left out)
_READ_WHILE_COMPILING = {"mindspore.ops.pad": 0, "mindspore.ops.split": 0, "mindspore.ops.conv2d": 1}

# clamps whose bounds must be both Python numbers or both Tensors: given a Python number and the
# interpreter's value, they pick the Tensor-bounds form and refuse the number ("Failed calling
# ClampTensor with min=Int64"; measured, blind batch 168's quantiser and syntax_clamp_*.py; both
# bounds the interpreter's, or the method `x.clamp(0, v)`, are dynamic instead)
_CLAMPS = frozenset({"mindspore.ops.clamp", "mindspore.ops.clip", "mindspore.mint.clamp", "mindspore.mint.clip"})
# ops that cast to their first argument's dtype while compiling, and casts given a dtype read
_DTYPE_READERS = frozenset({"mindspore.ops.clip_by_value"})
_CASTS = frozenset({"mindspore.ops.cast"})


def _python_number(node: Optional[ast.expr]) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)



def _packed_items(expr: ast.expr) -> set:
    """The items of the tuple or list displays ``expr`` only joins (``rates + (self.rate(s),)``):
    put in a sequence, not computed with (measured: the interpreter's Tensor so packed each step
    leaves the line static at LAX, blind batch 380's firing-rate monitor; scaled first, the line
    is dynamic). A display alone is no join: ``loc, scale = _median(x), _spread(x)`` of two such
    values is dynamic there (syntax_asnumpy_two_helpers_bound_as_tuple.py)."""
    packed: set = set()
    stack = [expr] if isinstance(expr, ast.BinOp) else []
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Tuple, ast.List)):
            packed.update(id(e) for e in node.elts)
            stack.extend(node.elts)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) \
                and isinstance(node.left, (ast.Tuple, ast.List, ast.Name)) \
                and isinstance(node.right, (ast.Tuple, ast.List, ast.Name)) \
                and (isinstance(node.left, (ast.Tuple, ast.List)) or isinstance(node.right, (ast.Tuple, ast.List))):
            stack.extend((node.left, node.right))
    return packed

class InterpretedValues:
    """``self.interpreted``: local name -> the line whose fallback made its value."""

    interpreted: Dict[str, int]
    interpreted_tests: Dict[int, tuple]  # ids of the `if`s the interpreter decides -> (line, name)
    returns_interpreted: Optional[int]

    def _live_test(self, test: ast.expr) -> ast.expr:
        """The one operand of an ``and``/``or`` test that is not a compile-time constant, if only one
        is not (``self.r1_gamma > 0 and self._should_regularize()``: the compiler folds the
        comparison, known or not, and the interpreter's bool is tested bare, no new trip: measured, blind batch
        354's lazy R1 term); else the test."""
        if isinstance(test, ast.BoolOp):
            live = [v for v in test.values if self._uses_interpreted(v) or not (
                constants.truth(self.test_val(v)) is not None or self.val(v).kind == CONST)]
            if len(live) == 1:
                return live[0]
        return test

    def track(self, node: ast.stmt) -> None:
        """Report the statement when it computes with an interpreter value (LAX), then record
        what it binds. Called before the statement's own handler runs."""
        if self.level != "LAX" or self.only_codes is not None:
            return
        if isinstance(node, ast.If) and _computes(node.test):
            # (helpers it calls are analysed first, what they return is known then; do_If asks the
            # same value of the statement's memo)
            self.test_val(node.test)
        if isinstance(node, (ast.If, ast.While)) and (
                self.interpreted or self._rewritten_objects() or self._rewritten_attrs()
                or self.module._interpreted_results) and _computes(self._live_test(node.test)):
            # `if dx > w1 + w2:` with `dx = np.abs(...)`: the interpreter decides the condition
            # (batch 107: the `if` line is dynamic); `is not None` or `isinstance` of one is no
            # new trip (batch 109)
            used = self._uses_interpreted(node.test) or self._interpreted_operand(node.test)
            if used is not None and used[1].startswith("self.") and (
                    self._folds_before_write(node.test) or self._decided_first(node.test)):
                used = None
            if used is not None and isinstance(node, ast.If):
                self.interpreted_tests[id(node)] = used
                blamed = _appended_on_some_paths(node) if self.in_loop() else None
                if blamed is not None and not self._reported_on(blamed[0].lineno):
                    # `if a[t] > thr: start = t` / `elif ...: runs.append(...)` in a loop: a list
                    # appended on some paths of the chain and not on others cannot be joined
                    # ("AbstractList cannot join with AbstractAny"), blamed at the last `elif`; a
                    # lone `if` crashes MindSpore without a line (measured: syntax_asnumpy_elif_
                    # appends_*.py, blind batch 156). Appending on every path is dynamic instead.
                    self.module.report(self.hit(
                        "MSG526", blamed[0].test, "fails", name=used[1], line=used[0],
                        effect=f"at LAX an `if` on it that appends to `{blamed[1]}` on some paths and not on "
                               "others leaves a list MindSpore cannot join, and compiling fails here"), self.scope)
            if used is not None and used[0] != node.lineno and not self._reported_on(node.lineno):
                self.module.report(self.hit("MSG526", node.test, name=used[1], line=used[0], effect=_RUNS_THERE), self.scope)
            if used is not None:
                # `while levels < n and peak > 2 ** levels: levels += 1`: the interpreter runs the
                # loop, and what it counts there is the interpreter's after it (measured, blind batch
                # 159's pyramid: the levels it returns size the interpolations that follow); so is a
                # count an `if` it decides adds to (`if flag > 0.5: n += 1`, blind batch 166)
                for stmt in walk(node):
                    if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
                        self.interpreted.setdefault(stmt.target.id, used[0])
                    elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Subscript) \
                            and isinstance(stmt.target.value, ast.Name):
                        # `counts[0] += 1` there: the list of counts is the interpreter's after it
                        # (blind batch 269's delay buckets: `Tensor(counts)` is dynamic)
                        self.interpreted.setdefault(stmt.target.value.id, used[0])
            return
        if not isinstance(node, _STATEMENTS):
            return
        self._note_object_write(node)
        filled = filled_list(node.value) if isinstance(node, ast.Expr) else None
        if filled is not None and self.interpreted_tests and node.value.func.attr != "insert":
            # `picked.append(t)` under an `if` the interpreter decides: the list it fills is the
            # interpreter's from here on (measured: syntax_asnumpy_if_appends_both_arms.py, the
            # `Tensor(np.array(picked))` after the loop is dynamic)
            test = next((self.interpreted_tests[id(n)] for n, _, _ in reversed(self.branch_stack)
                         if id(n) in self.interpreted_tests), None)
            if test is not None:
                self.interpreted.setdefault(filled, test[0])
                self.val(node.value)
                return  # (the append itself is no line MindSpore blames: the `if` is)
        if filled is not None and self.interpreted and node.value.args:
            item = node.value.args[-1]
            direct = self._interpreted_operand(item) or (
                self._first_interpreted(item.elts) if isinstance(item, (ast.Tuple, ast.List)) else None)
            given = direct or self._uses_interpreted(item, through_ops=True)
            if given is not None and not self._made_a_tensor(item) and filled not in self.interpreted:
                # `grids.append((gx, gy))` with `gx = np.floor(...)`: a graph list holding the
                # interpreter's values, and what is read back from it is one too (census 7346's
                # YOLO loss: `label = grids.index((i, j))`, `target[label]`), though the list
                # itself is no interpreter object (looped over, it is not empty); appending a
                # value as it is is no new trip (census 7344)
                self.interpreted_items.setdefault(filled, given[0])
                if direct is not None:
                    self.val(node.value)
                    return
        value = node.value
        if value is None:
            return
        if isinstance(node, ast.Assign) and self.interpreted:
            # `paths[:, -1] = last` into a NumPy array the interpreter made: stored there (batch 127)
            for target in node.targets:
                if isinstance(target, ast.Subscript):
                    used = self._interpreted_operand(target.value)
                    index = self._interpreted_index(target)
                    if used is None and index is not None:
                        # `penalty[t] = -1.0` at an index the interpreter gave (`for t in seen`): the
                        # store runs there, and the array is its value from here on (measured:
                        # syntax_tolist_set_into_fixed_numpy_mask.py)
                        used = index
                        if isinstance(target.value, ast.Name):
                            self.interpreted[target.value.id] = index[0]
                    if used is not None and used[0] != node.lineno and not self._reported_on(node.lineno):
                        self.module.report(self.hit("MSG526", target, name=used[1], line=used[0], effect=_RUNS_THERE), self.scope)
                        break
        self.val(value)  # (helpers it calls are analysed first: what they return is known then)
        followed = self.interpreted or self._rewritten_attrs() or self._rewritten_objects() \
            or self.module._interpreted_results or self._updated_tensors()
        if not followed and not self._may_fall_back() and not self.module.fallback_objects:
            return  # (the common case: nothing here ever left the graph, and nothing is bound to it)
        used = self._uses_interpreted(value) if followed else None
        carried = used if used is not None or not followed else self._uses_interpreted(value, through_ops=True)
        made = carried if carried is not None else self._makes_interpreted(value) if self._may_fall_back() else None
        if made is None and followed and isinstance(value, ast.Name):
            # `center_x, center_y, w, h = rect`, `y = x`: a new name for the interpreter's value (or
            # its items), no new trip, still its value (census 7346's YOLO loss)
            made = self._interpreted_operand(value)
        if made is not None and self._made_a_tensor(value):
            made = None  # `Tensor(deg, ms.float32) + 1.0`: the graph has a Tensor again (measured)
        unpacked = isinstance(node, ast.Assign) and isinstance(node.targets[0], (ast.Tuple, ast.List))
        taken = None
        if unpacked and used is None:
            taken = self._first_interpreted(value.elts) if isinstance(value, (ast.Tuple, ast.List)) else made
        array_fn = self._array_function_given(value) if followed else None
        clamp = self._clamp_given(value) if array_fn is None and (followed or self.module.fallback_objects) else None
        if clamp is not None:
            call, spelled, given, read = clamp
            effect = f"at LAX `{spelled}` given it and a Python number as bounds refuses the number while " \
                     "compiling, so compiling fails here"
            if read is not None:
                # `ops.clamp(q, 0, qp.qmax())` of a plain object built from tensor data: the read's
                # own MSG401, now the compile's end
                self._report_fatal_read(read.func if isinstance(read, ast.Call) else read,
                                        f"`{spelled}` given it and a Python number as bounds refuses the number "
                                        "while compiling")
            elif not self._reported_on(node.lineno):
                self.module.report(self.hit("MSG526", call, "fails", name=given[1], line=given[0], effect=effect),
                                   self.scope)
        dtype_read = self._dtype_read_of_interpreted(value) if clamp is None and array_fn is None and followed else None
        if dtype_read is not None and not self._reported_on(node.lineno):
            call, spelled, given = dtype_read
            self.module.report(self.hit("MSG526", call, "fails", name=given[1], line=given[0], effect=(
                f"at LAX `{spelled}` reads its dtype, which the interpreter's value does not have while "
                "compiling, so compiling fails here")), self.scope)
        layer_read = self._object_read_into_layer(value) \
            if clamp is None and dtype_read is None and self.module.fallback_objects else None
        if layer_read is not None:
            # `self.cell(x, state.hidden)` with `state` a plain object built from tensor data: the
            # GRUCell refuses the interpreter's value (measured: blind batch 174's session encoder,
            # "For 'GRUCell', the 'hx' should be one of [float32, float16]")
            attr, layer = layer_read
            self._report_fatal_read(attr, f"the `nn.{layer}` given it needs a known shape")
        if array_fn is not None and not self._reported_on(node.lineno):
            # `mnp.square(conf - iou)` with `iou` the interpreter's: mindspore.numpy checks its
            # input while compiling and refuses it ("Expect input to be array like"; measured,
            # census 7346's YOLO loss and syntax_numpy_value_into_mnp_*.py; `ops.square` takes it,
            # with dynamic shapes)
            call, spelled, given = array_fn
            self.module.report(self.hit("MSG526", call, "fails", name=given[1], line=given[0],
                                        effect=f"at LAX `{spelled}` refuses it while compiling, so "
                                               "compiling fails here"), self.scope)
        elif taken is not None and taken[0] != node.lineno and not self._reported_on(node.lineno):
            # `a, b = pair` or `a, b = med, scale` with `pair`, `med` the interpreter's: the tuple
            # assignment runs there, where a new name for it (`y = pair`) is no new trip (measured:
            # syntax_asnumpy_*_unpacked.py, syntax_asnumpy_names_swapped_in_tuple.py)
            self.module.report(self.hit("MSG526", node, name=taken[1], line=taken[0], effect=_RUNS_THERE), self.scope)
        elif used is not None and used[0] != node.lineno and not self._reported_on(node.lineno) \
                and (unpacked or not self._handed_on(value)) and not self._stored_on_self(node) \
                and not _bare_print(node):
            # (`loc, scale = _iqr_stats(x)`: a helper's interpreter value taken apart is a trip
            # of its own, only bound it is not; blind batch 341's robust scaler)
            # (a line with a finding of its own, `np.sum(y)`, is that finding's)
            layer = self._shape_checking_layer_given(value, used[1])
            if layer is None:
                # (another interpreter value of the line given to such a layer: `w * self.ce(logits,
                # best) + reg` with `best` the interpreter's, blind batch 360's winner-takes-all loss)
                layer, used = next(((found, other) for call, found in self._shape_checking_calls(value)
                                    for arg in call.args
                                    for other in [self._interpreted_operand(arg) or self._uses_interpreted(arg)]
                                    if other is not None), (None, used))
            if layer is not None:
                # `out, h = self.gru(chunk, self.state)` with the state the interpreter's: the GRU
                # needs a known shape and fails to compile there (measured, batch 123's streaming
                # GRU: "negative dimensions are not allowed"); what follows is never compiled
                self.module.report(self.hit("MSG526", value, "fails", name=used[1], line=used[0],
                                            effect=f"at LAX the `nn.{layer}` given it needs a known shape, "
                                                   "and compiling fails here"), self.scope)
            else:
                # (taken apart, the whole statement: the unpacking runs after the call, which may
                # reach a helper's failure first)
                self.module.report(self.hit("MSG526", node if unpacked else value, name=used[1], line=used[0],
                                            effect=_RUNS_THERE), self.scope)
        if isinstance(node, ast.Return):
            if node.value is not None and (made is None or used is not None and self.owner is not None
                                           and self.owner.kind == "cell" and self.fn.name == "construct"
                                           and not self._rewritten_attrs()):
                # a sub-Cell computing with an interpreter value hands its parent a graph value
                # (`return ops.where(x < threshold, ...)`, `weight - lr * grad`: the callers' lines
                # are static, batch 112 and schedule_cosine_lr_float_of_param.py); one that
                # increments its own counter is blamed at its call (batch 95)
                made = next((self._interpreted_operand(part) for part in (
                    node.value.elts if isinstance(node.value, ast.Tuple) else [node.value])
                    if self._interpreted_operand(part) is not None), None)
            if made is not None and self.returns_interpreted is None:
                self.returns_interpreted = made[0]  # the caller's line computes with it
            return
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if not isinstance(
            node, ast.Expr) else []
        for target in targets:
            if made is None and unpacked and isinstance(value, (ast.Tuple, ast.List)) \
                    and isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == len(value.elts):
                # `a, b = med, scale`: each name takes its own item's value
                for part, item in zip(target.elts, value.elts):
                    self._bind_interpreted(part, self._interpreted_operand(item)
                                           or self._uses_interpreted(item, through_ops=True), node)
                continue
            self._bind_interpreted(target, made, node)

    def _bind_interpreted(self, target: ast.expr, made: Optional[tuple], node: ast.stmt) -> None:
        for name in _bound_names(target):
            if not isinstance(node, ast.AugAssign):
                self.interpreted_items.pop(name, None)
            if made is not None:
                self.interpreted[name] = made[0]
            elif not isinstance(node, ast.AugAssign):
                self.interpreted.pop(name, None)

    def _decided_first(self, test: ast.expr) -> bool:
        """``if self._queue is None or self._pos >= self.n:`` with ``self._queue`` None until a
        later line of construct sets it: the first operand folds and decides the test, so the
        counter after it is never read (blind batch 379's action queue: static at the `if`)."""
        if not isinstance(test, ast.BoolOp):
            return False
        first = test.values[0]
        return self._folds_before_write(first) and constants.truth(self.test_val(first)) is isinstance(test.op, ast.Or)

    def _folds_before_write(self, test: ast.expr) -> bool:
        """Does MindSpore still fold this test of a counter construct rewrites, read before the
        write? Measured (class_counter_test_before_write_*.py): `self.n < 2`, `self.n == 0`,
        `self.n != self.limit`, `not self.flag`, `self.prev is None` fold to `__init__`'s value;
        `self.n < self.limit`, `self.n < LIMIT`, `2 > self.n`, `self.n % 2 == 0` are the
        interpreter's (the `if` line is dynamic), and after the write, or in a loop, every test is."""
        rewritten = self._rewritten_attrs()
        if not rewritten or self.in_loop():
            return False
        for sub in walk(test):
            if is_self_attr(sub) and sub.attr in rewritten and sub.lineno >= rewritten[sub.attr]:
                return False
            if isinstance(sub, ast.Compare) and any(is_self_attr(n) and n.attr in rewritten for n in walk(sub)):
                right = sub.comparators[0]
                if len(sub.ops) != 1 or not (is_self_attr(sub.left) and sub.left.attr in rewritten) or not (
                        isinstance(right, ast.Constant) or isinstance(sub.ops[0], (ast.Eq, ast.NotEq))
                        and is_self_attr(right) and right.attr not in rewritten):
                    return False
        return True

    def _interpreted_index(self, target: ast.Subscript) -> Optional[tuple]:
        """(line, name) of an interpreter value indexing ``target`` (``arr[t]``, ``arr[:, t]``)."""
        return self._first_interpreted(target.slice.elts if isinstance(target.slice, ast.Tuple) else [target.slice])

    def _first_interpreted(self, nodes) -> Optional[tuple]:
        """(line, name) of the first of ``nodes`` that is a local name holding an interpreter value."""
        return next((found for node in nodes if isinstance(node, ast.Name)
                     for found in [self._interpreted_operand(node)] if found is not None), None)

    def track_loop_target(self, node: ast.For) -> None:
        """``for v in t.tolist():``: the loop variable is an interpreter value. ``for t in
        range(steps - 1, -1, -1)`` with ``steps`` the interpreter's: the range is computed there
        (blind batch 127: the ``for`` line is dynamic)."""
        if self.level != "LAX" or not (self.interpreted or self._may_fall_back()):
            return
        if isinstance(node.iter, ast.Name) and node.iter.id in self.interpreted_items:
            # `for g in grids:` over a graph list of the interpreter's values: an unrolled loop,
            # each item the interpreter's
            for name in _bound_names(node.target):
                self.interpreted[name] = self.interpreted_items[node.iter.id]
            return
        used = self._uses_interpreted(node.iter)
        if used is None and isinstance(node.iter, ast.Name):
            # `for t in seen:` over a set or list the interpreter made: the loop runs there too
            # (measured: syntax_tolist_set_into_fixed_numpy_mask.py, the `for` line is dynamic)
            used = self._interpreted_operand(node.iter)
        if used is not None and self.interpreted and self.only_codes is None and used[0] != node.lineno \
                and not self._reported_on(node.lineno):
            self.module.report(self.hit("MSG526", node.iter, name=used[1], line=used[0], effect=_RUNS_THERE), self.scope)
        made = used or self._makes_interpreted(node.iter)
        for name in _bound_names(node.target):
            if made is not None:
                self.interpreted[name] = made[0]
            else:
                self.interpreted.pop(name, None)

    def holds_interpreted(self, expr: ast.expr) -> bool:
        """At LAX, is ``expr`` a value the Python interpreter holds here (an item of ``.tolist()``,
        a name a loop over it binds, arithmetic on one)? What the graph would refuse of a graph
        value, the interpreter then applies itself (a dict read at it, ``abs()`` of it)."""
        return self.level == "LAX" and bool(self.interpreted) and (
            self._uses_interpreted(expr) is not None or self._interpreted_operand(expr) is not None)

    # ------------------------------------------------------------------
    def _uses_interpreted(self, expr: ast.expr, through_ops: bool = False) -> Optional[tuple]:
        """(line, name) when an operation in ``expr`` takes an interpreter value, or a call in
        it is a helper that returns one; None otherwise. A MindSpore op given one whole
        (``ops.rsqrt(deg)``, ``ops.softmax(s, -1)``) is no trip of its own, yet what it returns
        is still the interpreter's (the next line's ``norm * 2.0`` is blamed: measured, stop 32):
        counted only ``through_ops``."""
        if is_self_attr(expr) and isinstance(expr.ctx, ast.Load) and expr.attr in self._rewritten_attrs():
            # `old = self.cached_len` of an attribute construct replaces later: the interpreter
            # reads it (measured, class_self_attr_size_replaced_not_derived.py: the read is blamed)
            return self._rewritten_attrs()[expr.attr], ast.unparse(expr)
        packed = _packed_items(expr)
        for sub in walk(expr):
            if isinstance(sub, ast.Lambda):
                return None  # (its own scope: not followed)
            if isinstance(sub, COMPREHENSIONS):
                # `tuple(g * mult for g in grads)` with `mult` the interpreter's: computed with it
                # (batch 111); the comprehension's own variables are not the outer names
                own = {n.id for gen in sub.generators for n in walk(gen.target) if isinstance(n, ast.Name)}
                parts = [sub.key, sub.value] if isinstance(sub, ast.DictComp) else [sub.elt]
                parts += [c for gen in sub.generators for c in gen.ifs]
                # (`for _, i in ranked[:k]` over the interpreter's sorted list: batch 129)
                parts += [gen.iter for gen in sub.generators if not isinstance(gen.iter, ast.Name)]
                # the items of an interpreter list iterated whole are its values too (`[np.bincount(row)
                # for row in labels]`, blind batch 151)
                items = self._first_interpreted(gen.iter for gen in sub.generators)
                for part in parts:
                    for inner in walk(part):
                        if isinstance(inner, (ast.BinOp, ast.UnaryOp, ast.Compare, ast.Call, ast.Subscript)):
                            for child in ast.iter_child_nodes(inner):
                                if isinstance(child, ast.Name) and child.id in own:
                                    if items is not None:
                                        return items
                                    continue
                                found = self._interpreted_operand(child)
                                if found is not None:
                                    return found
                return None
            if isinstance(sub, ast.Call):
                line = getattr(sub, "_msgl_interpreted", None)
                if line is not None and id(sub) not in packed:
                    return line, ast.unparse(sub.func) + "(...)"
                if sub.args and isinstance(sub.args[0], (ast.List, ast.Tuple)) \
                        and self.names.qualname(sub.func) in TENSOR_CONSTRUCTORS:
                    # `Tensor([n], ms.int32)` with `n` the interpreter's count: built there (blind
                    # batch 166: the line is dynamic; `ops.concat([tl, br])` of its values is not)
                    found = self._first_interpreted(sub.args[0].elts)
                    if found is not None:
                        return found
            if not isinstance(sub, _OPERATIONS):
                continue
            filled = filled_list(sub)
            if filled is not None and filled not in self.interpreted:
                continue  # `output.append(expanded)`: a graph list holds it, no trip (corpus38, mindaudio)
            if isinstance(sub, ast.Call) and is_self_attr(sub.func) and self.owner is not None \
                    and self.index.method(self.owner, sub.func.attr) is not None \
                    and sub.func.attr not in self.owner.attrs:
                continue  # handing one to the Cell's own helper is no trip (what it does with it is its own)
            if not through_ops and isinstance(sub, ast.Call) and self._graph_op(sub.func) \
                    and last(self.qualname(sub.func) or "") not in _SEQUENCE_OPS:
                continue  # (`ops.stack(best)` of an interpreter list is a trip: blind batch 129)
            for child in ast.iter_child_nodes(sub):
                if not through_ops and isinstance(child, ast.Name) and child.id in self.interpreted_items \
                        and child.id not in self.interpreted and isinstance(sub, ast.Call) \
                        and self._graph_op(sub.func) and last(self.qualname(sub.func) or "") == "stack":
                    # `ops.stack(spikes)` of a graph list the interpreter's values were appended to: the
                    # op runs in the graph (measured static, interp_list_append_computed_stack.py, blind
                    # batch 380's parametric LIF); `tuple(rates)` of it is a trip. (A concat of such a
                    # list, mindone's MoE experts, was not measured: MindSpore 2.10 crashes on the
                    # repro without a line, so it is left reported.)
                    continue
                found = self._interpreted_operand(child)
                if found is None and through_ops and isinstance(child, (ast.Tuple, ast.List)) \
                        and isinstance(sub, ast.Call) and self._graph_op(sub.func) \
                        and last(self.qualname(sub.func) or "") in _SEQUENCE_OPS:
                    # `ops.concat((v, x), 1)`: what it returns is the interpreter's as well (the next
                    # line computing with it is dynamic; measured, syntax_interp_into_concat.py)
                    found = self._first_interpreted(child.elts)
                if found is None and not through_ops and isinstance(child, ast.Call) and self._graph_op(child.func):
                    # `float(ops.abs(u).max())`: what the op carried is computed with here (measured)
                    found = self._uses_interpreted(child, through_ops=True)
                if found is not None:
                    return found
        return None

    def _shape_checking_calls(self, value: ast.expr):
        """(call, class) of each call in ``value`` of a layer of ``_SHAPE_CHECKING`` (an nn.GRU, an
        nn.LayerNorm...) kept on the Cell."""
        if self.owner is None:
            return
        for sub in walk(value):
            if isinstance(sub, ast.Call) and is_self_attr(sub.func):
                attr = self.owner.attr(sub.func.attr)
                if attr is not None and attr.kind == "cell" and last(attr.qualname) in _SHAPE_CHECKING \
                        and attr.qualname.startswith("mindspore.nn."):
                    yield sub, last(attr.qualname)

    def _shape_checking_layer_given(self, value: ast.expr, name: str) -> Optional[str]:
        """The class of a layer of ``_SHAPE_CHECKING`` kept on the Cell that ``value`` calls with
        ``name`` (the interpreter's value, by its text) among its arguments, if any."""
        def given(arg: ast.expr) -> bool:
            # the value itself, or a sub-Cell's output of it (`self.norm(self.proj(h))`: the
            # LayerNorm fails there too, "negative dimensions are not allowed"; blind batch 336)
            return ast.unparse(arg) == name or isinstance(arg, ast.Call) and is_self_attr(arg.func) \
                and any(ast.unparse(a) == name for a in arg.args)

        return next((layer for call, layer in self._shape_checking_calls(value)
                     if any(given(a) for a in call.args)), None)

    def _array_function_given(self, value: ast.expr) -> Optional[tuple]:
        """(the call, its spelling, (line, name) of the interpreter value) of a ``mindspore.numpy``
        function ``value`` calls with an interpreter value among its arguments (``mnp.square(conf -
        iou)``), or of an op of ``_DTYPE_FROM_INPUT`` or ``_READ_WHILE_COMPILING`` given one (at the
        position that table names)."""
        for sub in walk(value):
            qualified = self.names.qualname(sub.func) or "" if isinstance(sub, ast.Call) else ""
            position = _READ_WHILE_COMPILING.get(qualified)
            if position is not None:
                checked = sub.args[position:position + 1]
            elif qualified.startswith("mindspore.numpy.") or qualified in _DTYPE_FROM_INPUT:
                checked = sub.args
            else:
                continue
            for arg in checked:
                given = self._interpreted_operand(arg) or self._uses_interpreted(arg, through_ops=True)
                if given is not None:
                    return sub, ast.unparse(sub.func), given
        return None

    def _clamp_given(self, value: ast.expr) -> Optional[tuple]:
        """(the call, its spelling, (line, name) of the interpreter value) of ``ops.clamp(x, 0, v)``
        in ``value`` with one bound a Python number and the other the interpreter's value (a local
        it computed, or a read of a plain object built from tensor data)."""
        if not self._mentions(("clamp(", "clip(")):
            return None
        for sub in walk(value):
            if not isinstance(sub, ast.Call) or (self.names.qualname(sub.func) or "") not in _CLAMPS:
                continue
            keyed = {k.arg: k.value for k in sub.keywords}
            bounds = [sub.args[i] if len(sub.args) > i else keyed.get(name) for i, name in ((1, "min"), (2, "max"))]
            for number, other in (bounds, bounds[::-1]):
                if other is None or not _python_number(number):
                    continue
                read = self._fallback_object_read(other)
                given = self._interpreted_operand(other) or read
                if given is None and not isinstance(other, ast.Name):
                    given = self._uses_interpreted(other, through_ops=True)
                if given is not None:
                    return sub, ast.unparse(sub.func), given, other if given is read else None
        return None

    def _dtype_read_of_interpreted(self, value: ast.expr) -> Optional[tuple]:
        """(the call, its spelling, (line, name) of the interpreter value) of ``ops.clip_by_value(x,
        ...)`` with ``x`` the interpreter's value, or ``ops.cast(y, x.dtype)``: MindSpore casts to
        ``x.dtype``, which cannot be inferred for it ("DtypeToEnum"; measured:
        syntax_interp_value_*.py, blind batches 240 and 243). ``ops.clamp`` and ``x.clip`` take it."""
        if not self._mentions(("clip_by_value(", ".dtype")):
            return None
        for sub in walk(value):
            if not isinstance(sub, ast.Call):
                continue
            qualified = self.names.qualname(sub.func) or ""
            if qualified in _DTYPE_READERS and sub.args:
                operand = sub.args[0]
            elif qualified in _CASTS and len(sub.args) > 1 and isinstance(sub.args[1], ast.Attribute) \
                    and sub.args[1].attr == "dtype":
                operand = sub.args[1].value
            else:
                continue
            if self._made_a_tensor(operand):
                continue  # `Tensor(v, ms.float32)`: the graph has a Tensor of known dtype again
            given = self._interpreted_operand(operand) or self._uses_interpreted(operand, through_ops=True)
            if given is not None:
                return sub, ast.unparse(sub.func), given
        return None

    def _mentions(self, words: Tuple[str, ...]) -> bool:
        """Does the function's text hold one of ``words``? (Read once per function and set of
        words: most never do, and walking every statement to find out costs.)"""
        cache = getattr(self, "_mentioned", None)
        if cache is None:
            cache = self._mentioned = {}
        found = cache.get(words)
        if found is None:
            text = self.index._text(self.fn)
            found = cache[words] = any(word in text for word in words)
        return found

    def _object_read_into_layer(self, value: ast.expr) -> Optional[tuple]:
        """(the read, the layer's class) of ``self.cell(x, state.hidden)`` in ``value``: a read of a
        plain object built from tensor data handed to a layer of ``_SHAPE_CHECKING``."""
        return next(((arg, layer) for call, layer in self._shape_checking_calls(value) for arg in call.args
                     if isinstance(arg, ast.Attribute) and self._fallback_object_read(arg) is not None), None)

    def _report_fatal_read(self, attr: ast.Attribute, refusal: str) -> None:
        """MSG401 at ``attr``, a read of a plain object built from tensor data, as the line where
        compiling stops: what ``refusal`` says is done with the interpreter's value it gives."""
        self.module.report(self.hit("MSG401", attr, "fails", cls=self.val(attr.value).ref,
                                    effect=f"reading `{ast.unparse(attr)}` from it at LAX gives the interpreter's "
                                           f"value, and {refusal}, so compiling fails here"), self.scope)

    def _fallback_object_read(self, node: ast.expr) -> Optional[tuple]:
        """(line, spelling) of ``qp.qmax()`` / ``qp.scale``: a read of a plain object built from
        tensor data, which runs in the interpreter at LAX (MSG401)."""
        if isinstance(node, ast.Call):
            node = node.func
        if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name):
            return None
        base = self.val(node.value)
        if base.tag == "instance" and base.init is not None and getattr(base.init, "_msgl_fallback_object", False):
            return base.init.lineno, ast.unparse(node)
        return None

    def _stored_on_self(self, node: ast.stmt) -> bool:
        """``self.var = (self.var * self.count + ...) / tot``: a value of the object replaced in
        graph code, the line MSG402 reports (one finding a line)."""
        return isinstance(node, ast.Assign) and all(self.kept_kind(t) in ("const", "tensor") for t in node.targets)

    def _handed_on(self, value: ast.expr) -> bool:
        """``ppl = perplexity(loss)``, ``return self.sched(g)``: a helper's interpreter value only
        bound or returned is no new trip (blind batches 95 and 102); a sub-Cell's is (batch 95's
        counter read in the sub-Cell is blamed at the call). Nor is a plain object's method given
        the value as it is, or such a method storing it (blind batch 223)."""
        if isinstance(value, ast.IfExp):
            # `coords = self._to_absolute(off) if self.absolute else off` on a flag decided while
            # compiling: the arm compiled, bound as it comes (blind batch 370's stroke offsets)
            known = constants.truth(self.val(value.test))
            if known is not None:
                arm = value.body if known else value.orelse
                return isinstance(arm, ast.Name) or self._handed_on(arm)
        if isinstance(value, ast.Tuple) and value.elts:
            # `return self._mix(x, y, lam), self._mix(a, b, lam)`: packed as they come (batch 119)
            return all(isinstance(e, ast.Name) or self._handed_on(e) for e in value.elts) \
                and any(not isinstance(e, ast.Name) for e in value.elts)
        if filled_list(value, ("append", "insert")) is not None and value.args:
            # `channels.append(self.stretch_band(scene[b]))`: put in a list as it comes, like a
            # binding (blind batch 161's per-band stretch: the helper's lines are blamed, not this)
            return self._handed_on(value.args[-1])
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
                and value.func.attr in ("append", "insert") and value.args and isinstance(value.args[-1], ast.Name) \
                and is_self_attr(value.func.value) and self.owner is not None and self.owner.kind == "plain":
            # `self.tiers.append(tier)` in a plain object's method: stored as it comes (the method
            # runs in the interpreter with it, blind batch 223's tier log)
            return True
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
                and isinstance(value.func.value, ast.Name) and self.val(value.func.value).tag == "instance" \
                and all(isinstance(a, (ast.Name, ast.Constant))
                        for a in value.args + [k.value for k in value.keywords]):
            # `log.add(tier)` on a plain object built in construct, given the value as it is: its
            # method runs in the interpreter with it, no new trip here (blind batch 223's tier log:
            # LAX marks the `.tolist()` loop only; `log.add(v * 2.0)` computes at the call and is
            # marked there: plainobj_log_add_*.py)
            return True
        if not (isinstance(value, ast.Call) and getattr(value, "_msgl_interpreted", None) is not None):
            return False
        func = value.func
        if is_self_attr(func) and self.owner is not None:
            return self.kept_kind(func) not in ("cell", "cell_list")
        return True

    def _interpreted_operand(self, node: ast.AST) -> Optional[tuple]:
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in self.interpreted:
            return self.interpreted[node.id], node.id
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in self.interpreted_items:
            return self.interpreted_items[node.id], node.id
        if is_self_attr(node) and node.attr in self._rewritten_attrs():
            return self._rewritten_attrs()[node.attr], ast.unparse(node)
        if is_self_attr(node) and isinstance(node.ctx, ast.Load) and node.lineno > self._updated_tensors().get(
                node.attr, node.lineno):
            return self._updated_tensors()[node.attr], ast.unparse(node)
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and self._rewritten_objects():
            line = self._rewritten_objects().get(ast.unparse(node))
            if line is not None and node.lineno > line:
                return line, ast.unparse(node)
        return None

    def _reported_on(self, line: int) -> bool:
        """Has this module analysis already reported something on ``line`` (of this file)?"""
        if self.call_site is not None:
            return False  # (a helper's own hits may go to its caller's line)
        return any(key[1] == line for key in self.module.hits)

    def _may_fall_back(self) -> bool:
        """Does the function's text hold anything :meth:`_makes_interpreted` looks for? (Walking
        every statement to find out cost 5% of a run.)"""
        return self._mentions(_FALLBACK_WORDS)

    def _graph_op(self, func: ast.expr) -> bool:
        """Is ``func`` a MindSpore op or function (not a Tensor constructor)?"""
        qualified = self.qualname(func) or ""
        return qualified.startswith("mindspore.") and qualified not in TENSOR_CONSTRUCTORS

    def _made_a_tensor(self, expr: ast.expr) -> bool:
        """Does ``expr`` turn the interpreter value back into a Tensor of a given dtype
        (``Tensor(v, ms.float32)``)? Without a dtype (``Tensor(v)``, ``ms.tensor(v)``) the value
        stays the interpreter's: the next line computing with it is blamed (measured, stop 32)."""
        made = [sub for sub in walk(expr) if isinstance(sub, ast.Call)
                and (self.qualname(sub.func) or "") in TENSOR_CONSTRUCTORS
                and (len(sub.args) > 1 or any(k.arg == "dtype" for k in sub.keywords))]
        if not made:
            return False
        # ... the interpreter's values it computes with all inside such a Tensor: a constant
        # Tensor beside one (`ops.maximum(-hardest[-1], Tensor(0.7, ms.float32))`) leaves the
        # result the interpreter's (measured, blind batch 344's OHEM threshold: the lines using
        # it are dynamic)
        # (an index of the interpreter's into a graph Tensor, `priors[i, j]` with `j` counted over
        # a `.tolist()`, reads a graph value: kgraph_candidate_alias_tolist_loop.py)
        inside = {id(sub) for call in made for sub in walk(call)} | {
            id(sub) for node in walk(expr) if isinstance(node, ast.Subscript) for sub in walk(node.slice)}
        return all(id(sub) in inside for sub in walk(expr)
                   if isinstance(sub, (ast.Name, ast.Attribute)) and self._interpreted_operand(sub) is not None)

    def _makes_interpreted(self, expr: ast.expr) -> Optional[tuple]:
        """(line, what) when ``expr`` itself falls back: a host copy of tensor data, NumPy or
        ``math`` or ``str()`` applied to it."""
        for sub in walk(expr):
            if not isinstance(sub, ast.Call):
                continue
            found = self.module.hits.get(("MSG505", sub.lineno, sub.col_offset))
            if found is not None and "falls back" in found[0].fmt.get("effect", ""):
                # a builtin the MSG505 check found falling back (`max(int(top_k), 1)`, batch 112)
                return sub.lineno, ast.unparse(sub)
            func = sub.func
            if isinstance(func, ast.Attribute) and func.attr in fallback.STRICT_STRING_METHODS \
                    and fallback.data_string(func.value, self):
                # `msg.split("=")` of `msg = f"loss={loss}"`: run by the interpreter (batch 108)
                return sub.lineno, ast.unparse(sub)
            if isinstance(func, ast.Attribute) and func.attr in _HOST_COPIES and self.is_data(func.value):
                if self.kept_kind(func.value) == "param":
                    return None  # a Parameter's `.asnumpy()` fails outright (blind batch 93): no value follows
                return sub.lineno, ast.unparse(sub)
            qualified = self.qualname(func) or ""
            if isinstance(func, ast.Name) and func.id in ("str", "repr") and func.id not in self.env:
                qualified = func.id + "."
            if qualified.startswith(_HOST_MODULES + ("str.", "repr.")) and any(
                    self.is_data(a) for a in list(sub.args) + [k.value for k in sub.keywords]):
                return sub.lineno, ast.unparse(sub)
        return None

    def _rewritten_objects(self) -> Dict[str, int]:
        """Attributes of plain Python objects (held by the Cell or built here, not a module's
        globals) that this function sets, by their text (``self.meter.count``), with the line of
        the first write: read after it, they give the interpreter's value (batch 114)."""
        cached = getattr(self, "_rewritten_objs", None)
        if cached is None:
            cached = self._rewritten_objs = {}
            for stmt, target in _attribute_writes(self.fn):
                base = target.value
                if isinstance(base, ast.Name) and base.id not in self.env:
                    continue  # (a module's global, or unknown: its reads stay in the graph)
                if self.val(base).tag == "instance":
                    text = ast.unparse(target)
                    cached[text] = min(cached.get(text, stmt.lineno), stmt.lineno)
        return cached

    def _note_object_write(self, node: ast.stmt) -> None:
        """``rec.total = t`` or ``rec.flags.append(v)`` on a plain object this function made (bound
        by an earlier statement, so judged only as the flow reaches the write): from here on the
        field is the interpreter's, like a field of an object the Cell holds (measured,
        class_record_*_op_argument.py, class_record_list_field_*_stack.py: `ops.stack(rec.flags)`
        and what computes with its result are dynamic at LAX, blind batch 259's zone report)."""
        if isinstance(node, ast.Expr):
            call = node.value
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr in LIST_FILLS):
                return
            targets = [call.func.value]
        elif isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        else:
            return
        for target in targets:
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                    and target.value.id in self.env and self.val(target.value).tag == "instance":
                written = self._rewritten_objects()
                text = ast.unparse(target)
                written[text] = min(written.get(text, node.lineno), node.lineno)

    def _updated_tensors(self) -> Dict[str, int]:
        """Tensor attributes of the Cell (not Parameters) that this function updates from their own
        value (``self.running_min = m * self.running_min + (1 - m) * cur``, MSG402 at LAX), with the
        line of the first update: read after it, they give the interpreter's value (measured, stop
        32: the lines after an EMA update are dynamic). A plain replacement (``self.last =
        x.max()``) leaves a graph value: later reads are static (measured)."""
        cached = getattr(self, "_updated", None)
        if cached is None:
            cached = self._updated = {}
            if self.owner is not None and self.owner.kind in ("cell", "jit_class") \
                    and _SELF_UPDATE.search(self.index._text(self.fn)):
                for stmt in walk(self.fn):
                    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and is_self_attr(stmt.targets[0]):
                        name = stmt.targets[0].attr
                        attr = self.owner.attr(name)
                        if attr is not None and attr.kind == "tensor" and any(
                                is_self_attr(n) and n.attr == name for n in walk(stmt.value)):
                            cached.setdefault(name, stmt.lineno)
        return cached

    def _passed_other_than_literals(self, arg: str) -> bool:
        """Does a visible construction of the Cell pass its ``__init__`` argument ``arg`` something
        other than a Python literal (a name, an attribute, a call)?"""
        passed = self.index.passed_values(self.owner, arg)
        if passed is None:
            # no visible construction (the default then), or one unpacking `*args`/`**kwargs`
            return bool(self.index._instantiations().get(self.owner.name)) and "__init__" in self.owner.methods
        default = argument_defaults(self.owner.methods["__init__"]).get(arg)
        return any(value is not None and value is not default and not self._python_constant(value)
                   for value in passed)

    def _python_constant(self, value: ast.expr) -> bool:
        """Is ``value`` made of literals and module constants only (``2.0 ** 16``, ``SCALE``)?"""
        return not any(isinstance(n, (ast.Attribute, ast.Call, ast.Subscript, ast.Lambda)) or isinstance(
            n, ast.Name) and n.id not in self.index.module_values for n in walk(value))

    def _never_taken(self, test: ast.expr) -> bool:
        """Is ``test`` a condition MindSpore folds to False (`if self.use_ema:` with `use_ema=False`)?
        Its branch is never compiled, and a write there changes nothing. Evaluated as ``do_If``
        evaluates a test (test_project's constructor-argument tests)."""
        return constants.truth(self.test_val(test)) is False

    def _rewritten_attrs(self) -> Dict[str, int]:
        """Python counters of the Cell this function itself increments (``self.step += 1``,
        MSG402): reading them, before or after, gives the interpreter's value."""
        cached = getattr(self, "_rewritten", None)
        if cached is None:
            cached = self._rewritten = {}
            text = self.index._text(self.fn) if self.owner is not None else ""
            if "+=" in text or text and _SELF_UPDATE.search(text):
                for stmt in walk(self.fn):
                    # a Python counter (`self.step += 1`): only its value comes back from the
                    # interpreter. A size cached on the Cell (`self.max_seq_len_cached = seq_len`,
                    # the rotary caches of HF ports) is read by ops that need a constant and fail
                    # to compile instead (a check of 20 MSG526 lines on real code, seed 7343);
                    # a Tensor stored there stays in the graph (measured static, stop 28)
                    # (`self.step = self.step + 1` is the same counter: blind batch 194's warm-up ramp,
                    # dynamic where it is read after, as with `+=`)
                    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and is_self_attr(stmt.targets[0]):
                        stmt = _counter_step(stmt)
                    if isinstance(stmt, ast.AugAssign) and is_self_attr(stmt.target) and (
                            isinstance(stmt.value, ast.Constant) and type(stmt.value.value) in (int, float)
                            or isinstance(stmt.op, (ast.Add, ast.Sub))):
                        # (stepped by anything else, `self.missed = self.missed + n_missing` of a
                        # Python 0: the same trip, read after; measured: blind batch 251's hand tracker)
                        attr = self.owner.attr(stmt.target.attr)
                        if attr is not None and attr.kind == "const" and not attr.from_arg:
                            cached.setdefault(stmt.target.attr, stmt.lineno)
            if self.owner is not None and (self.owner.kind == "cell" and self.fn.name == "construct"
                                           or self.owner.kind == "jit_class"):
                # `gain = s * self.last_gain + ...` then `self.last_gain = gain`: a value of the Cell
                # (a Python number or a Tensor) that construct reads and later replaces is the
                # interpreter's at LAX, where it is read and in what is computed from it, whether or
                # not the new value comes from the old (blind batch 141's gain control and
                # class_self_attr_*.py: dynamic at the read, the write and the uses; without the
                # earlier read only the write is). So in a @jit_class method (blind batch 150's
                # running mean: `tot = self.count + n` before `self.count = tot`)
                for name, line in _replaced_attributes(self.fn, self._never_taken).items():
                    attr = self.owner.attr(name)
                    if attr is None or attr.kind not in ("const", "tensor") or attr.from_arg and (
                            attr.kind == "tensor" or self.owner.kind == "cell"
                            and self._passed_other_than_literals(attr.from_arg)):
                        # (an `__init__` argument a visible construction passes something else than
                        # a Python literal, `norm_bound=self._norm_bound` of a Parameter, may hold a
                        # Parameter, which construct assigns in the graph: mindarmour 2.0's DP
                        # training cell, 16 lines)
                        continue
                    cached.setdefault(name, line)
                for stmt in self.fn.body:
                    # `self.running_rms = m * self.running_rms + (1 - m) * rms` of a Python number:
                    # read and replaced by one statement, the same trip, dynamic where it is read
                    # after (measured: blind batch 261's loudness tracker, class_attr_float_ema_*.py;
                    # a Tensor attribute so updated is `_updated_tensors`')
                    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and is_self_attr(stmt.targets[0]):
                        name = stmt.targets[0].attr
                        attr = self.owner.attr(name)
                        if name not in cached and attr is not None and attr.kind == "const" and not attr.from_arg \
                                and any(is_self_attr(n) and n.attr == name for n in walk(stmt.value)):
                            cached[name] = stmt.lineno
                    # `if self.peak is None: self.peak = cur_peak` of an attribute `__init__` left
                    # None: the value set there is the interpreter's where it is read after the `if`
                    # (measured: blind batch 264's swarm detector, class_attr_none_set_*.py; set
                    # without the test, the reads after are static)
                    stored = _set_when_none(stmt)
                    if stored is not None and stored[0] not in cached:
                        attr = self.owner.attr(stored[0])
                        if attr is not None and (attr.kind == "none" or attr.kind == "const" and attr.known == (None,)):
                            cached[stored[0]] = stored[1]
        return cached


def _set_when_none(stmt: ast.stmt) -> Optional[Tuple[str, int]]:
    """(name, line) for ``if self.name is None: ... self.name = <not a constant>`` (the test alone)."""
    if not isinstance(stmt, ast.If):
        return None
    test = stmt.test
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        # `if self.attn_mask is None or not self.cache_mask:` (blind batch 353's window mask cache,
        # dynamic where it is read after the `if`, as with the test alone)
        test = next((v for v in test.values if _is_none_test_of_self(v)), None)
    if not _is_none_test_of_self(test):
        return None
    name = test.left.attr
    for sub in stmt.body:
        if isinstance(sub, ast.Assign) and len(sub.targets) == 1 and is_self_attr(sub.targets[0]) \
                and sub.targets[0].attr == name and not isinstance(sub.value, ast.Constant):
            return name, sub.lineno
    return None


def _is_none_test_of_self(test: Optional[ast.expr]) -> bool:
    """Is ``test`` ``self.<name> is None``?"""
    return isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Is) \
        and is_self_attr(test.left) and isinstance(test.comparators[0], ast.Constant) \
        and test.comparators[0].value is None


def _counter_step(stmt: ast.Assign) -> ast.stmt:
    """``self.n = self.n + 1`` (or ``1 + self.n``, ``self.n - 1``) as the ``self.n += 1`` it is;
    any other assignment as it is."""
    value, target = stmt.value, stmt.targets[0]
    if isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Add, ast.Sub)):
        pairs = [(value.left, value.right)] + ([(value.right, value.left)] if isinstance(value.op, ast.Add) else [])
        for same, step in pairs:
            if is_self_attr(same) and same.attr == target.attr:
                return ast.copy_location(ast.AugAssign(target=target, op=value.op, value=step), stmt)
    return stmt


def _attribute_writes(fn: ast.FunctionDef) -> List[Tuple[ast.stmt, ast.Attribute]]:
    """The assignments in ``fn`` to an attribute of something other than ``self`` (``meter.count
    += 1``, ``self.meter.count = n``), with their statements: one walk per function, kept on its
    node (each analysis of it, one per set of arguments, only judges what the base is)."""
    cached = getattr(fn, "_msgl_attribute_writes", None)
    if cached is None:
        cached = []
        for stmt in walk(fn):
            if isinstance(stmt, (ast.Assign, ast.AugAssign)):
                for target in stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]:
                    if isinstance(target, ast.Attribute) and not is_self_attr(target):
                        cached.append((stmt, target))
        fn._msgl_attribute_writes = cached
    return cached


def _replaced_attributes(fn: ast.FunctionDef, never_taken=lambda test: False) -> Dict[str, int]:
    """Attributes of ``self`` that a statement of ``fn``'s body reads and a later statement of the
    body itself replaces (``self.x = ...``, one target, not under an ``if``), or that the body
    replaces with a list display and a later statement reads, with the line of the
    replacement. (The rotary caches of HF ports replace a cached size under an ``if`` that compares
    with it, and ops needing a constant read it: left alone, seed 7343.)"""
    found: Dict[str, int] = {}
    if not _first_self_writes(fn):
        return found  # (most functions store no attribute of the Cell: nothing is replaced)
    read: set = set()
    lists: Dict[str, int] = {}
    guarded: Dict[str, int] = {}  # replaced under an `if` (not testing it): read after it, a join
    for stmt in fn.body:
        reads = {node.attr for node in walk(stmt) if is_self_attr(node) and isinstance(node.ctx, ast.Load)}
        for name in reads & guarded.keys():
            found.setdefault(name, guarded[name])
        for name in reads & lists.keys():
            # `self.tiles = []` then `self.tiles.append(out)`, `ops.concat(self.tiles)`: a list of the
            # Cell made anew in construct is the interpreter's where it is used after (blind batch
            # 153's strip denoiser: the write, the append and the concat are dynamic at LAX)
            found.setdefault(name, lists[name])
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and is_self_attr(stmt.targets[0]):
            if stmt.targets[0].attr in read:
                found.setdefault(stmt.targets[0].attr, stmt.lineno)
            if isinstance(stmt.value, ast.List):
                lists.setdefault(stmt.targets[0].attr, stmt.lineno)
        elif isinstance(stmt, ast.If) and not never_taken(stmt.test):
            # `scaled = loss * self.loss_scale`, then `if self._overflow(scaled): self.loss_scale =
            # ...`: replaced under an `if` that does not test the attribute itself, the same (blind
            # batch 178's loss scaler, class_attr_float_halved_*.py: dynamic at the earlier read)
            tested = {node.attr for node in walk(stmt.test) if is_self_attr(node)}
            # Read only after the `if`, it is what either path left: the interpreter's too
            # (class_attr_float_halved_read_after_zeros_like.py)
            for sub in walk(stmt):
                if isinstance(sub, ast.Assign) and len(sub.targets) == 1 and is_self_attr(sub.targets[0]) \
                        and sub.targets[0].attr not in tested:
                    if sub.targets[0].attr in read:
                        found.setdefault(sub.targets[0].attr, sub.lineno)
                    guarded.setdefault(sub.targets[0].attr, sub.lineno)
        read.update(reads)
    return found


def _bare_print(node: ast.stmt) -> bool:
    """``print(msg)``: the builtin handed names and constants only. Printing what the interpreter
    computed runs no new op, and MindSpore marks no dynamic shape at that line (measured: blind
    batch 334's RoI head debug message; ``print("loss %.4f" % value)``, which formats the value
    there, is marked)."""
    call = node.value if isinstance(node, ast.Expr) else None
    return isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "print" \
        and all(isinstance(a, (ast.Name, ast.Constant)) for a in call.args) \
        and all(isinstance(k.value, (ast.Name, ast.Constant)) for k in call.keywords)
