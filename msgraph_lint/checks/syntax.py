"""Python that the static graph compiler does not support, or silently changes."""
from __future__ import annotations

import ast
from typing import Optional

from .. import ops as optable
from ..astwalk import short_text, walk
from ..names import is_mindspore, last
from ..scopes import first_yield, is_context_manager_factory, is_library_cell, is_self_attr, is_static_method, \
    parameter_names
from ..values import builds
from ..values.constants import literal
from ..values.lattice import CONST, DATA, FOLDED_TENSOR
from . import at_function_end, fallback, on
from .classes import called_class, level_effect
from .dynamic_ops import assignment_of, bound_values
from .fallback import built_tensor


@on(ast.Try)
def try_in_graph(node, ctx):
    """MSG501: ``try`` statements in graph code (in a helper, MindSpore blames its call)."""
    yield ctx.hit_at_call_site("MSG501", node)


# Context managers MindSpore's graph parser supports itself (its check_is_base_ctx):
# streams, whose `with` compiles to stream ops at both levels (measured for StreamCtx).
_GRAPH_CONTEXTS = frozenset({"StreamCtx", "StreamLimitCtx"})


@on(ast.With)
def with_on_non_jit_class(node: ast.With, ctx):
    """MSG502: ``with`` on an object that is not a ``@jit_class`` instance. In a helper, MindSpore
    blames the helper's call (the caller one level up; measured, syntax_with_*_in_helper_*.py,
    mindone 0.5.0's ``with mindspore._no_grad():`` in a router function)."""
    for item in node.items:
        expr = item.context_expr
        qualified = ctx.qualname(expr.func) if isinstance(expr, ast.Call) else None
        if is_mindspore(qualified) and last(qualified) in _GRAPH_CONTEXTS:
            continue  # the graph parser turns these into stream ops
        if ctx.val(expr).tag != "jit_instance":
            yield ctx.hit_at_call_site("MSG502", node, expr=ast.unparse(item.context_expr))
            return


@on(ast.Call)
def generator_in_graph(node: ast.Call, ctx):
    """MSG503: graph code calls a generator function (one that contains ``yield``).

    MindSpore blames the call, so the finding sits there, not at the ``yield``.
    """
    fn = None
    func = node.func
    source = ctx.index.source
    if isinstance(func, ast.Name) and func.id not in ctx.env:
        fn = ctx.index.functions.get(func.id)
    elif (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self"
          and ctx.owner is not None):
        found = ctx.index.method(ctx.owner, func.attr)
        fn = found[0] if found else None
        if found and found[1].index is not None:
            source = found[1].index.source  # a base class's method, maybe from another module
    if fn is not None and "yield" in source and first_yield(fn) is not None and not is_context_manager_factory(fn):
        yield ctx.hit("MSG503", node, name=ast.unparse(func))


@on(ast.Call)
def construct_self_renamed(node: ast.Call, ctx):
    """MSG512: calling a sub-Cell whose ``construct`` names its first parameter other than ``self``."""
    func = node.func
    if not (isinstance(func, ast.Attribute) and is_self_attr(func)) and not isinstance(func, ast.Call):
        return
    info = called_class(node, ctx)
    if info is None or info.kind != "cell":
        return
    found = (info.index or ctx.index).method(info, "construct")
    if found is None:
        return
    first = _first_parameter(found[0])
    if first is not None and first != "self":
        yield ctx.hit("MSG512", node, cls=found[1].name, name=first)


@on(ast.Call)
def tensor_to_host(node: ast.Call, ctx):
    """MSG504: ``.asnumpy()`` / ``.tolist()`` on tensor data; at STRICT on any Tensor.

    STRICT has no ``asnumpy`` attribute on a Tensor at all, so a Tensor built
    from constants in graph code fails too (LAX folds that one: measured in
    tests/cases/syntax_strict_asnumpy_const_tensor.py).
    """
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in ("asnumpy", "tolist", "numpy"):
        # x.asnumpy().astype(np.int32).tolist(): the .asnumpy() moved it to the host, and is the
        # one named (mindaudio's LengthRegulator; issue 9, section 8)
        if func.attr == "asnumpy" or not _host_copy_inside(func.value, ctx):
            yield from _copied_to_host(node, func.value, func.attr, "", ctx)
    elif isinstance(func, (ast.Attribute, ast.Name)) and node.args and not node.keywords \
            and ctx.qualname(func) in _HOST_COPYING:
        yield from _copied_to_host(node, node.args[0], "asnumpy", f" (inside `{ast.unparse(func)}`)", ctx)


# MindSpore functions whose Python body copies their Tensor argument to the host with
# `.asnumpy()` on every call: `mint.item(x)` is `x.asnumpy().item()` (a Tensor's own `.item()`
# is a graph op: tests/cases/syntax_item.py is static). Measured: LAX falls back and what uses
# the number is dynamic; STRICT has no `asnumpy` on the Tensor.
_HOST_COPYING = frozenset({"mindspore.mint.item"})


def _copied_to_host(node: ast.Call, recv: ast.expr, method: str, inside: str, ctx):
    """MSG504 for ``recv.<method>()``, written out or inside a MindSpore function (``inside``)."""
    if method == "asnumpy" and ctx.kept_kind(recv) == "param" and ctx.level == "LAX" and ctx.in_data_branch():
        # on an arm of an `if` on tensor data LAX falls back instead, with dynamic shapes (measured:
        # syntax_param_asnumpy_in_tensor_if_else.py, blind batch 181's reservoir memory; under a
        # test MindSpore folds it fails as elsewhere)
        yield ctx.hit("MSG504", node, method=method, what="a Parameter" + inside, effect=level_effect(ctx))
        return
    if method == "asnumpy" and ctx.kept_kind(recv) == "param":
        # a Parameter has no host copy in graph code: refused at both levels, LAX too ("the
        # 'Parameter' object's method 'asnumpy' is not supported"; measured, batches 93 and 151)
        yield ctx.hit("MSG504", node, "fails", method=method, what="a Parameter" + inside,
                      effect="it fails to compile at both levels: graph code has no host copy of a Parameter")
        return
    if ctx.level == "STRICT" and ctx.kept_kind(recv) == "tensor":
        # `self.table.asnumpy()` of a Tensor the Cell keeps: STRICT refuses it while resolving the
        # attribute, before it infers any value, so it is blamed even after a host copy of data
        # earlier in the function (measured: syntax_strict_asnumpy_data_then_const_attr*.py, blind
        # batch 151's kNN monitor)
        yield ctx.hit("MSG504", node, "parse", method=method, what="a Tensor the Cell keeps" + inside,
                      effect=level_effect(ctx))
    elif ctx.is_data(recv) and ctx.val(recv).tag != "np":
        yield ctx.hit("MSG504", node, method=method, what="tensor data" + inside, effect=level_effect(ctx))
    elif ctx.level == "STRICT" and (built_tensor(recv, ctx) or _only_tensors_have(method, recv, ctx)):
        yield ctx.hit("MSG504", node, method=method, what="a Tensor" + inside, effect=level_effect(ctx))


def _only_tensors_have(method: str, recv: ast.AST, ctx) -> bool:
    """``.asnumpy()`` exists on MindSpore Tensors only: at STRICT its receiver fails whatever
    the analysis knows of it, unless it is a NumPy value or a user object with its own method."""
    tag = ctx.val(recv).tag
    # what an op computed from folded values is surely a Tensor: STRICT has no `numpy` or
    # `tolist` on one either (measured)
    return tag == FOLDED_TENSOR or (
        method == "asnumpy" and tag not in ("np", "instance", "jit_instance", "cell", "scalar"))


@on(ast.Call)
def numpy_on_tensor(node: ast.Call, ctx):
    """MSG505: a NumPy or ``math`` function applied to tensor data."""
    qualified = ctx.qualname(node.func)
    if isinstance(node.func, ast.Name) and node.func.id in ("str", "repr") and node.func.id not in ctx.env:
        qualified = node.func.id  # str() of a tensor needs its value: interpreter fallback
    elif not qualified:
        return  # (`np.random.*` with tensor data in its arguments is one of these; without, MSG507)
    elif qualified.split(".")[0] not in fallback.INTERPRETED_MODULES:
        return
    data = [a for a in list(node.args) + [k.value for k in node.keywords] if ctx.is_data(a)]
    if data and not all(_host_copy_inside(a, ctx) for a in data) and not _after_strict_host_copy(data, ctx):
        # (`linear_sum_assignment(c.asnumpy())`: the copy to the host is the one hazard, reported there)
        effect = level_effect(ctx)
        if qualified in _NUMPY_DELEGATES and node.args and ctx.is_data(node.args[0]) \
                and ctx.val(node.args[0]).tag not in ("np", "tuple", "scalar"):
            method = _NUMPY_DELEGATES[qualified]
            effect = (f"NumPy calls the Tensor's own `{method}(axis=..., out=...)`, which MindSpore's Tensor "
                      f"rejects: it fails at both levels, and in PyNative too")
        yield ctx.hit_interpreted_call("MSG505", node, what="tensor data", func=qualified.replace("numpy.", "np.", 1),
                                       effect=effect)


def _after_strict_host_copy(data, ctx) -> bool:
    """At STRICT, NumPy values that only a host copy made (``dense = adj.asnumpy()``, then
    ``np.nonzero(dense > eps)``): STRICT already stops at the copy, the one line it names
    (measured, blind batch 81); at LAX each later line is a fallback of its own, and reported."""
    return ctx.level == "STRICT" and all(fallback.host_made(a, ctx) for a in data)


# NumPy reductions that hand an array-like argument to its own method with `out=`: MindSpore 2.10's
# Tensor methods take no `out`, so np.sum(tensor) raises TypeError in every mode (measured: LAX,
# STRICT and PyNative; np.abs, np.exp, np.where, np.argmax, np.sort, np.cumsum... do not).
_NUMPY_DELEGATES = {f"numpy.{name}": method for name, method in (
    ("sum", "sum"), ("any", "any"), ("all", "all"), ("mean", "mean"), ("max", "max"), ("min", "min"),
    ("amax", "max"), ("amin", "min"), ("prod", "prod"), ("std", "std"), ("var", "var"))}


@on(ast.BinOp)
def percent_format_in_graph(node: ast.BinOp, ctx):
    """MSG505: ``"..." % value`` string formatting runs in the Python interpreter.

    MindSpore 2.10 falls back to the interpreter for it (dynamic at LAX, an
    error at STRICT); f-strings are fine.
    """
    if isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str) \
            and not isinstance(node.right, ast.Constant) and _names_a_variable(node.right, ctx) \
            and not fallback.in_constant_raise(node, ctx):
        yield ctx.hit("MSG505", node, what="tensor data", func="% formatting", effect=level_effect(ctx))


def _names_a_variable(node: ast.expr, ctx) -> bool:
    """Does the operand name a value that is not a compile-time constant? The interpreter is
    handed the expression's text: a tensor anywhere in it (even `(x.shape,)`) makes it fall
    back, while a Python loop counter or an int attribute folds (both labelled)."""
    for sub in walk(node):
        if isinstance(sub, ast.Name) and sub.id != "self" and ctx.val(sub).kind != CONST:
            return True
        if isinstance(sub, ast.Attribute) and is_self_attr(sub) and ctx.val(sub).kind != CONST:
            return True
    return False


@on(ast.Constant)
def complex_literal(node: ast.Constant, ctx):
    """MSG529: ``z * 1j``: graph mode has no complex constant (both levels; in a helper, at the
    helper's call; measured: syntax_complex_literal_*.py)."""
    if type(node.value) is complex:
        yield ctx.hit_at_call_site("MSG529", node, stage="parse", literal=ast.unparse(node),
                                   effect="it fails to compile")


@on(ast.NamedExpr)
def walrus_in_graph(node, ctx):
    """MSG508: assignment expressions (``:=``) are not supported."""
    yield ctx.hit_at_call_site("MSG508", node, stmt="the assignment expression `:=`")


@on(ast.Assign, ast.AugAssign)
def attribute_of_subscript_assigned(node, ctx):
    """MSG508: ``self.layers[0].scale = v``: the parser only assigns attributes of names and attributes."""
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    for target in targets:
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Subscript):
            yield ctx.hit_at_call_site("MSG508", target, stmt="setting an attribute of a subscripted item")
            return


@on(ast.Delete, ast.Nonlocal, ast.FunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom, ast.SetComp,
    ast.Set, ast.For, ast.While, ast.ListComp, ast.GeneratorExp)
def unsupported_statement(node, ctx):
    """MSG508: statements the graph compiler does not support at any level.

    ``del``, ``nonlocal``, ``:=``, a class or an import inside graph code, set
    literals and comprehensions, ``for``/``while`` with ``else``, and nested generator
    functions. Nested functions are compiled where they are defined, so their
    own ``nonlocal`` and ``yield`` are reported too (MindSpore blames them
    there); a loop's ``else`` at its first statement.
    """
    if isinstance(node, ast.FunctionDef):
        for stmt in node.body:
            if isinstance(stmt, ast.Nonlocal):
                yield ctx.hit_at_call_site("MSG508", stmt, stmt="`nonlocal`")
        inner_yield = first_yield(node)
        if inner_yield is not None:
            yield ctx.hit_at_call_site("MSG508", inner_yield, stmt="a nested generator function")
        return
    if isinstance(node, (ast.For, ast.While)):
        if node.orelse:
            kind = "for" if isinstance(node, ast.For) else "while"
            yield ctx.hit_at_call_site("MSG508", node.orelse[0], stmt=f"`{kind} ... else`")
        return
    if isinstance(node, (ast.ListComp, ast.GeneratorExp)):
        if len(node.generators) > 1:
            # `sum(f(a, b) for a in ... for b in ...)`: the parser takes one `for` per
            # comprehension, over Python ranges too (measured, blind batch 151)
            kind = "list comprehension" if isinstance(node, ast.ListComp) else "generator expression"
            yield ctx.hit_at_call_site("MSG508", node, stmt=f"a {kind} with {len(node.generators)} `for` clauses")
        return
    what = {ast.Delete: "`del`", ast.Nonlocal: "`nonlocal`", ast.ClassDef: "a `class` statement",
            ast.Import: "`import`", ast.ImportFrom: "`import`", ast.SetComp: "a set comprehension",
            ast.Set: "a set literal"}[type(node)]
    yield ctx.hit_at_call_site("MSG508", node, stmt=what)


@on(ast.Call)
def classmethod_call(node: ast.Call, ctx):
    """MSG508: calling a user class's classmethod (``cls`` is never bound in graph code)."""
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id not in ctx.env:
        info = ctx.index.classes.get(func.value.id)
        if info is not None and info.kind in ("plain", "jit_class"):
            method = info.methods.get(func.attr)
            if method is not None and any(isinstance(d, ast.Name) and d.id == "classmethod"
                                          for d in method.decorator_list):
                yield ctx.hit("MSG508", node, stmt=f"calling the classmethod `{func.value.id}.{func.attr}()`")


_FALLBACK_BUILTINS = {"dict", "divmod", "type", "setattr", "delattr", "vars", "eval", "exec", "open", "input"} \
    | fallback.BUILTINS_INTERPRETED_ON_DATA
# Builtins MindSpore evaluates while compiling when every argument is a constant (`open(LOG, "w")`
# too: static at both levels, measured in syntax_open_const_path.py; what is then written may not be).
_FOLDED_ON_CONSTANTS = {"dict", "type", "divmod", "open"} | fallback.BUILTINS_INTERPRETED_ON_DATA


def _graph_number_from_data(arg: ast.expr, ctx) -> bool:
    """Is ``arg`` a Python number graph mode computes from tensor data (``float(t)``, ``t.item()``,
    arithmetic on one), which its ``round()`` and ``abs()`` refuse? Not one from ``.asnumpy()`` or
    ``.tolist()``: the interpreter's at LAX, which applies the builtin itself (dynamic), and STRICT
    fails at that call first (measured, builtin_{abs,round}_of_float_of_asnumpy.py)."""
    value = ctx.val(arg)
    if value.kind != DATA or value.tag != "scalar":
        return False
    if any(isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute)
           and sub.func.attr in ("asnumpy", "tolist") for sub in walk(arg)):
        return False
    return not ctx.holds_interpreted(arg)


@on(ast.Call)
def host_builtin(node: ast.Call, ctx):
    """MSG505: builtins and string methods that only the Python interpreter runs.

    ``dict(...)``, ``divmod``, ``type(...)`` and friends, and building a
    Tensor from tensor data, go through the interpreter fallback (dynamic at
    LAX, an error at STRICT). ``str.format`` and ``str.join`` compile at LAX
    and fail at STRICT.
    """
    func = node.func
    args = list(node.args) + [k.value for k in node.keywords]
    if isinstance(func, ast.Name) and func.id == "round" and "round" not in ctx.env \
            and "round" not in ctx.names.aliases and node.args:
        # graph mode's round() takes a Tensor (the Round op, 0 decimals only) or a constant: a
        # Python number computed from tensor data (`round(float(loss), 2)`, `round(t.item())`)
        # fails at both levels, and so do decimals on a Tensor (measured, batches 105 and 110)
        first = ctx.val(node.args[0])
        digits = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "ndigits"),
                                                               None)
        if _graph_number_from_data(node.args[0], ctx):
            yield ctx.hit("MSG505", node, "fails", what="a Python number computed from tensor data", func="round()",
                          effect="graph mode's `round()` takes a Tensor or a constant only, so this fails to "
                                 "compile at both levels (round the Tensor: `ops.round(t)`)")
            return
        if first.kind == DATA and first.tag == "" and digits is not None and literal(digits) not in ((0,), (None,)):
            yield ctx.hit("MSG505", node, "fails", what="tensor data", func="round(..., ndigits)",
                          effect="MindSpore's Round takes 0 decimals only, so this fails to compile at both "
                                 "levels (scale, round and scale back)")
            return
    if isinstance(func, ast.Name) and func.id == "abs" and "abs" not in ctx.env \
            and "abs" not in ctx.names.aliases and len(node.args) == 1 and not node.keywords:
        # the same for abs(): graph mode maps it to the Abs op, which takes a Tensor, so a Python
        # number computed from tensor data (`abs(setpoint - float(t.mean()))`, `abs(t.item())`,
        # `abs(int(t))`) fails at both levels ("For Operator[Abs], input's type 'Float32' does not
        # match expected type 'Tensor'"); a Tensor or a constant compiles (measured, blind batch
        # 278's comfort controller, builtin_abs_*.py)
        if _graph_number_from_data(node.args[0], ctx):
            yield ctx.hit("MSG505", node, "fails", what="a Python number computed from tensor data", func="abs()",
                          effect="graph mode maps `abs()` to the Abs op, which takes a Tensor, so this fails to "
                                 "compile at both levels (keep the value a Tensor: `ops.abs(t)`)")
            return
    if isinstance(func, ast.Name) and func.id == "reversed" and "reversed" not in ctx.env and len(args) == 1 \
            and ctx.kept_kind(args[0]) == "cell_list":
        # `for layer in reversed(self.layers)` over an nn.CellList: STRICT "the inputs should be
        # constant", LAX an internal error naming no line (measured: syntax_reversed_celllist.py)
        yield ctx.hit("MSG505", node, what="an `nn.CellList`", func="reversed()",
                      effect="it is no constant to `reversed()`, so graph mode fails to compile this at both "
                             "levels (iterate over `range(len(...) - 1, -1, -1)` and index instead)")
        return
    if isinstance(func, ast.Attribute) and func.attr == "add" and isinstance(func.value, ast.Name) \
            and len(node.args) == 1 and not node.keywords and ctx.is_data(node.args[0]) \
            and _python_set(func.value, ctx):
        # `seen.add(int(labels[i]))` into `seen = set()`: graph mode has no set, and the
        # interpreter runs the call (dynamic at LAX; STRICT "the inputs should be constant");
        # Python numbers added compile (measured: syntax_set_add_*.py, blind batches 187, 189, 191)
        yield ctx.hit("MSG505", node, what="tensor data", func="set.add()", effect=level_effect(ctx))
        return
    if isinstance(func, ast.Name) and func.id in _FALLBACK_BUILTINS and func.id not in ctx.env \
            and func.id not in ctx.names.aliases:
        if func.id == "setattr" or (func.id in _FOLDED_ON_CONSTANTS
                                    and not any(fallback.mentions_data(a, ctx, optional=False) for a in args)):
            # setattr is an attribute mutation (MSG402); dict(), type() and divmod() of compile-time
            # values, or of a parameter that defaults to None (vector-quantize's `dict(mask=mask,
            # ...)`, census 7336: MSG104's leniency), are folded (type(nn.Dense) in an error message
            # compiles at both levels). The interpreter takes the call's own text, so
            # `sorted(x.shape)` or `all(d > 1 for d in x.shape)` hand it the tensor `x`: not folded
            # (syntax_strict_all_genexpr_shape.py)
            return
        if func.id == "type" and fallback.in_constant_raise(node, ctx):
            return  # `raise TypeError(f"... {type(x)}")` that only Python conditions reach: never compiled
        yield ctx.hit("MSG505", node, what="tensor data", func=f"{func.id}()", effect=level_effect(ctx))
        return
    if isinstance(func, ast.Name) and func.id in ("max", "min") and func.id not in ctx.env \
            and func.id not in ctx.names.aliases and _mixes_data_and_numbers(node, ctx):
        given = "a Python number computed from tensor data" if all(
            ctx.val(a).tag == "scalar" for a in node.args if ctx.is_data(a)) else "tensor data and a Python number together"
        yield ctx.hit("MSG505", node, what="tensor data", func=f"{func.id}()",
                      effect=f"given {given}, " + level_effect(ctx))
        return
    if isinstance(func, ast.Name) and func.id == "print" and "print" not in ctx.env and ctx.level == "STRICT":
        for arg in node.args:
            if isinstance(arg, ast.JoinedStr) and _shape_tuple_and_data(arg, ctx):
                # `print(f"shape={t.shape} mean={float(t.mean())}")`: STRICT fails at this line (an
                # internal "Tuple to TupleUnfold" error of the JoinedStr kernel), while the shape
                # alone, or `t.shape[0]` with the data, compiles (measured, blind batch 133)
                yield ctx.hit("MSG505", arg, "fails", what="a shape tuple together with tensor data",
                              func="f-string", effect="it fails to compile at STRICT (print `t.shape[0]`, "
                                                      "`t.shape[1]`... or the shape alone)")
                return
        return
    if isinstance(func, ast.Attribute) and func.attr in ("format", "join") and isinstance(func.value, ast.Constant) \
            and isinstance(func.value.value, str) and ctx.level == "STRICT":
        # join fails at STRICT even on constants; format when it formats tensor data
        if func.attr == "join" or (any(ctx.is_data(a) for a in args) and not fallback.in_constant_raise(node, ctx)):
            yield ctx.hit("MSG505", node, what="tensor data", func=f"str.{func.attr}", effect=level_effect(ctx))
        return
    if ctx.qualname(func) in ("mindspore.Tensor", "mindspore.tensor") and node.args and ctx.is_data(node.args[0]) \
            and not _host_copy_inside(node.args[0], ctx) and not _after_strict_host_copy([node.args[0]], ctx):
        yield ctx.hit("MSG505", node, what="tensor data", func="Tensor()", effect=level_effect(ctx))
    elif fallback.interpreted_list_method(node, ctx):
        yield ctx.hit("MSG505", node, what="tensor data", func=f"list.{func.attr}()", effect=level_effect(ctx))


def _shape_tuple_and_data(text: ast.JoinedStr, ctx) -> bool:
    """Does the f-string format a Tensor's whole ``.shape`` and, elsewhere, tensor data?"""
    parts = [v.value for v in text.values if isinstance(v, ast.FormattedValue)]
    shapes = [p for p in parts if isinstance(p, ast.Attribute) and p.attr == "shape" and ctx.kind(p.value) == DATA]
    return bool(shapes) and any(p not in shapes and ctx.is_data(p) for p in parts)


def _python_set(name: ast.Name, ctx) -> bool:
    """Is every binding of ``name`` in the function ``name = set()`` (the builtin, not shadowed)?"""
    stores = ctx.stores(name.id)
    if not stores or "set" in ctx.env or "set" in ctx.names.aliases:
        return False
    for store in stores:
        assign = assignment_of(store, ctx)
        value = assign.value if assign is not None else None
        if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "set"
                and not value.args and not value.keywords):
            return False
    return True


@on(ast.Compare)
def membership_in_python_set(node: ast.Compare, ctx):
    """MSG505: ``if label in self.excluded`` with ``self.excluded = set(excluded)``: graph mode has
    no set type, so a membership test of tensor data (a Tensor, ``.item()`` or ``int()`` of one)
    in a Python set goes to the interpreter (dynamic at LAX; STRICT "the inputs should be
    constant"), where a tuple or list of the same numbers compiles (measured: syntax_in_*.py,
    blind batch 203's land-cover filter)."""
    found = fallback.set_membership_of_data(node, ctx)
    if found is not None:
        op, right = found
        text = "not in" if isinstance(op, ast.NotIn) else "in"
        yield ctx.hit("MSG505", node, what="tensor data (graph mode has no set type)",
                      func=f"{text} {ast.unparse(right)}", effect=level_effect(ctx))


def _mixes_data_and_numbers(node: ast.Call, ctx) -> bool:
    """``max(x.abs().max(), 1e-6)``, ``min([t, 0.5])``: graph mode compiles ``max``/``min`` of
    Tensors alone (syntax_strict_max_builtin_tensors.py) and of Python numbers alone, but one of
    each goes to the interpreter (measured: dynamic at LAX, "the inputs should be constant" at
    STRICT), whichever comes first, a literal or a config number."""
    if node.keywords:
        return False
    if any(isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and a.func.id in ("max", "min")
           and _mixes_data_and_numbers(a, ctx) for a in node.args):
        return False  # `min(max(p, 0.0), 1.0)`: one hazard, reported at the inner call
    items = list(node.args)
    if len(items) == 1 and isinstance(items[0], (ast.List, ast.Tuple)):
        items = list(items[0].elts)
    if len(items) < 2 or any(isinstance(i, ast.Starred) for i in items):
        return False
    data = [i for i in items if ctx.is_data(i)]
    numbers = [i for i in items if ctx.val(i).kind == CONST and ctx.val(i).tag in ("", "scalar")
               and not (isinstance(i, ast.Constant) and not isinstance(i.value, (int, float)))]
    # a Python number computed from tensor data (`lam = float(t)`; `max(lam, 1.0 - lam)`) is a
    # variable to graph mode: the interpreter takes the call too (measured, blind batch 119's mixup)
    return bool(data) and (bool(numbers) or any(ctx.val(i).tag == "scalar" for i in data))


def _host_copy_inside(expr: ast.expr, ctx) -> bool:
    """``Tensor(x.asnumpy())``, ``Tensor(np.array(x) != 0)``: the copy to the host inside the
    argument is the hazard, reported there (MSG504 / MSG505); the Tensor() around it is the same
    fallback, on the same line, not a second one."""
    for sub in ast.walk(expr):
        if not isinstance(sub, ast.Call):
            continue
        func = sub.func
        if isinstance(func, ast.Attribute) and func.attr in ("asnumpy", "numpy", "tolist") \
                and ctx.is_data(func.value):
            return True
        qualified = ctx.qualname(func)
        if qualified and qualified.startswith("numpy.") and not qualified.startswith("numpy.random.") \
                and any(ctx.is_data(a) for a in list(sub.args) + [k.value for k in sub.keywords]):
            return True
    return False


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
    if not qualified or not qualified.startswith(("numpy.random.", "random.")):
        return
    if any(ctx.is_data(a) for a in list(node.args) + [k.value for k in node.keywords]):
        return  # with a tensor argument it runs at run time, in the interpreter (MSG505)
    yield ctx.hit("MSG507", node, func=qualified.replace("numpy.", "np.", 1))


def _cell_class(expr: ast.expr, ctx, depth: int = 0) -> Optional[str]:
    """What a Cell class ``expr`` evaluates to, spelled for the message: a Cell class by
    name (``nn.Dense``, a Cell of the project), ``type(<a Cell>)`` or ``<a Cell>.__class__``,
    or a local name bound once to one of those."""
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id == "type" \
            and expr.func.id not in ctx.env and expr.func.id not in ctx.names.aliases \
            and len(expr.args) == 1 and not expr.keywords:
        return ast.unparse(expr) if _is_cell_object(expr.args[0], ctx) else None
    if isinstance(expr, ast.Attribute) and expr.attr == "__class__":
        return ast.unparse(expr) if _is_cell_object(expr.value, ctx) else None
    if isinstance(expr, ast.Name):
        if expr.id in ctx.env:
            # a local variable: a class only when its one binding before here is one
            value = fallback._last_assignment(expr, ctx) if depth < 3 else None
            return _cell_class(value, ctx, depth + 1) if isinstance(value, ast.expr) else None
        info = ctx.index.classes.get(expr.id)
        if info is not None:
            return expr.id if info.kind == "cell" else None
    if not isinstance(expr, (ast.Name, ast.Attribute)):
        return None
    qualified = ctx.qualname(expr)
    if not qualified:
        return None
    if is_library_cell(qualified):
        return ast.unparse(expr)
    project = ctx.index.project
    if project is not None and not is_mindspore(qualified) and "." in qualified \
            and project.is_cell(qualified, ctx.index.root):
        return ast.unparse(expr)
    return None


def _is_cell_object(expr: ast.expr, ctx) -> bool:
    if isinstance(expr, ast.Name) and ctx.owner is not None and ctx.owner.kind == "cell" \
            and expr.id not in ctx.env and _first_parameter(ctx.fn) == expr.id:
        return True  # the Cell itself
    return ctx.val(expr).tag == "cell"


def _first_parameter(fn) -> Optional[str]:
    """The parameter a method binds its instance to, whatever its name (None: a static method
    or none at all)."""
    positional = fn.args.posonlyargs + fn.args.args
    return positional[0].arg if positional and not is_static_method(fn) else None


@on(ast.Call)
def builtin_keyword_refused(node: ast.Call, ctx):
    """MSG527: ``max(..., key=f)`` / ``min(..., key=f)``: graph mode's builtins take no key."""
    func = node.func
    if isinstance(func, ast.Name) and func.id in ("max", "min") and func.id not in ctx.env \
            and func.id not in ctx.index.names.aliases and func.id not in ctx.index.functions:
        for keyword in node.keywords:
            if keyword.arg == "key":
                yield ctx.hit("MSG527", node, stage="fails", call=short_text(node), keyword="key", builtin=func.id)
                return


@on(ast.Compare)
def cell_class_compared(node: ast.Compare, ctx):
    """MSG513: a Cell class (or the type of a Cell) compared with ``is``, ``==`` or ``in``."""
    left = node.left
    for op, right in zip(node.ops, node.comparators):
        if isinstance(op, (ast.Is, ast.IsNot)):
            culprit = _cell_class(right, ctx)  # only the right operand is checked (measured)
        elif isinstance(op, (ast.Eq, ast.NotEq)):
            culprit = _cell_class(left, ctx) or _cell_class(right, ctx)
        elif isinstance(op, (ast.In, ast.NotIn)):
            culprit = _cell_class(left, ctx)  # `flag in (Sub, nn.Dense)` compiles (measured)
        else:
            culprit = None
        if culprit:
            yield ctx.hit("MSG513", node, cls=culprit, op=_OP_TEXT[type(op)])
            return
        left = right


_OP_TEXT = {ast.Is: "is", ast.IsNot: "is not", ast.Eq: "==", ast.NotEq: "!=", ast.In: "in", ast.NotIn: "not in"}


_ATTRIBUTE_DICTS = frozenset({"easydict.EasyDict", "addict.Dict", "addict.addict.Dict", "attrdict.AttrDict",
                               "munch.Munch", "box.Box"})
_DICT_METHODS = frozenset({"get", "keys", "values", "items", "copy", "pop", "update", "setdefault"})


@on(ast.Attribute)
def config_dict_attribute(node: ast.Attribute, ctx):
    """MSG516: ``cfg.TRAIN.SCALE`` / ``cfg[key].SCALE`` where ``cfg`` is a module-level EasyDict."""
    if not isinstance(node.ctx, ast.Load) or node.attr in _DICT_METHODS or node.attr.startswith("__"):
        return
    inner = node.value
    if isinstance(inner, ast.Attribute) and isinstance(inner.ctx, ast.Load):
        base = inner.value
    elif isinstance(inner, ast.Subscript):
        base = inner.value
    else:
        return
    if isinstance(base, ast.Name) and base.id not in ctx.env and _attribute_dict(base, ctx):
        yield ctx.hit("MSG516", node, expr=ast.unparse(node), base=base.id)


def _attribute_dict(name: ast.Name, ctx) -> bool:
    """Is ``name`` a module-level object (of this module or imported from the project) built by an
    attribute-style dict: EasyDict and its kin, or a class of the project that subclasses dict?"""
    index = ctx.index
    value = index.module_values.get(name.id)
    if value is None:
        qualified = ctx.names.qualname(name)
        found = ctx.module.definition(qualified) if qualified else None
        if found is None or found.kind != "value":
            return False
        index, value = found.index, found.node
    for _ in range(4):  # `cfg = __C` after `__C = edict()`
        if not isinstance(value, ast.Name):
            break
        value = index.module_values.get(value.id)
    if not isinstance(value, ast.Call):
        return False
    qualified = index.names.qualname(value.func)
    if qualified in _ATTRIBUTE_DICTS:
        return True
    if isinstance(value.func, ast.Name):
        info = index.classes.get(value.func.id)
        return info is not None and any(isinstance(b, ast.Name) and b.id == "dict" for b in info.node.bases)
    return False


_WHERE_NEEDS_VALUES = {"mindspore.ops.where": "ops.where", "mindspore.ops.function.where": "ops.where",
                       "mindspore.ops.function.array_func.where": "ops.where", "mindspore.numpy.where": "numpy.where"}


@on(ast.Call)
def where_condition_only(node: ast.Call, ctx):
    """MSG515: ``ops.where(cond)``, PyTorch's one-argument ``where``: MindSpore's needs three."""
    func = _WHERE_NEEDS_VALUES.get(ctx.qualname(node.func) or "")
    if func is not None and len(node.args) == 1 and not node.keywords \
            and not isinstance(node.args[0], ast.Starred):
        yield ctx.hit("MSG515", node, call=ast.unparse(node), func=func)


@on(ast.Call)
def torch_signature_call(node: ast.Call, ctx):
    """MSG524: a MindSpore API called with PyTorch's parameters: ``x.expand((b, n, s))`` or
    ``x.expand(b, n, s)`` on a Tensor (MindSpore's takes a Tensor), ``ops.zeros(n, dim)`` with a
    size where MindSpore takes the dtype; both fail to compile at both levels (measured)."""
    func = node.func
    if not isinstance(func, ast.Attribute):
        return
    refused = _METHOD_KEYWORDS.get(func.attr)
    if refused is not None and node.keywords and not ctx.qualname(func):
        bad = next((k.arg for k in node.keywords if k.arg in refused[0]), None)
        recv = ctx.val(func.value)
        # (no NumPy array or Python list takes these keywords: any receiver but a known object or
        # a Python value is a Tensor, one computed from a Parameter too: blind batch 126's amax)
        # (`self.sort(x, dim=0)` is a method or attribute of the Cell, whatever its name: mindformers
        # 2.0.0's MoE experts call `self.cumsum = mint.cumsum` so)
        mine = isinstance(func.value, ast.Name) and func.value.id == "self"
        if bad is not None and recv.tag in ("", "bool", "cellout", "optional") and recv.known is None \
                and not mine and (refused[1] is None or ctx.device != "Ascend"):
            yield ctx.hit("MSG524", node, stage="fails", call=short_text(node), api=f"Tensor.{func.attr}",
                          differs=refused[1] or f"does not take `{bad}=` in graph code (it spells it `keep_dims`)")
            return
    if func.attr == "expand" and node.args and not node.keywords:
        recv = ctx.val(func.value)
        first = node.args[0]
        spelled = len(node.args) > 1 or isinstance(first, (ast.Tuple, ast.List)) or \
            (isinstance(first, ast.Constant) and type(first.value) is int)
        if spelled and recv.kind == DATA and recv.tag in ("", "bool", "optional") and not ctx.qualname(func) \
                and not fallback.in_constant_raise(node, ctx):
            # in a helper, MindSpore names the helper's call (measured: blind batch 81's repeat_kv)
            yield ctx.hit_at_call_site("MSG524", node, call=short_text(node), api="Tensor.expand",
                                       differs="takes the size as a Tensor (use `broadcast_to` with a tuple)")
        return
    if func.attr in ("zeros", "ones") and len(node.args) >= 2 and builds.size_like(node.args[1]) \
            and not ctx.names.patched_by_mindnlp:
        qualified = ctx.qualname(func) or ""
        if qualified in (f"mindspore.ops.{func.attr}", f"mindspore.mint.{func.attr}"):
            yield ctx.hit("MSG524", node, call=short_text(node), api=qualified.split(".", 1)[1],
                          differs="takes the sizes in one tuple and the dtype second"
                          if qualified.startswith("mindspore.ops.") else "takes the sizes in one tuple (one positional argument)")


# Tensor methods given PyTorch's keywords in graph code (measured, MindSpore 2.10 CPU, stop 32):
# the keywords that fail, and why. `amax`/`amin` refuse `keepdims=` on every device (graph
# mode's methods spell it `keep_dims`); with `dim=`/`keepdim=` the others dispatch to the
# PyTorch-style "Ext" kernels (ArgMinExt, CumsumExt, SortExt, Std, MedianDim, Var), which
# MindSpore 2.10 has for Ascend only: CPU fails ("Unsupported op ... on CPU"). The NumPy-style
# spellings (`axis=`, `keepdims=`, positional) compile on CPU.
_ASCEND_ONLY = "takes `dim=` as PyTorch's overload, whose kernel MindSpore 2.10 has on Ascend only (CPU: \"Unsupported op\"; use `axis=`)"
_METHOD_KEYWORDS = {
    "amax": (frozenset({"keepdims"}), None),
    "amin": (frozenset({"keepdims"}), None),
    "argmin": (frozenset({"dim", "keepdim"}), _ASCEND_ONLY),
    "cumsum": (frozenset({"dim"}), _ASCEND_ONLY),
    "sort": (frozenset({"dim"}), _ASCEND_ONLY),
    "argsort": (frozenset({"dim"}), _ASCEND_ONLY),
    "std": (frozenset({"dim", "keepdim"}), _ASCEND_ONLY),
    "var": (frozenset({"dim", "keepdim"}), _ASCEND_ONLY),
    "median": (frozenset({"dim", "keepdim"}), _ASCEND_ONLY),
}


@on(ast.BinOp, ast.Compare)
def tuple_result_as_tensor(node, ctx):
    """MSG524: ``ops.max(x) + 1``, ``ops.min(x) < 0``: PyTorch's ``torch.max(x)`` is a Tensor, MindSpore
    2.10's ``ops.max``/``ops.min`` return (values, indices); arithmetic or a comparison on that tuple
    fails at both levels (measured: LAX "can only concatenate tuple", STRICT "the inputs should be
    constant"). ``ops.max(x)[0]``, ``x.max()`` and ``mint.max(x)`` compile."""
    operands = [node.left, node.right] if isinstance(node, ast.BinOp) else [node.left, *node.comparators]
    for operand in operands:
        if isinstance(operand, ast.Call) and isinstance(operand.func, ast.Attribute) \
                and operand.func.attr in ("max", "min") and not operand.keywords and len(operand.args) == 1:
            if ctx.qualname(operand.func) in ("mindspore.ops.max", "mindspore.ops.min"):
                yield ctx.hit("MSG524", operand, call=short_text(operand), api=f"ops.{operand.func.attr}",
                              differs="returns a (values, indices) tuple, not a Tensor (take `[0]`, or use "
                                      f"`x.{operand.func.attr}()`)")
                return


@on(ast.Call)
def shape_called_like_method(node: ast.Call, ctx):
    """MSG514: ``x.shape(0)`` / ``x.size(1)``, PyTorch's spelling, on a MindSpore Tensor.

    Both are properties there, a tuple and an int: calling one fails at both levels
    ("The object is not callable"), where the call is.
    """
    func = node.func
    if not isinstance(func, ast.Attribute) or func.attr not in ("shape", "size"):
        return
    recv = ctx.val(func.value)
    if recv.kind == DATA and recv.tag in ("", "bool", "optional") and not fallback.in_constant_raise(node, ctx):
        # (in the message of a raise that only shape checks guard: never compiled, or failing anyway)
        yield ctx.hit("MSG514", node, call=ast.unparse(node), attr=func.attr,
                      kind="a tuple" if func.attr == "shape" else "an int")


@at_function_end
def source_dedent_fails(fn, ctx):
    """MSG519: a line of a graph function's source indented less than its ``def``.

    MindSpore reads each function it compiles with ``inspect.getsourcelines`` and removes
    the common indentation with ``textwrap.dedent``, which counts every non-blank line,
    comments and the lines of strings too. One line with less indentation than the ``def``
    (a comment or docstring line at column 0, a call continued at column 0) leaves the
    ``def`` indented, and parsing it raises IndentationError at both levels (measured).
    Functions defined at column 0 cannot be hit. MindSpore blames the function's first
    line, or, for a function graph code calls, the call.
    """
    if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) or not fn.col_offset:
        return
    lines = ctx.index.lines()
    first = min([d.lineno for d in fn.decorator_list] + [fn.lineno])
    last = getattr(fn, "end_lineno", None) or fn.lineno
    if first < 1 or last > len(lines):
        return
    head = lines[first - 1]
    indent = head[:len(head) - len(head.lstrip())]
    for number in range(first + 1, last + 1):
        text = lines[number - 1]
        if text.startswith(indent) or not text.strip():
            continue
        stripped = text.lstrip()
        what = ("a comment" if stripped.startswith("#") else "a line of a string" if _in_string(fn, number)
                else "a continued line")
        hit = ctx.hit_at_call_site("MSG519", fn, function=fn.name, line=number,
                                   what=what, column=len(text) - len(stripped) + 1)
        if hit.node is fn:
            hit.line = first  # MindSpore names the source's first line (a decorator's, if any)
        yield hit
        return


def _in_string(fn, number: int) -> bool:
    """Does line ``number`` lie inside a string constant of ``fn`` (a docstring's second line)?"""
    for node in walk(fn):
        if isinstance(node, (ast.Constant, ast.JoinedStr)) and node.lineno < number <= (node.end_lineno or 0):
            return True
    return False


_PRIMITIVE_NAMESPACES = ("mindspore.ops.", "mindspore.ops.operations.")


@on(ast.Call)
def primitive_built_with_inputs(node: ast.Call, ctx):
    """MSG522: ``ops.Transpose(x, perm)``, ``ops.ReLU(h)``: a primitive class called with its inputs.

    A primitive's constructor takes its attributes, Python constants; graph code applies the
    built primitive to tensors (``ops.Transpose()(x, perm)``). Handing the inputs to the
    constructor fails to compile at both levels (measured: "Op node is not primitive", or a
    NameError on the fallback's inputs), with more positional arguments than the constructor
    takes, or with tensor data among them.
    """
    func = node.func
    if not isinstance(func, (ast.Attribute, ast.Name)):
        return
    name = func.attr if isinstance(func, ast.Attribute) else func.id
    if not name[:1].isupper():
        return
    qualified = ctx.qualname(func) or ""
    if not qualified.startswith(_PRIMITIVE_NAMESPACES) or qualified.rsplit(".", 1)[-1] != name:
        return
    takes = optable.primitive_positional().get(name)
    if takes is None or any(isinstance(a, ast.Starred) for a in node.args) \
            or any(k.arg is None for k in node.keywords):
        return
    if 0 <= takes < len(node.args):
        what = (f"{len(node.args)} positional argument{'s' if len(node.args) > 1 else ''}, "
                f"though its constructor takes {takes or 'none'}")
    elif any(_computed_tensor(a, ctx) for a in node.args):
        what = "tensor data as a constructor argument"
    else:
        return
    call = ast.unparse(node)
    yield ctx.hit("MSG522", node, call=call if len(call) <= 60 else f"{ast.unparse(func)}(...)", prim=name,
                  what=what)


def _computed_tensor(arg: ast.expr, ctx, depth: int = 0) -> bool:
    """Is ``arg`` tensor data the function computes: a call, an operator or an item of tensor
    data, a list of them, or a local name bound to one? Parameters, attributes and names bound
    otherwise are left out: a jit function's or a config's Python number is taken for tensor
    data too often to judge a constructor argument by it (mindyolo's ``root_rank``, SMPD's
    ``cfg[key].RPN_NMS_THRESH``)."""
    if isinstance(arg, (ast.List, ast.Tuple)):
        return any(_computed_tensor(e, ctx, depth) for e in arg.elts)
    if isinstance(arg, (ast.ListComp, ast.GeneratorExp)):
        return isinstance(arg.elt, (ast.Call, ast.Subscript, ast.BinOp)) and ctx.is_data(arg)
    if isinstance(arg, (ast.Call, ast.BinOp, ast.UnaryOp, ast.Subscript)):
        return ctx.is_data(arg)
    if isinstance(arg, ast.Name) and depth == 0 and ctx.is_data(arg):
        by_name, params = fallback.bindings(ctx.fn)
        found = by_name.get(arg.id)
        return bool(found) and arg.id not in params and \
            all(plain and _computed_tensor(stmt.value, ctx, 1) for stmt, plain in found)
    return False


# NumPy functions that return an array (a random draw only when given a size)
_NUMPY_ARRAYS = frozenset({"arange", "array", "asarray", "zeros", "ones", "full", "empty", "linspace", "eye",
                           "argsort", "sort", "nonzero", "flatnonzero", "concatenate", "stack", "hstack", "vstack",
                           "tile", "repeat", "zeros_like", "ones_like", "full_like", "where", "unique", "cumsum",
                           "permutation"})
_NUMPY_DRAWS = {"randint": 2, "choice": 1, "rand": 0, "randn": 0, "random": 0, "uniform": 2, "normal": 2}
_ARRAY_METHODS = frozenset({"reshape", "astype", "flatten", "ravel", "copy", "transpose", "T", "squeeze"})


def _numpy_array(expr: ast.expr, ctx, depth: int = 0) -> bool:
    """Is ``expr`` surely a NumPy array (not a NumPy scalar): a call of NumPy that makes one, a
    method keeping it one, arithmetic on one, or a local name bound only to such?"""
    if depth > 4:
        return False
    if isinstance(expr, ast.Call):
        qualified = ctx.qualname(expr.func) or ""
        if qualified.startswith("numpy."):
            tail = last(qualified)
            if qualified.startswith("numpy.random.") and tail in _NUMPY_DRAWS:
                sized = len(expr.args) > _NUMPY_DRAWS[tail] if tail not in ("rand", "randn") else bool(expr.args)
                return sized or any(k.arg in ("size", "shape") for k in expr.keywords)
            return tail in _NUMPY_ARRAYS
        func = expr.func
        return isinstance(func, ast.Attribute) and func.attr in _ARRAY_METHODS and not ctx.qualname(func) \
            and _numpy_array(func.value, ctx, depth + 1)
    if isinstance(expr, ast.Attribute) and expr.attr == "T":
        return _numpy_array(expr.value, ctx, depth + 1)
    if isinstance(expr, ast.BinOp):
        return _numpy_array(expr.left, ctx, depth + 1) or _numpy_array(expr.right, ctx, depth + 1)
    if isinstance(expr, ast.Name) and expr.id not in parameter_names(ctx.fn.args):
        # bound only by plain assignments (none by a loop, `+=`, unpacking), those before this read
        before = [value for value in bound_values(expr.id, ctx) or () if value.lineno < expr.lineno]
        return bool(before) and all(_numpy_array(value, ctx, depth + 1) for value in before)
    return False


@on(ast.Subscript)
def numpy_array_index(node: ast.Subscript, ctx):
    """MSG528: a Tensor indexed with a NumPy array (alone, or in a tuple index)."""
    if not ctx.is_data(node.value) or ctx.val(node.value).tag in ("np", "instance", "jit_instance", "sparse"):
        return
    parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    for part in parts:
        if ctx.val(part).tag == "np" and _numpy_array(part, ctx):
            effect = "graph mode refuses it, and compiling fails here at both levels" if len(parts) > 1 else \
                "graph mode refuses it, and compiling fails (at STRICT here; at LAX with no line)"
            yield ctx.hit("MSG528", node, stage="fails", index=short_text(part), effect=effect)
            return
