"""Control flow on tensor data whose paths leave values of different shapes."""
from __future__ import annotations

import ast
from typing import Dict, List, Optional, Tuple

from ..astwalk import short_text, walk
from ..names import last
from ..scopes import filled_list, is_self_attr, names_computed_from
from ..ops import BOOL_FUNCS, CONCAT, ELEMENTWISE, SHAPE_CHANGING_CELLS, SHAPE_PRESERVING_CELLS
from ..values import CONST, DATA, UNKNOWNV, ReturnSite, shapes_differ
from ..values.constants import literal
from ..values.flow import rebound_in
from ..values.interpreted import TENSOR_CONSTRUCTORS
from ..values.lattice import FALLBACK
from ..values.shapes import _is_dyn, _pads_same, _strided, dyn_axes
from . import after_branches, after_loop, at_function_end, fallback, on


def _assigned(stmts):
    names = set()
    for stmt in stmts:
        names |= _names_in(stmt)[0]
    return names


def _names_in(node: ast.AST):
    """(names stored, names loaded) anywhere under ``node``, cached on the node: the join
    and loop checks ask again for every branch and name."""
    cached = getattr(node, "_msgl_names", None)
    if cached is None:
        stored, loaded = set(), set()
        for sub in walk(node):
            if isinstance(sub, ast.Name):
                (stored if isinstance(sub.ctx, ast.Store) else loaded).add(sub.id)
        cached = (frozenset(stored), frozenset(loaded))
        try:
            node._msgl_names = cached
        except AttributeError:  # pragma: no cover - every ast node takes attributes
            pass
    return cached


@after_branches
def shape_changing_branch(node: ast.If, ctx):
    """MSG201: an ``if`` on tensor data whose branches leave different shapes. A branch that
    returns or raises leaves nothing behind (albert's bucket loop, census 7333: compiles static);
    what it returns is ``shape_changing_return``'s."""
    if not ctx.is_tensor_test(node.test) or _leaves(node.body, _EXITS) or _leaves(node.orelse, _EXITS):
        return
    body, orelse = ctx.branch_end
    end = node.end_lineno or node.lineno
    for name in sorted(_assigned(node.body) | _assigned(node.orelse)):
        if _arms_differ(body.get(name), orelse.get(name)) and ctx.used_after(name, end) \
                and not (_parameter_arm(node.body, name, ctx) and _parameter_arm(node.orelse, name, ctx)):
            yield ctx.hit("MSG201", node, what=f"`{name}` with different shapes")
            return


def _parameter_arm(stmts, name: str, ctx) -> bool:
    """Does this arm end by binding ``name`` to a Parameter the Cell holds (``route = self.long``)?
    Two Parameters of different shapes are not joined into a dynamic shape: the graph keeps one
    arm's shape and an op fails at run time, or not, by the arm the data picks (measured:
    shape_if_init_*_tables_parameter.py, "Resize failed for kernel" at the first slice of it)."""
    bound = [stmt for stmt in stmts if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
             and isinstance(stmt.targets[0], ast.Name) and stmt.targets[0].id == name]
    if not bound or not is_self_attr(bound[-1].value) or ctx.owner is None:
        return False
    attr = ctx.owner.attr(bound[-1].value.attr)
    return attr is not None and attr.kind == "param"


@on(ast.IfExp)
def shape_changing_conditional_expression(node: ast.IfExp, ctx):
    """MSG201: ``a if cond else b`` on tensor data with differently shaped arms."""
    if ctx.is_tensor_test(node.test) and _arms_differ(ctx.sig(node.body), ctx.sig(node.orelse)):
        yield ctx.hit("MSG201", node, what="values of different shapes")


def _joined_with_more(bigger, smaller, if_node, ctx) -> bool:
    """``return ops.concat((mean, log_var), axis=1)`` on one path and ``return mean`` on the other,
    ``mean`` bound before the ``if``: whatever its shape, the concat is larger (blind batch 124's
    learned-variance head, whose ``mean`` a helper returns with no shape the analysis knows)."""
    if not (isinstance(smaller, ast.Name) and isinstance(bigger, ast.Call) and bigger.args
            and isinstance(bigger.args[0], (ast.Tuple, ast.List)) and len(bigger.args[0].elts) > 1):
        return False
    if ctx._callee_name(bigger) not in CONCAT:
        return False
    if not any(isinstance(e, ast.Name) and e.id == smaller.id for e in bigger.args[0].elts):
        return False
    return not any(if_node.lineno <= n.lineno for n in ctx.stores(smaller.id))


def _arms_differ(a, b) -> bool:
    """Shapes that two arms of a tensor-dependent branch leave and MindSpore cannot join. Tuples
    of different lengths join, whether returned, indexed or measured with len() (measured:
    control_ifexp_tuple_lengths_*.py, control_if_tuple_lengths_first_item.py, both levels)."""
    if a is not None and b is not None and a[0] == b[0] == "tuple" and len(a) != len(b):
        return False
    return shapes_differ(a, b)


@at_function_end
def shape_changing_return(fn, ctx):
    """MSG201: early returns under a tensor condition that leave different shapes."""
    if not ctx.data_ifs:
        return
    for if_id, if_node in ctx.data_ifs.items():
        inside = [r for r in ctx.returns if (if_id, "body") in r.branches]
        outside = [r for r in ctx.returns if (if_id, "body") not in r.branches
                   and r.node.lineno > if_node.lineno]
        if any(shapes_differ(a.sig, b.sig) for i, a in enumerate(outside) for b in outside[i + 1:]):
            # `if lc < t: return right` then `if rc < t: return left` then `return concat(...)`: the
            # later `if` joins shapes that differ, and this one joins its return with that already
            # dynamic value: MindSpore marks the later one only (measured at both levels, blind
            # batch 208's hand selector)
            continue
        for a in inside:
            for b in outside:
                if a.sig and b.sig and a.sig[0] == b.sig[0] == "tuple" and len(a.sig) != len(b.sig):
                    continue  # returning tuples of different lengths compiles (measured)
                if shapes_differ(a.sig, b.sig) or _joined_with_more(a.node.value, b.node.value, if_node, ctx) \
                        or _joined_with_more(b.node.value, a.node.value, if_node, ctx):
                    yield ctx.hit("MSG201", if_node, what="the return value with different shapes")
                    break
            else:
                continue
            break


def _grown(stmt: ast.stmt) -> Optional[str]:
    """The name ``stmt`` rebinds to a concatenation or pad of itself (``_grows``), if any."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
            and _grows(stmt, stmt.targets[0].id):
        return stmt.targets[0].id
    return None


_GROWING_CALLS = (CONCAT - {"stack"}) | {"repeat_interleave", "pad", "tile"}


def _grown_through_call(loop: ast.While, ctx):
    """(call, function, class, statement, name) when a statement of the loop's body rebinds a
    name to what a helper or sub-Cell of this module returns, and that helper grows the argument
    it is given for that name (a concat, pad, tile or repeat_interleave of it) before returning
    it; the growing statement is the last such one of the returned items."""
    for stmt in loop.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.Call)):
            continue
        target, call = stmt.targets[0], stmt.value
        names = [target] if isinstance(target, ast.Name) else list(target.elts) \
            if isinstance(target, ast.Tuple) else []
        callee = _callee_of(call, ctx, functions=True)
        if callee is None:
            continue
        fn, info, bound = callee
        params = _positional_params(fn, bound)
        found = None
        for position, name in enumerate(names):
            if not isinstance(name, ast.Name):
                continue
            given = next((i for i, a in enumerate(call.args) if isinstance(a, ast.Name) and a.id == name.id), None)
            if given is None or given >= len(params):
                continue
            grown = _grows_parameter(fn, params[given], position if isinstance(target, ast.Tuple) else None)
            if grown is not None and (found is None or grown.lineno > found[3].lineno):
                found = (call, fn, info, grown, name.id)
        if found is not None:
            return found
    return None


def _cut_through_call(loop: ast.While, ctx) -> Optional[str]:
    """The name a statement of the loop's body rebinds to what a helper of this module returns,
    when every ``return`` of that helper is computed from slices of the parameter the name is
    given for, each with a step (``x[0:2 * n:2]``, ``x[::2]``): cut anew on every pass."""
    for stmt in loop.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                and isinstance(stmt.value, ast.Call)):
            continue
        name, call = stmt.targets[0].id, stmt.value
        given = next((i for i, a in enumerate(call.args) if isinstance(a, ast.Name) and a.id == name), None)
        callee = _callee_of(call, ctx, functions=True) if given is not None else None
        if callee is None:
            continue
        fn, _, bound = callee
        params = _positional_params(fn, bound)
        if given >= len(params):
            continue
        param = params[given]
        returns = [sub for sub in walk(fn) if isinstance(sub, ast.Return)]
        if returns and all(sub.value is not None and _stepped_slices_of(sub.value, param) for sub in returns) \
                and not any(isinstance(n, ast.Name) and n.id == param and isinstance(n.ctx, ast.Store)
                            for n in walk(fn)):
            return name
    return None


def _stepped_slices_of(expr: ast.expr, param: str) -> bool:
    """Does ``expr`` read ``param`` only through slices with a step other than 1 or -1 (and its
    ``.shape``)? A reversal, ``x[::-1]``, keeps the length (measured static:
    while_cut_through_helper_fn_reversed.py)."""
    reads = [n for n in walk(expr) if isinstance(n, ast.Name) and n.id == param]
    if not reads:
        return False
    stepped = set()
    for sub in walk(expr):
        if isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name) and sub.value.id == param:
            parts = sub.slice.elts if isinstance(sub.slice, ast.Tuple) else [sub.slice]
            if any(isinstance(p, ast.Slice) and p.step is not None and literal(p.step) not in ((1,), (-1,), (None,))
                   for p in parts):
                stepped.add(id(sub.value))
        elif isinstance(sub, ast.Attribute) and sub.attr == "shape" and isinstance(sub.value, ast.Name):
            stepped.add(id(sub.value))
    return all(id(n) in stepped for n in reads) and any(
        isinstance(sub, ast.Subscript) and id(sub.value) in stepped for sub in walk(expr))


def _positional_params(fn: ast.FunctionDef, bound: bool) -> List[str]:
    """The parameters a call's positional arguments bind, in order (not a bound method's ``self``)."""
    params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
    return params[1:] if bound and params[:1] == ["self"] else params


def _indexed_by_tested_helper(loop: ast.While, name: str, ctx):
    """(call, function, class, subscript) when the loop's test hands ``name`` to a method of the
    Cell whose body indexes that parameter at a constant integer position (``strip[:, 0, :]``)."""
    for call in walk(loop.test):
        if not (isinstance(call, ast.Call) and is_self_attr(call.func)):
            continue
        callee = _callee_of(call, ctx)
        if callee is None:
            continue
        fn, info, bound = callee
        params = _positional_params(fn, bound)
        given = [p for p, a in zip(params, call.args) if isinstance(a, ast.Name) and a.id == name]
        for sub in walk(fn):
            if isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name) and sub.value.id in given \
                    and isinstance(sub.ctx, ast.Load) and any(
                        isinstance(p, ast.Constant) and type(p.value) is int
                        for p in (sub.slice.elts if isinstance(sub.slice, ast.Tuple) else [sub.slice])):
                return call, fn, info, sub
    return None


def _callee_of(call: ast.Call, ctx, functions: bool = False):
    """(function, class, bound) of a call of this module's code: a method of the Cell
    (``self.insert_midpoints``), a sub-Cell's construct (``self.attn(...)``, an item of a
    CellList, ``self.stages[i](x)``), or with ``functions`` a function of the module (class None)."""
    func = call.func
    if is_self_attr(func) and ctx.owner is not None:
        found = ctx.index.method(ctx.owner, func.attr)
        if found is not None and (found[1].index in (None, ctx.index)):
            return found[0], ctx.owner, True
    value = ctx.val(func)
    if value.tag == "cell" and value.ref and "," not in value.ref:
        info = ctx.index.classes.get(value.ref)
        if info is not None and "construct" in info.methods:
            return info.methods["construct"], info, True
    if functions and isinstance(func, ast.Name) and func.id in ctx.index.functions and func.id not in ctx.env:
        # a function of this module (a module function that grows its argument is blamed at the
        # loop, not at its own line like a method; measured, while_grow_through_helper_fn_concat.py)
        return ctx.index.functions[func.id], None, False
    return None


def _grows_parameter(fn: ast.FunctionDef, param: str, item: Optional[int]) -> Optional[ast.stmt]:
    """The statement of ``fn``'s body that grows ``param`` (concatenates onto it, pads, tiles or
    repeats it), when what ``fn`` returns (its ``item``-th element, for a tuple) is that grown
    value, followed through plain assignments."""
    derived: Dict[str, Optional[ast.stmt]] = {param: None}  # name -> the growing statement, if grown

    def growth(value: ast.expr) -> bool:
        if not isinstance(value, ast.Call):
            return False
        func = value.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in _GROWING_CALLS:
            return False
        first = value.args[0] if value.args else None
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in derived \
                and name in ("repeat_interleave", "tile"):
            return True
        parts = first.elts if isinstance(first, (ast.Tuple, ast.List)) and name in CONCAT else [first]
        return any(isinstance(p, ast.Name) and p.id in derived for p in parts)

    for stmt in fn.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            reads = {n.id for n in walk(stmt.value) if isinstance(n, ast.Name)} & set(derived)
            if growth(stmt.value):
                derived[stmt.targets[0].id] = stmt
            elif reads:
                grown = [derived[r] for r in reads if derived[r] is not None]
                derived[stmt.targets[0].id] = grown[-1] if grown else None
            else:
                derived.pop(stmt.targets[0].id, None)
        elif isinstance(stmt, ast.Return) and stmt.value is not None:
            value = stmt.value
            if item is not None:
                if not isinstance(value, ast.Tuple) or item >= len(value.elts):
                    return None
                value = value.elts[item]
            if growth(value):
                return stmt
            # (`return self.smooth(x)` of a grown `x`: still as long as it)
            grown = [derived[n.id] for n in walk(value) if isinstance(n, ast.Name) and derived.get(n.id) is not None]
            return max(grown, key=lambda s: s.lineno) if grown else None
    return None


def _grown_by_data_slice(stmt: ast.stmt, loop: ast.While, ctx) -> bool:
    """Is ``stmt``, a ``_grown`` concatenation in ``loop``, adding a part sliced at a tensor-data
    bound (one computed in the loop too: this check runs before its body is walked)?"""
    name = stmt.targets[0].id
    parts = stmt.value.args[0].elts if isinstance(stmt.value, ast.Call) and stmt.value.args \
        and isinstance(stmt.value.args[0], (ast.Tuple, ast.List)) else []
    computed = {t.id: n.value for n in walk(loop) if isinstance(n, ast.Assign)
                for t in n.targets if isinstance(t, ast.Name)}

    def data(bound: ast.expr) -> bool:
        return ctx.is_data(bound) or any(isinstance(n, ast.Name) and n.id in computed and ctx.is_data(computed[n.id])
                                         for n in walk(bound))

    return any(isinstance(part, ast.Subscript) and not (isinstance(part.value, ast.Name) and part.value.id == name)
               and any(isinstance(p, ast.Slice) and any(b is not None and data(b) for b in (p.lower, p.upper, p.step))
                       for p in (part.slice.elts if isinstance(part.slice, ast.Tuple) else [part.slice]))
               for part in parts)


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


def _shrunk(stmt: ast.stmt) -> Optional[str]:
    """The name ``stmt`` rebinds to a slice of itself that drops a fixed count of rows, if any."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
            and _shrinks(stmt.value, stmt.targets[0].id):
        return stmt.targets[0].id
    return None


def _guarded_by_own_length(loop: ast.While, name: str) -> bool:
    """Does ``loop``'s test start by comparing the length of ``name`` (``x.shape[0] > 0`` alone, or
    first in an ``and``)?"""
    test = loop.test
    first = test.values[0] if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else test
    left = first.left if isinstance(first, ast.Compare) and len(first.ops) == 1 \
        and isinstance(first.ops[0], (ast.Gt, ast.GtE)) else None
    return isinstance(left, ast.Subscript) and isinstance(left.value, ast.Attribute) \
        and left.value.attr == "shape" and isinstance(left.value.value, ast.Name) and left.value.value.id == name


def _read_whole_after(loop: ast.While, name: str, ctx) -> bool:
    """Is ``name`` read after ``loop`` other than by a full reduction (``x.sum()``)?"""
    end = loop.end_lineno or loop.lineno
    reduced = {id(n.func.value) for n in walk(ctx.fn) if isinstance(n, ast.Call) and not n.args
               and not n.keywords and isinstance(n.func, ast.Attribute) and n.func.attr in _TO_ONE_SHAPE
               and isinstance(n.func.value, ast.Name)}
    return any(isinstance(n.ctx, ast.Load) and n.lineno > end and id(n) not in reduced for n in ctx.name_nodes(name))


def _shrinks(value: ast.expr, name: str) -> bool:
    """Is ``value`` a slice of ``name`` that drops a fixed count of rows (``x[1:]``, ``x[:-1]``)?

    Such a slice never converges, unlike ``x[::2]`` or ``x[:4]``.
    """
    if not (isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name) and value.value.id == name):
        return False
    parts = value.slice.elts if isinstance(value.slice, ast.Tuple) else [value.slice]
    whole = [p for p in parts if isinstance(p, ast.Slice) and p.lower is None and p.upper is None and p.step is None]
    if len(parts) > 1 and len(whole) == len(parts) - 1:
        # `strip[:, 1:, :]`: the one axis cut (blind batch 161's strip trimmer)
        parts = [p for p in parts if not any(p is w for w in whole)]
    index = parts[0] if parts else None
    if not isinstance(index, ast.Slice) or index.step is not None:
        return False
    lower, upper = index.lower, index.upper

    def literal_int(node):
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            inner = literal_int(node.operand)
            return -inner if inner is not None else None
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return node.value
        return None

    low, up = literal_int(lower), literal_int(upper)
    if upper is None and low is not None and low >= 1:
        return True
    return lower is None and up is not None and up < 0


def _cut_from(sig, entry) -> bool:
    """Is ``sig`` the value ``entry`` was, cut by slices with a step or computed bounds
    (``x[::2]``, ``x[:, :w // 2]``), or to a constant length (``x[:8]``), once or more? A
    constant-length cut leaves the carried value another shape than it entered with, unless it
    entered cut so already (measured: while_cut_fixed_head_in_body.py, dynamic at the loop);
    fixed drops (``x[1:]``) are ``_shrinks``."""
    if entry is None:
        return False
    cut = False
    while isinstance(sig, tuple) and sig and sig[0] == "slice" and sig != entry and (
            _stepped_or_computed(sig[2]) or _constant_cut(sig[2]) and not (
                isinstance(entry, tuple) and entry[:1] == ("slice",) and entry[2] == sig[2])):
        sig, cut = sig[1], True
    return cut and sig == entry


def _constant_cut(key) -> bool:
    """A slice key cutting to a constant length (``x[:8]``, ``x[:, :4]``) on some axis."""
    if key[0] == "tuple":
        return any(_constant_cut(k) for k in key[1:])
    return key[0] == "len"


def _appends_cut(loop: ast.While, entry, ctx) -> Optional[Tuple[ast.stmt, str]]:
    """The first ``xs.append(item)`` in ``loop`` whose item is the value ``entry`` was on entry,
    cut by stepped or computed slices (that value itself, a part of it, elementwise math on
    either), into a list made before the loop: the statement and the list's name."""
    made_inside = _assigned(loop.body)
    for stmt in walk(loop):
        listed = _appends(stmt)
        if listed is None or listed in made_inside or _appends_display(stmt):
            continue
        call = stmt.value
        if len(call.args) == 1 and not call.keywords and _cut_from(ctx.sig(call.args[0]), entry):
            return stmt, listed
    return None


def _shrunk_by_layer(loop: ast.While, ctx):
    """``x = self.pool(x)`` (a pooling layer of literal window, padding "valid") or ``x =
    self.down(x)`` (a convolution of literal stride above 1) directly in the body of ``loop``: the
    name, the layer's call, and whether it pools; None when there is none (through a helper: not
    followed)."""
    if ctx.owner is None:
        return None
    for stmt in loop.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            continue
        name = stmt.targets[0].id
        sig, entry = ctx.sigs.get(name), ctx.loop_entry_sigs.get(name)
        inner = sig
        while isinstance(inner, tuple) and len(inner) > 2 and inner[0] == "cell" and inner[1] == sig[1]:
            inner = inner[2]  # (the body is walked again: the layer applied once a pass)
        if entry is None or inner is sig or inner != entry:
            continue
        layer = ctx.owner.attr(sig[1])
        init = layer.call if layer is not None and layer.kind == "cell" else None
        if init is None or not layer.qualname.startswith("mindspore.nn."):
            continue
        call = next((c for c in walk(stmt.value) if isinstance(c, ast.Call) and is_self_attr(c.func)
                     and c.func.attr == sig[1]), None)
        if call is None:
            continue
        cls = last(layer.qualname)
        if cls.startswith(("MaxPool", "AvgPool")) and len(sig) > 3 and not _pads_same(init):
            return name, call, True
        if cls.startswith("Conv") and _strided(init):
            return name, call, False
    return None


def _shrunk_through_call(loop: ast.While, ctx):
    """(call, function, class, pooling call, name) when a statement of the loop's body rebinds a
    name (alone, or in a tuple) to what a method of the Cell returns, and that method rebinds the
    parameter the name is given for to a pooling of it by a layer of the Cell (literal window,
    padding "valid"), returning it (``x, lens = self._halve(x, lens)`` with ``x =
    self.pool(x.swapaxes(1, 2)).swapaxes(1, 2)`` in ``_halve``)."""
    if ctx.owner is None:
        return None
    for stmt in loop.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.Call)
                and is_self_attr(stmt.value.func)):
            continue
        target, call = stmt.targets[0], stmt.value
        names = [target] if isinstance(target, ast.Name) else list(target.elts) \
            if isinstance(target, ast.Tuple) else []
        callee = _callee_of(call, ctx)
        if callee is None or callee[1] is not ctx.owner:
            continue
        fn, info, bound = callee
        params = _positional_params(fn, bound)
        for position, name in enumerate(names):
            given = next((i for i, a in enumerate(call.args) if isinstance(name, ast.Name)
                          and isinstance(a, ast.Name) and a.id == name.id), None)
            if given is None or given >= len(params):
                continue
            pooled = _pools_parameter(fn, params[given], position if isinstance(target, ast.Tuple) else None,
                                      info)
            if pooled is not None:
                return call, fn, info, pooled, name.id
    return None


def _pools_parameter(fn: ast.FunctionDef, param: str, item: Optional[int], info) -> Optional[ast.Call]:
    """The pooling call of ``_shrunk_through_call``: a top-level ``param = ...self.<pool>(...param...)...``
    of ``fn``, with every ``return`` giving ``param`` back (its ``item``-th element for a tuple)."""
    pooling = None
    for stmt in fn.body:
        if isinstance(stmt, ast.Assign) and any(isinstance(n, ast.Name) and n.id == param
                                                for t in stmt.targets for n in walk(t)):
            if pooling is not None or not (len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
                return None  # (rebound again, or unpacked)
            for sub in walk(stmt.value):
                if isinstance(sub, ast.Call) and is_self_attr(sub.func) and any(
                        isinstance(n, ast.Name) and n.id == param for a in sub.args for n in walk(a)):
                    layer = info.attr(sub.func.attr)
                    init = layer.call if layer is not None and layer.kind == "cell" else None
                    if init is not None and layer.qualname.startswith("mindspore.nn.") \
                            and last(layer.qualname).startswith(("MaxPool", "AvgPool")) \
                            and _window_given(init) and not _pads_same(init):
                        pooling = sub
            if pooling is None:
                return None
    returns = [sub for sub in walk(fn) if isinstance(sub, ast.Return)]
    if pooling is None or not returns:
        return None
    for ret in returns:
        value = ret.value
        if item is not None:
            value = value.elts[item] if isinstance(value, ast.Tuple) and item < len(value.elts) else None
        if not (isinstance(value, ast.Name) and value.id == param):
            return None
    return pooling


def _window_given(init: ast.Call) -> bool:
    """Does a pooling layer's constructor give its window as a literal int (keyword or first argument)?"""
    window = next((k.value for k in init.keywords if k.arg == "kernel_size"), init.args[0] if init.args else None)
    return isinstance(window, (ast.Constant, ast.Tuple)) and all(
        isinstance(v, ast.Constant) and type(v.value) is int and v.value > 1
        for v in (window.elts if isinstance(window, ast.Tuple) else [window]))


def _shape_read_after(loop: ast.While, name: str, ctx) -> bool:
    """Is ``name`` used after the loop other than reduced whole (``return x.sum()``)? Measured,
    both levels: halving ``x`` in a tensor ``while`` and returning ``x`` is dynamic at the loop;
    returning ``x.sum()`` compiles static (control_while_energy_halving*.py)."""
    end = loop.end_lineno or loop.lineno
    reduced = set()
    for sub in walk(ctx.fn):
        if isinstance(sub, ast.Call) and sub.lineno > end and isinstance(sub.func, ast.Attribute) \
                and sub.func.attr in _WHOLE_REDUCTIONS and _over_first_axis(sub):
            # `self.encoder(xy).mean(axis=0)`: a layer keeping the first axis, then reduced over it
            # (blind batch 166's decimation: static)
            inner = sub.func.value
            if isinstance(inner, ast.Call) and ctx.kept_kind(inner.func) == "cell" and len(inner.args) == 1 \
                    and isinstance(inner.args[0], ast.Name):
                reduced.add(id(inner.args[0]))
        if isinstance(sub, ast.Call) and not sub.keywords and sub.lineno > end:
            func = sub.func
            if isinstance(func, ast.Attribute) and func.attr in _WHOLE_REDUCTIONS and not sub.args \
                    and isinstance(func.value, ast.Name):
                reduced.add(id(func.value))
            elif ctx._callee_name(sub) in _WHOLE_REDUCTIONS and len(sub.args) == 1 \
                    and isinstance(sub.args[0], ast.Name):
                reduced.add(id(sub.args[0]))
    return any(isinstance(sub, ast.Name) and sub.id == name and isinstance(sub.ctx, ast.Load)
               and sub.lineno > end and id(sub) not in reduced for sub in walk(ctx.fn))


_WHOLE_REDUCTIONS = frozenset({"sum", "mean", "max", "min", "prod", "norm", "reduce_sum", "reduce_mean"})


def _over_first_axis(call: ast.Call) -> bool:
    """Does a reduction method call reduce over the first axis (``axis=0``, ``(0)``) or all of them?"""
    axes = [k.value for k in call.keywords if k.arg in ("axis", "dim")] + list(call.args[:1])
    return all(isinstance(a, ast.Constant) and a.value == 0 for a in axes)


def _stepped_or_computed(key) -> bool:
    if key[0] == "tuple":
        return any(_stepped_or_computed(k) for k in key[1:])
    # (a reversal, `x[::-1]`, or a step of one keeps the length)
    return key[0] == "expr" and "Slice" in key[1] and "step=UnaryOp(op=USub()" not in key[1] \
        and "step=Constant(value=1)" not in key[1]


def _broken_early(loop, ctx):
    """An unrolled loop left by ``if <tensor data>: break`` that grows a value or a list: the
    value's shape, or the list's length, depends on where it broke."""
    guard = _data_break(loop, ctx)
    if guard is None:
        return
    for stmt in loop.body:
        grown = _grown(stmt)
        if grown is not None:
            yield ctx.hit("MSG202", guard, name=grown, change=_LOOP_CHANGE)
            return
        name = _appends(stmt)
        use = ctx.first_use_after(name, loop.end_lineno or loop.lineno) if name else None
        if use is not None:
            # appended after the `break`, a list made empty may stay empty and the op given it
            # fails there (measured); appended before it, or after it to a list holding an item
            # before the loop (`kept = [rows[0]]`), MindSpore joins the lengths at the `if`
            # (dynamic; blind batches 130 and 287, control_*_break_seeded_list_*.py)
            before = loop.body.index(stmt) < loop.body.index(guard)
            joined = before or bool(ctx.bound_before(loop, {name}, _seeded_list))
            if before and _only_reduced_over_length(name, loop, ctx):
                # `raster = ops.stack(raster)`, then only `raster.sum(axis=0) / raster.shape[0]`:
                # MindSpore unrolls the loop into nested branches, each with its own list and what
                # follows, so the shapes it joins at the return agree (measured static, blind batch
                # 165; returning the stack itself is dynamic at the `if`, control_for_break_stack_*)
                return
            yield ctx.hit("MSG202", guard if joined else use, name=name, change=_LOOP_CHANGE)
            return


def _only_reduced_over_length(name: str, loop, ctx) -> bool:
    """Is the list ``name`` grows in ``loop`` used after it only as ``y = ops.stack(name)`` (or a
    concat), and ``y`` only reduced over that first axis (``y.sum(axis=0)``, ``y.mean(0)``, a
    whole reduction) or measured (``y.shape[0]``)?"""
    end = loop.end_lineno or loop.lineno
    uses = sorted((n for n in ctx.name_nodes(name) if isinstance(n.ctx, ast.Load) and n.lineno > end),
                  key=lambda n: (n.lineno, n.col_offset))
    if not uses:
        return False
    made = next((stmt for stmt in walk(ctx.fn) if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                 and isinstance(stmt.targets[0], ast.Name) and isinstance(stmt.value, ast.Call)
                 and ctx._callee_name(stmt.value) in ("stack", "concat", "cat") and stmt.value.args
                 and stmt.value.args[0] is uses[0]), None)
    if made is None:
        return False
    stacked = made.targets[0].id
    if stacked != name and len(uses) > 1:
        return False  # (the list itself read again)
    ok = set()
    for sub in walk(ctx.fn):
        if getattr(sub, "lineno", 0) <= made.lineno:
            continue
        if isinstance(sub, ast.Attribute) and sub.attr == "shape" and isinstance(sub.value, ast.Name) \
                and sub.value.id == stacked:
            ok.add(id(sub.value))
        elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr in _WHOLE_REDUCTIONS \
                and isinstance(sub.func.value, ast.Name) and sub.func.value.id == stacked and _over_first_axis(sub):
            ok.add(id(sub.func.value))
    later = [n for n in ctx.name_nodes(stacked) if isinstance(n.ctx, ast.Load) and n.lineno > made.lineno]
    return bool(later) and all(id(n) in ok for n in later)


def _appends(stmt: ast.stmt):
    """The list a statement grows in place (``xs.append(t)``), if any."""
    return filled_list(stmt.value) if isinstance(stmt, ast.Expr) else None


def _appends_display(stmt: ast.stmt) -> bool:
    """Is ``stmt`` ``xs.append((a, b))`` or ``xs.append([a, b])``: a tuple or list display appended
    as one item (``extend`` adds its items, ``insert`` takes an index first)?"""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    return isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "append" \
        and len(call.args) == 1 and isinstance(call.args[0], (ast.Tuple, ast.List))


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
        scalar = _scalar_range(node.iter, ctx)
        interpreted = not scalar and _interpreted_iterable(node.iter, ctx)
        dynamic = not scalar and not interpreted and _dynamic_length(node.iter, ctx)
        # `for layer in self.layers[:n_q]:` with `n_q` from data: at LAX graph mode iterates the
        # slice zero times (the run then fails at the slice, MSG525), so a list the loop fills is
        # empty and the op given it fails first, while compiling (measured: blind batch 359's
        # residual quantizer, `celllist_slice_*_list_stacked.py`; STRICT refuses the slice itself)
        cells = not (scalar or interpreted or dynamic) and ctx.level == "LAX" \
            and fallback.cell_list_data_bound(node.iter, ctx) is not None
        if scalar or interpreted or dynamic or cells:
            # `for _ in range(n.item())`: a real loop, not unrolled; a list it appends to has a
            # length graph mode cannot know, and an op given it whole fails (measured, batch 91:
            # "len of input_x must be >= 1"); a carried tensor of one shape compiles
            change = (f"is empty to graph mode (line {node.lineno} loops over a list the Python "
                      "interpreter made, which the graph sees empty), so the op given it fails to compile"
                      ) if interpreted else (
                f"is empty to graph mode (line {node.lineno} loops over a Tensor whose length is "
                "data-dependent, which graph mode iterates zero times), so the op given it fails to "
                "compile") if dynamic else (
                f"is empty to graph mode (line {node.lineno} loops over an nn.CellList sliced at a bound from "
                "tensor data, which graph mode iterates zero times), so the op given it fails to compile"
            ) if cells else _LOOP_CHANGE
            for stmt in walk(node):
                name = _appends(stmt)
                site = _whole_use_site(name, node.end_lineno or node.lineno, ctx, numpy=interpreted) \
                    if name else None
                if site is None and name and scalar and not ctx.root and _returned_whole(ctx.fn, name):
                    # `for t in range(int(n)): steps.append(...)` then `return steps` from a helper:
                    # the caller's op given the list whole fails (blind batch 360's history encoder,
                    # `ops.stack(steps, axis=1)`)
                    ctx.returns_grown_list = (stmt.lineno, name,
                                              f"on every pass of the loop over `{short_text(node.iter)}` at line "
                                              f"{node.lineno}, whose count is tensor data")
                if site is None:
                    continue
                use, call = site
                if interpreted and (ctx.qualname(call.func) or "") in TENSOR_CONSTRUCTORS:
                    resized = _sized_in_place(name, node.end_lineno or node.lineno, call, ctx)
                    # (`path.reverse()` before `Tensor(path)`: a list method needing the length of
                    # a list of unknown length fails there; measured, query_crf_viterbi_backtrack_int.py)
                    yield ctx.hit("MSG202", resized, name=name, change=change) if resized is not None \
                        else _empty_tensor_made(node, name, call, use, ctx)
                    return
                yield ctx.hit("MSG202", use, name=name, change=change)
                return
            return
        yield from _broken_early(node, ctx)
        return
    if not isinstance(node, ast.While):
        return
    if not (ctx.is_tensor_test(node.test) or ctx._carries_tensor(node)):
        # `while step < max_len:` on a Python counter, unrolled, left by `if finished.all(): break`
        # (blind batch 129: the tokens it concatenates are joined at that `if`)
        yield from _broken_early(node, ctx)
        return
    for stmt in node.body:
        name = _shrunk(stmt)
        if name is not None:
            indexed = _indexed_by_tested_helper(node, name, ctx)
            if indexed is not None:
                # `while self.row_is_fill(strip) and n < k: strip = strip[:, 1:]` with the helper
                # reading `strip[:, 0, :]`: unrolled until that row is gone, the helper's index
                # fails first ("StridedSlice ... begin[1] must be in [-0, 0)", at the helper's
                # line, both levels; measured, blind batch 161's strip trimmer)
                call, fn, info, sub = indexed
                if ctx.only_codes is None:
                    hit = ctx.hit("MSG202", sub, "fails", name=name, change=_LOOP_CHANGE)
                    hit.note = f"indexed on every pass of the `while` at line {node.lineno}, after it has no rows left"
                    ctx.module.report_reached(hit, f"{info.qualname}.{fn.name}" if info else fn.name, ctx, call)
                return
            if _guarded_by_own_length(node, name) and not _read_whole_after(node, name, ctx):
                # `while queue.shape[0] > 0 and queue.sum() > 0: queue = queue[1:]` with the queue
                # left unused after the loop (or only summed): unrolled until the length test stops
                # it, and static (measured, while_shrink_shape_guard_*.py, blind batch 241's
                # scheduler; returned whole it is dynamic: med3d_trim_empty_border_slices.py)
                return
            # Unrolled until the slice is empty; MindSpore 2.10 fails at the loop (measured).
            yield ctx.hit("MSG202", node, name=name, change=_LOOP_CHANGE)
            return
    for name in sorted(_assigned(node.body)):
        entry = ctx.loop_entry_sigs.get(name)
        if not _cut_from(ctx.sigs.get(name), entry):
            continue
        append = _appends_cut(node, entry, ctx)
        if append is not None:
            # `z, x = x[:, :half], x[:, half:]` then `zs.append(z)`: each pass appends an item of
            # another shape to a list made before the loop, and MindSpore fails at that append
            # ("For ListAppend", both levels, whether `x` is used after the loop or not; appending
            # a value of one shape, `zs.append(total)`, does not; measured, blind batch 202's
            # multi-scale flow, loop_while_tensor_shrink_*.py)
            stmt, listed = append
            yield ctx.hit("MSG202", stmt, "fails", name=listed, change=(
                f"receives `{short_text(stmt.value.args[0])}` on every pass of the tensor-dependent `while` at line "
                f"{node.lineno}, which cuts `{name}` on each pass: items of different shapes, so the append "
                "fails to compile"))
            return
        if _shape_read_after(node, name, ctx):
            # `x = x[::2] * 0.5` until the energy is small: each pass leaves a shorter value, which
            # MindSpore joins at the loop into a dynamic shape (measured, both levels: the `while`
            # line is blamed)
            yield ctx.hit("MSG202", node, name=name, change=_LOOP_CHANGE)
            return
    halved = _cut_through_call(node, ctx)
    if halved is not None and (_shape_read_after(node, halved, ctx)
                               or any(isinstance(n, ast.Name) and n.id == halved for n in walk(node.test))):
        # `spec = pairwise_average(spec)` with the helper returning `spec[0:2 * n:2] + ...`: cut
        # on every pass like `spec = spec[::2]` in the body; unrolled until it is empty, the loop
        # is blamed (measured, both levels: blind batch 318's octave reducer, its test reading
        # `spec[-1]`, and while_cut_through_helper_*.py)
        yield ctx.hit("MSG202", node, name=halved, change=_LOOP_CHANGE)
        return
    shrunk = _shrunk_by_layer(node, ctx)
    if shrunk is not None:
        name, call, pooled = shrunk
        if pooled:
            # `x = self.pool(x)` until a tensor test holds: MindSpore unrolls the loop, pooling
            # until nothing is left, and fails at the pooling ("H_out/W_out must be positive", both
            # levels, whatever the data; measured: loop_while_tensor_*pool*.py, blind batch 187)
            yield ctx.hit("MSG202", call, "fails", name=name, change=_LOOP_CHANGE)
            return
        if _shape_read_after(node, name, ctx):
            # a strided convolution each pass: dynamic at the loop, as a stepped slice is
            # (loop_while_tensor_pool_stride_conv.py; only its sum returned, static)
            yield ctx.hit("MSG202", node, name=name, change=_LOOP_CHANGE)
            return
    pooled_in_callee = _shrunk_through_call(node, ctx)
    if pooled_in_callee is not None:
        # `x, lens = self._halve(x, lens)` with `_halve` pooling `x`: as with the pooling in the body,
        # unrolled until the window no longer fits, and the pooling fails, at the method's line
        # (both levels; measured, blind batch 352's adaptive subsampler: "For Slice, the sum of
        # begin_shape[2] and size_shape[2] must be no greater than input_x_shape[2]")
        call, fn, info, pooling, name = pooled_in_callee
        if ctx.only_codes is None:
            hit = ctx.hit("MSG202", pooling, "fails", name=name, change=_LOOP_CHANGE)
            hit.note = f"called on every pass of the `while` at line {node.lineno}"
            ctx.module.report_reached(hit, f"{info.qualname}.{fn.name}", ctx, call)
        return
    grown_in_callee = _grown_through_call(node, ctx)
    if grown_in_callee is not None and not any(_grown(stmt) is not None for stmt in walk(node)):
        # `x = self.stages[i](x)` whose construct returns `ops.repeat_interleave(x, 2, -1)`, `path =
        # self.insert_midpoints(path)` returning a concat of it: grown on every pass, and
        # MindSpore blames the helper's growing line (blind batches 138 and 141; the decode loop of
        # batch 132 whose attention grows its caches: within a line)
        call, fn, info, stmt, name = grown_in_callee
        if info is None:
            # a function of the module (`x = extend(x)`): MindSpore blames the loop, not the
            # function's line, even with the value summed after the loop (measured, both levels:
            # while_grow_through_helper_fn_concat.py; one loop shape measured)
            yield ctx.hit("MSG202", node, "fails", name=name, change=_LOOP_CHANGE)
            return
        if ctx.only_codes is None:
            hit = ctx.hit("MSG202", stmt, "fails", name=name, change=_LOOP_CHANGE)
            hit.note = f"called on every pass of the `while` at line {node.lineno}"
            ctx.module.report_reached(hit, f"{info.qualname}.{fn.name}" if info else fn.name, ctx, call)
        return
    failing = _counter_slice_append(node, ctx) if ctx.only_codes is None else None
    for stmt in walk(node):
        name = _grown(stmt)
        if name is not None and _grown_by_data_slice(stmt, node, ctx):
            # `segment = ops.concat((segment, feats[nxt:nxt + 1]))` adding a part sliced at a data
            # bound: the carried value is dynamic from the first pass, the loop is compiled as a
            # loop, not unrolled, and nothing fails: that line is dynamic, which the slice's own
            # MSG101 says (blind batch 156's seed-growing localizer, sciml_rl_nstep_while_until_done.py)
            return
        if name is not None:
            # MindSpore unrolls the loop until its call depth limit, and blames the first node
            # that reads the grown value anew on each pass: the `while` when its test reads it
            # (`out.sum() < 100`, `ids.shape[1] < max_len`) or is a compound test on a Python
            # counter (`not done.all() and step < n`, `step = 0`), else the first line of the
            # body that reads it (a counter test, `i < n`: the concat itself, or a sub-Cell
            # given the grown value before it). Measured, 22 loops (batches 81-102)
            yield ctx.hit("MSG202", _loop_blame(node, name, ctx) or stmt, name=name, change=_LOOP_CHANGE)
            return
        name = _appends(stmt)
        if name is not None and name in _assigned(node.body):
            continue  # (`inputs = []` made anew on each pass: as long on every pass, coma.py of mindspore-rl)
        if name is not None and failing is not None and failing[0] is stmt:
            why = ("its first pass is compiled with the counter known and the later ones with it a variable"
                   if failing[2] == "first" else
                   "the item the list holds before the loop has a fixed shape, and the counter is a variable "
                   "in the loop")
            yield ctx.hit("MSG202", stmt, "fails", name=name, change=(
                f"receives `{short_text(stmt.value.args[0])}`, computed from a slice at the counter of the "
                f"`while` at line {node.lineno}: {why}, so the items have different shapes and the append "
                "fails to compile"))
            return
        if name is not None and _appends_display(stmt):
            # `events.append((start, t))`: a list of unknown length may hold only Tensors and
            # numbers, so the append itself fails, on a path of an `if` or not (both levels,
            # "ListAppend ... target must be scalar or tensor"; measured, blind batch 195's event
            # scanner and loop_while_tensor_append_{tuple,list}_*.py)
            yield ctx.hit("MSG202", stmt, "fails", name=name, change=_LOOP_CHANGE)
            return
        if name is not None:
            use = _whole_use_in_body(node, name, ctx) or _first_use_not_len(name, node.end_lineno or node.lineno, ctx)
            if use is not None and any(isinstance(sub, ast.Return) and sub.value is use for sub in walk(ctx.fn)):
                # `return events` as it is: STRICT compiles it (LAX crashes naming no line; measured,
                # loop_while_tensor_append_tensor_cond.py). From a helper, the caller's op given the
                # list whole fails (blind batch 357's hop propagation, `ops.stack(hops, axis=1)`)
                if not ctx.root:
                    ctx.returns_grown_list = (stmt.lineno, name,
                                              f"on every pass of the tensor-dependent `while` at line {node.lineno}")
                use = None
            if use is not None:
                # MindSpore fails where the grown list is used: an op given it whole in the body
                # (before or after the append), else its first use after the loop
                yield ctx.hit("MSG202", use, name=name, change=_LOOP_CHANGE)
                return


_LOOP_CHANGE = "changes shape on every iteration of a tensor-dependent loop"


def _whole_use_in_body(loop: ast.While, name: str, ctx) -> Optional[ast.Name]:
    """The first read of list ``name`` whole by an op inside ``loop``'s body (``ops.stack(outs)``
    to test a spread each pass, blind batch 192's ensemble grown until its members agree): the
    compile fails there, before or after the append in the body (measured,
    loop_while_tensor_append_stack_*.py); reading one item (``outs[-1]``) is not one."""
    site = _whole_use_site(name, loop.lineno, ctx)
    if site is None or site[0].lineno > (loop.end_lineno or loop.lineno):
        return None
    call = site[1]
    if not isinstance(call, ast.Call) or isinstance(call.func, ast.Name) and call.func.id == "len":
        return None  # (`len()` of it, an append or a `+` in the body: not measured)
    return site[0]


def _sized_in_place(name: str, after: int, before: ast.AST, ctx) -> Optional[ast.Name]:
    """``name`` in ``name.reverse()`` or ``name.sort()`` between line ``after`` and ``before``."""
    for sub in walk(ctx.fn):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr in ("reverse", "sort") \
                and isinstance(sub.func.value, ast.Name) and sub.func.value.id == name \
                and after < sub.lineno <= before.lineno and not sub.args:
            return sub.func.value
    return None


def _empty_tensor_made(loop: ast.For, name: str, call: ast.Call, use: ast.Name, ctx):
    """MSG202 for ``Tensor(codes)`` of a list a loop over the interpreter's list filled: an empty
    Tensor while compiling, which an op combining it with tensor data later refuses (``out + ids``:
    the broadcast fails there); returned or scaled, it is dynamic where it is made, and the loop's
    lines with it (measured, ``interp_loop_tolist_*_codes_*.py``, blind batch 263's string
    report; ``interp_loop_tolist_list_into_tensor_ctor*.py`` fail at the product after)."""
    # names bound to what is computed from the empty Tensor, with their lines
    empty = names_computed_from(ctx.fn, call.lineno - 1, lambda n: n is call)

    def mentions(expr: ast.expr, line: int) -> bool:
        return any(n is call or isinstance(n, ast.Name) and empty.get(n.id, line) < line for n in walk(expr))

    combined = None
    for sub in walk(ctx.fn):
        if isinstance(sub, ast.BinOp) and sub.lineno >= call.lineno and (
                combined is None or (sub.lineno, sub.col_offset) < (combined.lineno, combined.col_offset)):
            # (`per * Tensor(ws)`, `scale / qmax.expand_dims(1)` with `qmax = Tensor(bits) - 1.0`;
            # with a Python number it stays empty)
            for mine, other in ((sub.left, sub.right), (sub.right, sub.left)):
                if mentions(mine, sub.lineno) and not mentions(other, sub.lineno) and ctx.is_data(other):
                    combined = sub
    where = f"line {loop.lineno} loops over a list the Python interpreter made, which the graph sees empty"
    if combined is not None:
        return ctx.hit("MSG202", combined, "fails", name=name,
                       change=f"is empty to graph mode ({where}): `{ast.unparse(call)}` is an empty Tensor "
                              f"while compiling, and combining it with tensor data here fails to compile")
    return ctx.hit("MSG202", use, "passes", name=name,
                   change=f"is empty to graph mode ({where}): `{ast.unparse(call)}` is an empty Tensor while "
                          "compiling, and the interpreter fills it at run time, with dynamic shapes")


def _interpreted_iterable(it: ast.expr, ctx) -> bool:
    """At LAX, ``for l in lengths.tolist():`` (or over what a helper computed from one): graph mode
    sees the interpreter's list as empty, so a list the loop appends to is empty too, and an op
    given it fails ("len of input_x ... got 0"; blind batches 112 and 120). STRICT refuses the
    host copy first."""
    if ctx.level != "LAX" or ctx.only_codes is not None:
        return False
    if isinstance(it, ast.Name) and it.id in ctx.interpreted_items and it.id not in ctx.interpreted:
        return False  # a graph list holding the interpreter's values: not empty to the graph
    return ctx._interpreted_operand(it) is not None or ctx._uses_interpreted(it, through_ops=True) is not None \
        or ctx._makes_interpreted(it) is not None


def _dynamic_length(it: ast.expr, ctx) -> bool:
    """``for r in rewards[:length][::-1]:`` with ``length`` from tensor data: graph mode iterates a
    Tensor whose first axis it cannot know zero times, so a list the loop appends to is empty and
    an op given it fails at both levels (blind batch 128: "len of input_x ... got 0")."""
    sig = ctx.sig(it)
    if not _is_dyn(sig):
        return False
    axes = dyn_axes(sig)
    return axes is None or 0 in axes


def _scalar_range(it: ast.expr, ctx) -> bool:
    """``range()`` bounded by a scalar read out of tensor data (``n.item()``, ``int(n)``)."""
    return isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" \
        and "range" not in ctx.env and any(ctx.is_data(a) and (ctx.val(a).tag == "scalar" or (
            ctx.val(a).tag == FALLBACK and ctx.level == "LAX")) for a in it.args)


def _data_filter(node, ctx) -> Optional[ast.expr]:
    """The ``if`` clause of a list comprehension or generator that is tensor data, if any."""
    if isinstance(node, (ast.ListComp, ast.GeneratorExp)):
        for gen in node.generators:
            for cond in gen.ifs:
                if ctx.is_tensor_test(cond):
                    return cond
    return None


def _filter_change(cond: ast.expr) -> str:
    return (f"keeps an item only when `{ast.unparse(cond)}`, a tensor-dependent condition, holds: its "
            "length would depend on tensor data, so the op given it fails to compile")


@on(ast.Assign)
def comprehension_filtered_by_data(node: ast.Assign, ctx):
    """MSG202: a list comprehension whose ``if`` clause is tensor data keeps a number of items only
    the data decides; the op later given the list whole fails to compile, at both levels, and is
    the line MindSpore blames (measured, batches 88 and 91: "TensorType object is not
    subscriptable"); a filter on Python values compiles."""
    if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
        return
    cond = _data_filter(node.value, ctx)
    if cond is not None:
        use = _whole_use(node.targets[0].id, node.end_lineno or node.lineno, ctx)
        if use is not None:
            yield ctx.hit("MSG202", use, name=node.targets[0].id, change=_filter_change(cond))


@on(ast.Call)
def comprehension_filtered_by_data_in_call(node: ast.Call, ctx):
    """MSG202: the same comprehension handed straight to an op (``ops.stack([r for r in x if ...])``)."""
    if not any(isinstance(arg, (ast.ListComp, ast.GeneratorExp)) for arg in node.args) \
            or ctx._callee_name(node) is None:
        return
    for arg in node.args:
        cond = _data_filter(arg, ctx)
        if cond is not None:
            yield ctx.hit("MSG202", arg, name=short_text(arg), change=_filter_change(cond))
            return


def _loop_blame(loop: ast.While, name: str, ctx) -> Optional[ast.AST]:
    """Where MindSpore blames a ``while`` on tensor data that grows ``name``: the loop when its test
    reads ``name``, or is compound and reads a Python number the body counts up (`not
    done.all() and step < n` with `step = 0`), else the first statement of the body that reads
    ``name`` (a Tensor counter, `step = Tensor(0)`, leaves the test as it was)."""
    tested = {n.id for n in walk(loop.test) if isinstance(n, ast.Name)}
    if name not in tested and isinstance(loop.test, ast.BoolOp) and (_compared_first(loop) or _fresh_first(loop)) \
            and ctx.bound_before(loop, rebound_in(loop) & tested, _number_literal):
        # `while (tok != eos).any() and step < n:` with a Python counter: the first statement of
        # the body that applies an op of its own to a name the test reads or to the grown value
        # (not only hands it to a helper or sub-Cell) is blamed (blind batch 136's SMILES decoder:
        # the concat after `nxt, h = self.step(...)`; seq2seq_greedy_decode_until_eos_concat.py:
        # `self.dec(self.emb(tok[:, 0]), h)`; control_while_compare_*.py)
        found = next((stmt for stmt in _flat_statements(loop.body) if _computes_with(stmt, tested | {name})), None)
        if found is not None:
            # (with the test's first operand computed anew each pass, a statement after the loop
            # computing with the grown value comes first: `return caps, trace.mean(0)`, measured)
            return (_used_after(loop, name, ctx) if not _compared_first(loop) else None) or found
    if name in tested or isinstance(loop.test, ast.BoolOp) and (ctx.bound_before(
            loop, rebound_in(loop) & tested, _number_literal) or _counter_first(loop)):
        return _used_after(loop, name, ctx) or loop
    # (a tested Tensor the body computes anew from other values, `delta = ops.norm(new_h - h)`,
    # leaves the blame to the body's first read of the grown value: measured, blind batch 361's
    # self-consistent update, `while_tensor_fresh_test_*.py`)
    carried = {n for n in ctx.bound_before(loop, rebound_in(loop) & tested, ctx._builds_tensor)
               if not _recomputed_fresh(loop, n)}
    if not carried and not isinstance(loop.test, ast.BoolOp):
        # (`s, i = self.advance(s, i, n)` under `while i.sum() > self.level:`: a tested value the
        # body recomputes, unpacked from a helper's tuple; blind batch 223's epidemic curve)
        carried = _unpacked_in(loop) & tested
    if carried and not all(_counted(loop, carried_name, any_step=True) for carried_name in carried):
        # `while unassigned.sum() > 0:` on a Tensor the body recomputes from data (`unassigned =
        # unassigned * (1.0 - member)`), no counter: the loop is blamed, as when the test reads the
        # grown value (measured, blind batch 212's mean-shift clusterer)
        return _used_after(loop, name, ctx) or loop
    counters = ctx.bound_before(loop, rebound_in(loop) & tested,
                                lambda v: _number_literal(v) or ctx._builds_tensor(v))
    after = _used_after(loop, name, ctx) if counters else None
    if after is not None:
        # a counter test (`hop < hops`, a Tensor or a Python counter) with the grown value computed
        # with after the loop (`ops.gather(feats, visited, 0)`, `visited.sum()`): that statement is
        # blamed, not the body (measured, blind batch 179's BFS and control_while_grow_*_after.py;
        # returned as it is, the body's first read is; a test on a carried Tensor that is no
        # counter, `covered < self.mass`, blames the loop: retrieval_score_norm_while_grow_pool.py)
        return after
    first = None
    for stmt in loop.body:
        for sub in walk(stmt):
            if isinstance(sub, ast.Name) and sub.id == name and isinstance(sub.ctx, ast.Load) \
                    and (first is None or sub.lineno < first.lineno):
                first = sub
        if first is not None:
            return first
    return None


def _unpacked_in(loop: ast.While) -> set:
    """The names the loop's body binds by unpacking a tuple (``s, i = self.advance(s, i, n)``)."""
    return {e.id for n in walk(loop) if isinstance(n, ast.Assign) for t in n.targets
            if isinstance(t, ast.Tuple) for e in t.elts if isinstance(e, ast.Name)}


def _counted(loop: ast.While, name: str, any_step: bool = False) -> bool:
    """Does ``loop`` step ``name`` by a number only (``step += 1``, ``step = step + 1``)? With
    ``any_step``, by anything added or subtracted: a Tensor clock stepped by a Python number the
    Cell computed (``t = t + self.period``, ``self.period = on_s + off_s``: blind batch 303's fog
    horn schedule), by a Tensor it holds, by a share of an input or by a sum of the grown value is
    a counter to MindSpore too, which then blames the body's first read of the grown value, not the
    loop (measured, both levels: control_while_grow_tensor_clock_step_*.py)."""
    def number(value: ast.expr) -> bool:
        return any_step or _number_literal(value)

    steps = 0
    for sub in walk(loop):
        if isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name) and sub.target.id == name:
            if not (isinstance(sub.op, (ast.Add, ast.Sub)) and number(sub.value)):
                return False
            steps += 1
        elif isinstance(sub, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in sub.targets):
            value = sub.value
            if not (isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Add, ast.Sub))
                    and isinstance(value.left, ast.Name) and value.left.id == name and number(value.right)):
                return False
            steps += 1
    return steps > 0


def _empty_list(value: ast.expr) -> bool:
    return isinstance(value, ast.List) and not value.elts


def _seeded_list(value: ast.expr) -> bool:
    """``[rows[0]]``: a list display holding an item."""
    return isinstance(value, ast.List) and bool(value.elts)


def _compared_first(loop: ast.While) -> bool:
    """Is the test's first operand a reduced comparison, ``(tok != eos).any()``, or a comparison
    of what a method of the Cell computes (``self._jitter(traj) > self.tol``: blind batch 160's
    smoother, blamed at the concat; ``h.sum() < 100`` is blamed at the ``while``)?"""
    first = loop.test.values[0]
    return isinstance(first, ast.Call) and isinstance(first.func, ast.Attribute) \
        and first.func.attr in ("any", "all") and isinstance(first.func.value, ast.Compare) \
        or isinstance(first, ast.Compare) and isinstance(first.left, ast.Call) and is_self_attr(first.left.func)


def _flat_statements(stmts):
    """The statements of a block in order, those inside an ``if`` of it in place (``if
    self.keep_trajectory: traj = ops.concat(...)`` under a flag the compiler folds)."""
    for stmt in stmts:
        if isinstance(stmt, ast.If):
            yield from _flat_statements(stmt.body)
            yield from _flat_statements(stmt.orelse)
        else:
            yield stmt


def _recomputed_fresh(loop: ast.While, name: str) -> bool:
    """Does the loop's body rebind ``name`` only by plain assignments that do not read it
    (``delta = ops.norm(new_h - h)``), never from its own previous value?"""
    stores = [n for n in walk(loop) if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign))
              and any(isinstance(t, ast.Name) and t.id == name
                      for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
    return bool(stores) and all(
        isinstance(n, ast.Assign) and len(n.targets) == 1 and n.value is not None
        and not any(isinstance(r, ast.Name) and r.id == name for r in walk(n.value)) for n in stores)


def _fresh_first(loop: ast.While) -> bool:
    """Is the test's first operand a comparison of a name the body computes anew each pass
    (``delta > self.tol and step < n`` with ``delta = ops.norm(new_h - h)``)?"""
    first = loop.test.values[0]
    if not isinstance(first, ast.Compare):
        return False
    if isinstance(first.left, ast.Name):
        return _recomputed_fresh(loop, first.left.id)
    # `ops.norm(pos - goal, dim=-1).max() > self.tol and n < self.max_steps`, `ops.var(current) >
    # limit and ...`: a function of values the body rebinds, computed in the test, blames the
    # body's concat (blind batch 360's goal rollout, drone_trajectory_extend_until_goal.py,
    # textile_tension_while_pad_until_stable.py); a Tensor method of the carried value itself,
    # `h.sum() < 100 and step < 8`, blames the loop (wgrow_test_pyint_and_data_deep.py)
    rebound = rebound_in(loop) | _unpacked_in(loop)
    root = first.left
    while isinstance(root, ast.Call) and isinstance(root.func, ast.Attribute) and not is_self_attr(root.func) \
            and isinstance(root.func.value, ast.Call):
        root = root.func.value  # (`.max()` of `ops.norm(...)`)
    if not (isinstance(root, ast.Call) and isinstance(root.func, ast.Attribute)) or is_self_attr(root.func):
        return False
    receiver = root.func.value
    if isinstance(receiver, ast.Name) and receiver.id in rebound:
        return False  # (a Tensor method of the carried value itself)
    return bool({n.id for n in walk(root) if isinstance(n, ast.Name)} & rebound)


def _computes_with(stmt: ast.stmt, names: set) -> bool:
    """Does ``stmt`` apply an op of its own (a subscript, arithmetic, a call that is not a method
    of the Cell) directly to one of ``names``? ``self.step(nxt, h)`` does not."""
    value = getattr(stmt, "value", None)
    if value is None:
        return False
    for sub in walk(value):
        if isinstance(sub, (ast.Subscript, ast.BinOp, ast.Compare, ast.UnaryOp)) or (
                isinstance(sub, ast.Call) and not is_self_attr(sub.func)):
            children = list(ast.iter_child_nodes(sub))
            if isinstance(sub, ast.Call):
                children = list(sub.args) + [k.value for k in sub.keywords] + (
                    [sub.func.value] if isinstance(sub.func, ast.Attribute) else [])
                children += [e for c in children if isinstance(c, (ast.Tuple, ast.List)) for e in c.elts]
            if any(isinstance(c, ast.Name) and c.id in names for c in children):
                return True
    return False


def _counter_first(loop: ast.While) -> bool:
    """``while step < self.max_len and ops.abs(prev).max() < 0.99:``: the test's first operand
    compares a counter the body rebinds (a Tensor one too: the vocoder of batch 105 and the
    draft proposer of batch 112 are blamed like a loop whose test reads the grown value; with the
    data test first, `(tok != eos).all() and step < 5`, the body's first reader is)."""
    first = loop.test.values[0] if isinstance(loop.test, ast.BoolOp) else None
    return isinstance(first, ast.Compare) and isinstance(first.left, ast.Name) \
        and first.left.id in rebound_in(loop)


def _used_after(loop: ast.While, name: str, ctx) -> Optional[ast.AST]:
    """The first statement after the loop, in its block, that computes with the grown value
    (`return losses.mean()`, `return proposals[:, 1:]`): MindSpore blames it rather than the loop,
    which it blames when the value is only returned (measured, batch 118)."""
    block = _block_holding(ctx.fn, loop)
    for stmt in block[block.index(loop) + 1:] if block else ():
        for sub in walk(stmt):
            if isinstance(sub, (ast.Call, ast.Subscript, ast.BinOp, ast.Attribute, ast.UnaryOp, ast.Compare)) \
                    and any(isinstance(c, ast.Name) and c.id == name for c in ast.iter_child_nodes(sub)):
                return stmt
    return None


def _block_holding(fn: ast.AST, stmt: ast.stmt) -> Optional[list]:
    """The statement list (a body, an else, a finally) that holds ``stmt``."""
    for node in walk(fn):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list) and any(s is stmt for s in block):
                return block
    return None


def _number_literal(value: ast.expr) -> bool:
    return isinstance(value, ast.Constant) and type(value.value) in (int, float)


def _append_counts(stmts) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for stmt in stmts:
        name = _appends(stmt)
        if name is not None:
            counts[name] = counts.get(name, 0) + 1
    return counts


# NumPy functions that refuse an empty list (`np.stack([])`: "need at least one array to stack";
# `np.max([])`: "zero-size array to reduction operation"); `np.array`, `np.sum`, `np.mean` take it
_NUMPY_NOT_EMPTY = frozenset({"stack", "vstack", "hstack", "dstack", "concatenate", "max", "min", "amax",
                              "amin", "argmax", "argmin"})


def _whole_use(name: str, after: int, ctx, numpy: bool = False, joins: bool = False) -> Optional[ast.Name]:
    """The first later read of list ``name`` as a whole by a MindSpore op (``ops.stack(kept)``,
    ``ops.concat(rows)``) or, at LAX, by ``len()``; reading one item (``kept[0]``) is not one.
    With ``numpy``, a NumPy function that refuses an empty list counts too (``np.stack(rows)``
    after a loop over the interpreter's array, which the interpreter, while compiling, sees
    empty: the compile fails there at LAX; measured, ``loop_interpreted_rows_np_*.py``). With
    ``joins``, an append to it after the loops holding the statement, or a ``+`` joining it to
    another sequence, counts too."""
    site = _whole_use_site(name, after, ctx, numpy, joins)
    return site[0] if site is not None else None


def _numpy_refusing_empty(call: ast.Call, ctx) -> bool:
    qualified = ctx.qualname(call.func) or ""
    return qualified.startswith("numpy.") and last(qualified) in _NUMPY_NOT_EMPTY


def _whole_use_site(name: str, after: int, ctx, numpy: bool = False,
                    joins: bool = False) -> Optional[Tuple[ast.Name, ast.expr]]:
    """``_whole_use``'s read, with the call (or ``+``) it is an operand of."""
    found = counted_by_len = None
    loops_end = max((n.end_lineno or n.lineno for n, part, _ in ctx.branch_stack if part == "loop"), default=0) \
        if joins else 0
    for call in walk(ctx.fn):
        if joins and isinstance(call, ast.BinOp) and isinstance(call.op, ast.Add) and call.lineno > after:
            # `(pooled,) + tuple(hidden)` or `[pooled] + hidden`: joining a list of data length to
            # another sequence fails at both levels ("For primitive SequenceAdd"; measured, blind
            # batch 378's hidden states kept past a saturation test, listgrow_list_concat.py)
            for side in (call.left, call.right):
                if isinstance(side, ast.Call) and isinstance(side.func, ast.Name) and side.func.id in (
                        "tuple", "list") and side.func.id not in ctx.env and len(side.args) == 1:
                    side = side.args[0]
                if isinstance(side, ast.Name) and side.id == name and (
                        found is None or (side.lineno, side.col_offset) < (found[0].lineno, found[0].col_offset)):
                    found = (side, call)
            continue
        if not isinstance(call, ast.Call) or call.lineno <= after:
            continue
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in ("pop", "append") and isinstance(func.value, ast.Name) \
                and func.value.id == name and (func.attr == "pop" or joins and call.lineno > loops_end):
            # (`all_hidden.append(pooled)` after the loop: appending to it fails too, "For
            # ListAppend", measured listgrow_append_after_return_tuple.py)
            # `j = stack.pop()`: taking an item off the end needs the length, refused at both levels
            # ("Can not get size for dynamic length sequence"; measured, blind batch 173's bracket
            # matcher and list_pop_*after_tensor_appends.py)
            if found is None or (func.value.lineno, func.value.col_offset) < (found[0].lineno, found[0].col_offset):
                found = (func.value, call)
            continue
        by_len = isinstance(func, ast.Name) and func.id == "len" and "len" not in ctx.env and ctx.level == "LAX"
        if not by_len and ctx._callee_name(call) is None and not (numpy and _numpy_refusing_empty(call, ctx)) \
                and not _held_primitive(func, ctx):
            continue
        for arg in call.args:
            if isinstance(arg, ast.Name) and arg.id == name:
                best = counted_by_len if by_len else found
                if best is None or (arg.lineno, arg.col_offset) < (best[0].lineno, best[0].col_offset):
                    if by_len:
                        counted_by_len = (arg, call)
                    else:
                        found = (arg, call)
    # (an op given the list is what LAX reports, `ops.stack(finished)` after `if len(finished)
    # == 0: return ...`, batch 112; `len()` alone crashes it)
    return found if found is not None else counted_by_len


def _held_primitive(func: ast.expr, ctx) -> bool:
    """``self.stack`` with ``self.stack = ops.Stack()`` in ``__init__``: an op the Cell holds, which
    fails given an empty list like ``ops.stack`` (measured, blind batch 290's catch-per-hour stack)."""
    return is_self_attr(func) and ctx.owner is not None \
        and getattr(ctx.owner.attr(func.attr), "kind", "") == "primitive"


def _keys_set(block: list) -> Dict[Tuple[str, str], ast.stmt]:
    """``{(dict name, key): statement}`` for the block's own ``d["key"] = value`` statements."""
    found = {}
    for stmt in block:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
                    and isinstance(target.slice, ast.Constant) and isinstance(target.slice.value, str):
                found.setdefault((target.value.id, target.slice.value), stmt)
    return found


def _dict_stores(fn: ast.AST, name: str) -> List[ast.Subscript]:
    return [n for n in walk(fn) if isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Store)
            and isinstance(n.value, ast.Name) and n.value.id == name]


@after_branches
def dict_key_added_under_tensor_condition(node: ast.If, ctx):
    """MSG202: ``stats["early"] = logits`` on one arm of a tensor-dependent ``if`` only, a key the
    dict had not before, the dict read after: the arms leave dicts with different keys, which
    graph mode cannot join. LAX fails at that store (or goes dynamic at the ``if``); STRICT at the
    dict's next store after the ``if``, else at that one (measured, blind batches 217 and 218,
    dict_key_added_*.py; both arms setting it, or a key set before, compile at STRICT)."""
    if not ctx.is_tensor_test(node.test) or _leaves(node.body) or _leaves(node.orelse):
        return
    body, orelse = _keys_set(node.body), _keys_set(node.orelse)
    end = node.end_lineno or node.lineno
    for (name, key), stmt in sorted({**orelse, **body}.items(), key=lambda item: item[1].lineno):
        if ((name, key) in body) == ((name, key) in orelse) or ctx.val(stmt.targets[0].value).tag != "dict":
            continue
        if any(isinstance(n, ast.Assign) and n.lineno < node.lineno and isinstance(n.value, ast.Dict)
               and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
               and any(isinstance(k, ast.Constant) and k.value == key for k in n.value.keys)
               for n in walk(ctx.fn)):
            continue  # `stats = {"early": None}`: the key was there before
        stores = _dict_stores(ctx.fn, name)
        if any(s.lineno < node.lineno and isinstance(s.slice, ast.Constant) and s.slice.value == key
               for s in stores):
            continue  # the key was there before: only its value changes
        if not ctx.used_after(name, end):
            continue
        later = next((s for s in sorted(stores, key=lambda s: (s.lineno, s.col_offset)) if s.lineno > end), None)
        blamed = later if ctx.level == "STRICT" and later is not None else stmt
        yield ctx.hit("MSG202", blamed, "fails", name=name, change=(
            f"gets the key `{key!r}` only on one path of a tensor-dependent condition (line {stmt.lineno}): the "
            "dicts the two paths leave have different keys, which graph mode cannot join, so compiling fails"))
        return


@after_branches
def list_grown_under_tensor_condition(node: ast.If, ctx):
    """MSG202: a list that one arm of a tensor-dependent ``if`` appends to and the other does not,
    later handed whole to an op. Its length is then tensor data: ``ops.stack`` of it fails at both
    levels, ``ops.concat`` of it in a loop gives dynamic shapes at STRICT and crashes LAX, and
    ``len()`` of it crashes LAX (STRICT folds it); one item read (``kept[0]``) compiles (measured,
    batches 70 and 73). Blamed at the use, as MindSpore does."""
    interpreted = ctx.level != "STRICT" and fallback.set_membership_of_data(node.test, ctx) is not None
    if not (ctx.is_tensor_test(node.test) or interpreted) or _leaves(node.body) or _leaves(node.orelse):
        # (`if c not in seen:` with `seen` a Python set: at LAX the interpreter decides it, and the
        # list one arm appends to is as unknown to the graph, whose op given it fails; blind batches
        # 205 and 209's deduplicators. STRICT refuses the test itself, MSG505)
        return
    grown, other = _append_counts(node.body), _append_counts(node.orelse)
    bound = _assigned(node.body) | _assigned(node.orelse)
    for name in sorted(grown.keys() | other.keys()):
        if grown.get(name, 0) == other.get(name, 0) or name in bound:
            continue
        appended = next(s for s in (node.body if grown.get(name, 0) > other.get(name, 0) else node.orelse)
                        if _appends(s) == name)
        if ctx.in_loop() and _appends_display(appended) \
                and not any(ctx._interpreted_operand(n) for n in walk(node.test)):
            # `segments.append((start, i))` on one path, in a loop: from the next pass the list has
            # a length graph mode cannot know, and such a list may hold only Tensors and numbers, so
            # that append fails (both levels, "ListAppend ... target must be scalar or tensor";
            # measured, blind batch 198's helix segmenter over `range(n)`). Not on the interpreter's
            # values (`for i, f in enumerate(flags.tolist())`: at LAX graph mode sees that list
            # empty, and an op given the list fails later, sepenh_vad_segments_tolist.py)
            yield ctx.hit("MSG202", appended, "fails", name=name, change=(
                "has a length that depends on tensor data from the loop's next pass (it is appended to only on "
                "one path of a tensor-dependent condition), and such a list holds only Tensors and numbers: "
                "appending a tuple to it fails to compile"))
            return
        # (an append or `+` after it: measured on tensor tests only; the interpreter's values, `for
        # f in flags` of a `.tolist()`, leave the list empty to the graph, sepenh_vad_segments_tolist.py)
        use = _whole_use(name, node.end_lineno or node.lineno, ctx, joins=not interpreted and not any(
            ctx._interpreted_operand(n) for n in walk(node.test)))
        line = appended.lineno
        if use is None and ctx.in_loop():
            # in a loop, the other arm's use meets the list on a later pass (`elif tok == close:
            # j = stack.pop()`, blind batch 173's bracket matcher)
            use = _whole_use(name, line, ctx)
        if use is None and not ctx.root and _returned_whole(ctx.fn, name):
            # `return chosen` from a helper: the caller's op given it is blamed (blind batch 151's
            # semi-hard miner, `ops.stack(chosen)` after `chosen = self.mine(...)`)
            ctx.returns_grown_list = (line, name)
        if use is not None:
            kind = "a membership test of tensor data in a Python set, which the interpreter decides" \
                if interpreted and not ctx.is_tensor_test(node.test) else "a tensor-dependent condition"
            yield ctx.hit("MSG202", use, name=name, change=_data_length(
                f"line {line} appends to it only on one path of {kind}"))
            return


def _returned_whole(fn: ast.FunctionDef, name: str) -> bool:
    return any(isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.Name) and stmt.value.id == name
               for stmt in fn.body)


@on(ast.Assign)
def grown_list_from_helper(node: ast.Assign, ctx):
    """MSG202: ``chosen = self.mine(sim)`` with a helper returning a list it appends to on one
    path of a tensor condition, later handed whole to an op (the same failure as in one function,
    blamed at the caller's use)."""
    if not (isinstance(node.value, ast.Call) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
        return
    ctx.val(node.value)  # (analyses the helper first)
    grown = getattr(node.value, "_msgl_grown_list", None)
    if grown is None:
        return
    name = node.targets[0].id
    use = _whole_use(name, node.end_lineno or node.lineno, ctx)
    if use is not None:
        line, inner, *loop = grown
        how = loop[0] if loop else "only on one path of a tensor-dependent condition"
        yield ctx.hit("MSG202", use, name=name, change=_data_length(
            f"`{short_text(node.value.func)}` returns `{inner}`, which line {line} appends to {how}"))


def _data_length(why: str) -> str:
    """MSG202's change for a list whose length is tensor data, handed whole to an op."""
    return (f"has a length that depends on tensor data ({why}), so the op given it fails to compile or gets "
            "dynamic shapes")


@on(ast.For)
def data_dependent_loop_count(node: ast.For, ctx):
    """MSG203: ``for`` over ``range()`` of a tensor.

    ``range(int(t))`` compiles (as a loop) in MindSpore 2.10; a tensor itself
    as the bound does not.
    """
    it = node.iter
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range":
        if any(ctx.is_data(a) and ctx.val(a).tag not in ("scalar", FALLBACK) for a in it.args):
            # (refused at the `for` at both levels, "make_range ... should be a int scalar": every
            # labelled case, 18 of them; nothing after it in the function is compiled, batch 132)
            yield ctx.hit("MSG203", node, stage="fails", count=ast.unparse(it))


# ------------------------------------------------------------------ joins
_DTYPES = frozenset({"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
                     "bool_", "bool", "float16", "float32", "float64", "bfloat16", "double",
                     "half", "float", "int", "long", "short"})
_DTYPE_METHODS = {"int": "int32", "long": "int64", "float": "float32", "half": "float16",
                  "double": "float64", "bool": "bool_", "short": "int16"}
_CASTS = frozenset({"astype", "cast", "to", "type"})


def _cast_dtype(expr: ast.expr, ctx):
    """The dtype an explicit cast gives (``x.astype(ms.int32)``, ``ops.cast(x, ms.int32)``), or None."""
    if not isinstance(expr, ast.Call):
        return None
    func = expr.func
    callee = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if callee in _DTYPE_METHODS and not expr.args and not expr.keywords and isinstance(func, ast.Attribute) \
            and ctx.is_data(func.value) and not ctx.qualname(func):
        return _DTYPE_METHODS[callee]
    if callee not in _CASTS:
        return None
    args = list(expr.args) + [k.value for k in expr.keywords if k.arg in ("dtype", "dst_type")]
    for arg in args:
        name = arg.attr if isinstance(arg, ast.Attribute) else getattr(arg, "id", "")
        if name in _DTYPES and (isinstance(arg, ast.Attribute) or name not in ("int", "float", "bool")):
            return {"bool": "bool_", "double": "float64", "half": "float16", "float": "float32"}.get(name, name)
    return None


# Ops and nn layers whose result is one Tensor (not a tuple), beyond the elementwise ones.
_ONE_TENSOR_OPS = ELEMENTWISE | CONCAT | BOOL_FUNCS | frozenset("""
matmul bmm mm dense linear reshape view transpose permute swapaxes squeeze unsqueeze expand_dims flatten
sum mean prod amax amin reduce_sum reduce_mean reduce_max reduce_min reduce_prod argmax argmin norm
zeros ones full fill tile broadcast_to expand repeat_interleave gather gather_elements index_select
cumsum cumprod einsum conv2d conv1d layer_norm batch_norm embedding one_hot select tril triu
""".split())
_ONE_TENSOR_CELLS = SHAPE_PRESERVING_CELLS | SHAPE_CHANGING_CELLS | frozenset("""
Dense Linear Conv1d Conv2d Conv3d Conv1dTranspose Conv2dTranspose Conv3dTranspose Embedding
""".split())


# MindSpore ops and Tensor methods that return a tuple of tensors (2.10): under a tensor condition
# it does not join with a Tensor (measured: `ops.chunk`, `x.split`, `ops.topk`, batch 72)
_TUPLE_OPS = frozenset("""
split chunk unbind tensor_split hsplit vsplit dsplit array_split unstack meshgrid topk sort
""".split())


# arithmetic a tuple does not take (`+` joins tuples, `*` repeats them)
_TENSOR_ONLY_BINOPS = (ast.Sub, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.MatMult)


def _makes_one_tensor(expr: ast.expr, ctx) -> bool:
    """Is ``expr`` a call of a MindSpore op, Tensor method or nn layer that returns one Tensor, or
    arithmetic no tuple takes part in (``loss.sum() / num_pos``: a Tensor; blind batch 89)?"""
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, _TENSOR_ONLY_BINOPS):
        sides = [ctx.val(side) for side in (expr.left, expr.right)]
        return any(side.kind == DATA and side.tag in ("", "bool") for side in sides) \
            and not any(side.tag in ("tuple", "cellout", "scalar") for side in sides)
    if not isinstance(expr, ast.Call):
        return False
    func = expr.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self" \
            and ctx.owner is not None:
        attr = ctx.owner.attr(func.attr)
        return attr is not None and attr.kind == "cell" and attr.qualname.startswith("mindspore.nn.") \
            and last(attr.qualname) in _ONE_TENSOR_CELLS
    name = ctx._callee_name(expr)
    return name in _ONE_TENSOR_OPS


def _structure(expr: Optional[ast.expr], ctx, val=None, sig=None):
    """What MindSpore joins when paths meet: ``("tensor", dtype or None)``, ``("tensor?", None)`` (tensor
    data that may be a tuple), ``("number", "int"|"float")``, ``("bool",)``, ``("str",)``, ``("None",)``,
    ``("dict",)``, ``("tuple"|"list", parts)``; None when not known (no finding)."""
    if expr is None:
        return ("None",)
    if isinstance(expr, ast.UnaryOp) and isinstance(expr.op, (ast.USub, ast.UAdd)) \
            and isinstance(expr.operand, ast.Constant):
        expr = expr.operand
    if isinstance(expr, ast.Constant):
        value = expr.value
        if value is None:
            return ("None",)
        if isinstance(value, str):
            return ("str",)
        if isinstance(value, bool):
            return ("bool",)
        if isinstance(value, (int, float)):
            # int and float do not join either (measured: Int64 against Float32)
            return ("number", type(value).__name__)
        return None
    if isinstance(expr, (ast.Tuple, ast.List)):
        if any(isinstance(e, ast.Starred) for e in expr.elts):
            return None
        kind = "tuple" if isinstance(expr, ast.Tuple) else "list"
        vals = val.elts if val is not None and val.elts is not None and len(val.elts) == len(expr.elts) \
            else (None,) * len(expr.elts)
        sigs = sig[1:] if isinstance(sig, tuple) and len(sig) == len(expr.elts) + 1 else (None,) * len(expr.elts)
        return (kind, tuple(_structure(e, ctx, v, g) for e, v, g in zip(expr.elts, vals, sigs)))
    if isinstance(expr, ast.Dict):
        return ("dict",)
    if isinstance(expr, ast.Call) and ctx._callee_name(expr) in _TUPLE_OPS:
        return ("tuple", None)  # `ops.split(x, 2)`, `x.topk(k)`: a tuple of tensors, of a length not worked out
    if val is None:
        val, sig = ctx.val(expr), ctx.sig(expr)
    if val.kind == CONST and val.known is not None and (val.known[0] is None or type(val.known[0]) in (
            int, float, str, bool)):
        return _structure(ast.Constant(value=val.known[0]), ctx)  # a name or attribute holding a literal
    if isinstance(expr, ast.Compare) and val.kind == DATA:
        return ("tensor", "bool_")  # an elementwise comparison of tensor data
    if val.kind == DATA and (val.tag in ("", "bool") or val.tag == "cellout" and sig is not None
                             or _makes_one_tensor(expr, ctx)):
        dtype = _cast_dtype(expr, ctx)
        if dtype is not None or sig is not None and sig[0] != "tuple" or _makes_one_tensor(expr, ctx):
            return ("tensor", dtype)
        # Tensor data of no known shape: a helper's or a sub-Cell's result may be a tuple.
        return ("tensor?", None)
    if val.kind == CONST and isinstance(expr, ast.Name) and ctx.built_as_tensor(expr.id):
        return ("tensor", None)  # a Tensor built from constants (`i = Tensor(0)`, then `i = i + 1`)
    return None


def _describe(structure) -> str:
    kind = structure[0]
    if kind in ("tensor", "tensor?"):
        if structure[1]:
            dtype = structure[1].rstrip("_")
            return f"{'an' if dtype.startswith('int') else 'a'} {dtype} Tensor"
        return "a Tensor"
    if kind in ("tuple", "list"):
        return f"a {kind} of {len(structure[1])}" if structure[1] is not None else f"a {kind} of Tensors"
    if kind == "number":
        return f"a Python {structure[1]}"
    return {"bool": "a Python bool", "str": "a str", "None": "None", "dict": "a dict"}[kind]


def _join_effect(first: str, second: str, ctx) -> str:
    """What MindSpore 2.10 does with the join: a Tensor against None is joined at LAX into a value
    of unknown rank (dynamic, rank -2; STRICT fails), anything else fails at both levels (measured:
    control_join_none_vs_tensor.py, control_join2_implicit_none.py and the other control_join cases;
    mindone's kosmos2_5 in seed 7340)."""
    if "None" in (first, second) and ctx.level == "LAX":
        return "at LAX they are joined into a value of unknown rank, with dynamic shapes (STRICT fails to compile it)"
    return "graph mode fails to compile the join (\"Cannot join the return values of different branches\")"


def _join_fails(a, b, numbers_join=False) -> Optional[Tuple[str, str]]:
    """The two sides MindSpore cannot join, described, or None when they join (or are not known)."""
    if a is None or b is None:
        return None
    if "tensor?" in (a[0], b[0]):
        # only what surely is no Tensor: a tuple or list written out
        other = b if a[0] == "tensor?" else a
        return (_describe(a), _describe(b)) if other[0] in ("tuple", "list") and other[1] is not None else None
    if a[0] != b[0]:
        return _describe(a), _describe(b)
    if a[0] in ("tuple", "list"):
        if a[1] is None or b[1] is None or len(a[1]) != len(b[1]):
            return None  # tuples of different lengths join (measured: control_join_tuple_lengths.py)
        for x, y in zip(a[1], b[1]):
            inner = _join_fails(x, y)
            if inner is not None:
                return inner
        return None
    if a[0] == "number" and a[1] != b[1] and not numbers_join:
        return _describe(a), _describe(b)
    if a[0] == "tensor" and a[1] != b[1] and (a[1] and b[1] or (a[1] or b[1]) != "float32"):
        # an explicit cast against a tensor not cast: only a cast to float32 may be a no-op
        return _describe(a), _describe(b)
    return None


def _split_returns(ctx):
    """Each tensor-dependent ``if`` (or loop) with the returns under it and those after it."""
    in_loops = any(part == "loop" for r in ctx.returns for _, part in r.branches)
    loops = {id(n): n for n in walk(ctx.fn) if isinstance(n, (ast.While, ast.For))} if in_loops else {}
    splits = [(node, (if_id, "body")) for if_id, node in ctx.data_ifs.items()]
    seen = set()
    for r in ctx.returns:
        for branch in r.branches:
            if branch[1] == "loop" and branch[0] in loops and branch[0] not in seen:
                seen.add(branch[0])
                splits.append((loops[branch[0]], branch))
    for node, branch in splits:
        inside = [r for r in ctx.returns if branch in r.branches]
        outside = [r for r in ctx.returns if branch not in r.branches and r.node.lineno > node.lineno]
        yield node, inside, outside


def _falls_off_under(fn, ctx):
    """The tensor ``if`` ending the function whose true branch returns while its false
    branch falls off the end, returning None: ``if x.sum() > 0: return x`` last."""
    last_stmt = fn.body[-1] if fn.body else None
    if ctx.dead or not isinstance(last_stmt, ast.If) or id(last_stmt) not in ctx.data_ifs:
        return None
    if not isinstance(last_stmt.body[-1], ast.Return) or _leaves(last_stmt.orelse):
        return None
    return last_stmt


def _implicit_none(fn):
    end = ast.Return(value=None, lineno=(fn.end_lineno or fn.lineno) + 1, col_offset=0)
    return ReturnSite(end, None, UNKNOWNV, ())


def _returned(site, ctx):
    return _structure(site.node.value, ctx, site.val, site.sig)


@at_function_end
def branch_type_mismatch(fn, ctx):
    """MSG204: paths under a tensor condition that return values MindSpore cannot join.

    Only the innermost failing condition is reported: MindSpore joins inner
    branches first and stops at the first join that fails.
    """
    if not ctx.returns:
        return
    failing = []
    for node, inside, outside in _split_returns(ctx):
        if ctx.level == "LAX" and isinstance(node, ast.If) and _interpreted_test(node.test, ctx):
            # `if dx > w1 + w2:` with `dx = np.abs(...)`: the interpreter decides it, and the
            # returns are not joined in the graph (yolov1's compute_iou, batch 107: dynamic lines,
            # no join error); STRICT has already refused the NumPy call
            continue
        if node is _falls_off_under(fn, ctx):
            outside = outside + [_implicit_none(fn)]
        for a in inside:
            sides = next((s for s in (_join_fails(_returned(a, ctx), _returned(b, ctx)) for b in outside)
                          if s is not None), None)
            if sides is not None:
                failing.append((node.lineno, node, sides))
                break
    if failing:
        _, node, (first, second) = max(failing, key=lambda f: f[0])
        where = node
        if isinstance(node, ast.If) and node.orelse and isinstance(node.orelse[-1], ast.Return) \
                and not (ctx.owner is None and ctx.root):
            where = node.orelse[-1]  # a Cell with an explicit `else: return` is blamed there (measured)
        elif isinstance(node, ast.If) and not node.orelse and not (ctx.owner is None and ctx.root) \
                and isinstance(node.body[-1], ast.Return):
            # a helper's or a Cell's `if c: ...; return a, b` with the other return after it:
            # blamed at the branch's return (blind batch 105's epsilon-greedy `select`, batch
            # 111's NaN skip with a comment above its `return loss`; a @jit function at the `if`)
            where = node.body[-1]
        yield ctx.hit("MSG204", where, first=first, second=second, effect=_join_effect(first, second, ctx))


def _interpreted_test(test: ast.expr, ctx) -> bool:
    """Does the condition read a value the interpreter fallback computed (LAX)?"""
    return any(isinstance(n, ast.Name) and n.id in ctx.interpreted for n in walk(test))


_LEAVES = (ast.Return, ast.Raise, ast.Break, ast.Continue)
# What a `break` or `continue` branch binds still goes on, after the loop or into its next pass
# (Yolact++'s `overlaps = overlaps[:i]; break`): only these leave nothing behind
_EXITS = (ast.Return, ast.Raise)


def _leaves(stmts, kinds=None) -> bool:
    """Does the block leave (return, raise, break, continue; or only ``kinds``) before falling
    through?"""
    return any(isinstance(s, kinds or _LEAVES) for s in stmts)


def _last_value(stmts, name: str):
    """The value last bound to ``name`` by a plain assignment in this block, or None when the
    block binds it some other way (nested, unpacked, augmented) or not at all."""
    for stmt in reversed(stmts):
        if name not in _assigned([stmt]):
            continue
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            return stmt.value
        if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
            # `total += x.mean()`: arithmetic with a tensor gives a tensor, whatever `total` was
            return stmt.value if isinstance(stmt.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)) else None
        return None
    return None


def _enclosing_block(fn: ast.AST, node: ast.stmt):
    for parent in walk(fn):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(parent, field, None)
            if isinstance(block, list) and any(s is node for s in block):
                return block
    return None


def _value_before(node: ast.If, name: str, ctx):
    """The structure ``name`` has when the ``if`` starts, where it is plain to see."""
    block = _enclosing_block(ctx.fn, node) or []
    earlier = [s for s in block[:next((i for i, s in enumerate(block) if s is node), 0)]]
    if any(name in _assigned([s]) for s in earlier):
        value = _last_value(earlier, name)
        return _structure(value, ctx) if value is not None else None
    args = ctx.fn.args
    plain = args.posonlyargs + args.args
    required = plain[:len(plain) - len(args.defaults)]
    if ctx.root and name != "self" and any(a.arg == name for a in required) \
            and ctx.is_data(ast.Name(id=name, ctx=ast.Load())):
        return ("tensor", None)  # a tensor argument of construct or of a jit function
    return None


def _returned_as_is(use: ast.Name, ctx) -> bool:
    """Is this read of a name the returned value itself, or an element of a returned tuple?"""
    for stmt in walk(ctx.fn):
        if isinstance(stmt, ast.Return) and stmt.value is not None and stmt.lineno == use.lineno:
            value = stmt.value
            return value is use or isinstance(value, (ast.Tuple, ast.List)) and any(e is use for e in value.elts)
    return False


@after_branches
def joined_value_mismatch(node: ast.If, ctx):
    """MSG205: a name the two branches of a tensor ``if`` leave as values MindSpore cannot join.

    In a Cell MindSpore 2.10 blames the last statement of the false branch, or
    of the true branch when there is no ``else``; in a jit function the ``if``
    (measured).
    """
    if not ctx.is_tensor_test(node.test) or _leaves(node.body) or _leaves(node.orelse):
        return
    end = node.end_lineno or node.lineno
    for name in sorted(_assigned(node.body) | _assigned(node.orelse)):
        use = ctx.first_use_after(name, end)
        if use is None:
            continue
        sides = []
        for block in (node.body, node.orelse):
            if name in _assigned(block):
                value = _last_value(block, name)
                sides.append(_structure(value, ctx) if value is not None else None)
            else:
                sides.append(_value_before(node, name, ctx))
        # An int and a float join when the name goes on into tensor arithmetic; returned as it is,
        # they do not (measured: control_join2_int_float_var.py, control_join3_int_float_return_var.py).
        found = _join_fails(*sides, numbers_join=not _returned_as_is(use, ctx))
        if found is not None:
            # A jit function is blamed at the `if`, a Cell at the false branch (measured).
            where = node if ctx.owner is None and ctx.root else (node.orelse or node.body)[-1]
            yield ctx.hit("MSG205", where, what=f"`{name}`", first=found[0], second=found[1],
                          effect=_join_effect(found[0], found[1], ctx))
            return


@on(ast.While)
def tensor_and_counter_test(node: ast.While, ctx):
    """MSG205: ``while delta > tol and i < n:`` with ``i`` a Python counter the body counts up:
    the ``and`` has a Tensor on one path and a Python bool on the other, which MindSpore cannot
    join ("Cannot join the return values of different branches"), at the ``while`` at both levels,
    when the body keeps the shapes it carries (measured, either order, blind batch 131 and stop
    32); one that concatenates onto a carried value is unrolled instead (wgrow_*.py)."""
    test = node.test
    if not isinstance(test, ast.BoolOp):
        return
    tested = rebound_in(node) & _names_in(test)[1]
    counters = ctx.bound_before(node, tested, _number_literal)
    if not counters or any(_grown(stmt) is not None and not _grown_by_data_slice(stmt, node, ctx)
                           for stmt in walk(node)) or _grown_through_call(node, ctx) is not None or any(
            _shrunk(stmt) is not None for stmt in node.body):
        # (a loop that concatenates onto what it carries, or drops a row of it, is unrolled
        # instead: MSG202's, blind batch 161's strip trimmer. Not when
        # what it adds is sliced at a data bound, `memory[pick:pick + 1]`: the carried value is
        # dynamic from the first pass, the loop is not unrolled, and the test fails to join as
        # without the concat; measured, blind batch 137)
        return
    if _counter_slice_append(node, ctx) is not None:
        return  # (the append fails first: MSG202's)
    built_first = bool(_built_tensor_first(node, ctx))
    for stmt in walk(node):
        name = _appends(stmt)
        use = ctx.first_use_after(name, node.end_lineno or node.lineno) if name is not None else None
        if use is not None and built_first and _concatenated_after(node, name, ctx):
            # (but with a test on a Tensor built from constants first, `delta = ops.ones(())`, the
            # `while` fails even so: measured, wl_refine_built_delta_empty_list_concat.py and blind
            # batch 229's scorer; from data, `ops.abs(x).mean()`, the concat: ..._data_delta_...)
            continue
        if use is not None and ctx.bound_before(node, {name}, _empty_list) and not _len_of(use, ctx):
            # a list made empty before the loop, appended in it and used after: the use fails
            # first (MSG202's "len of input_x ... got 0", either order of the test: blind batch
            # 140's rollout); one holding an item before the loop fails at the `while` (measured),
            # and so does one only measured by `len()` after it (blind batch 210's rejection sampler)
            return
    if _stacked_after(node, ctx):
        # `ops.stack(states)` of a list holding an item before the loop and appended in it: the
        # stack fails first ("TensorType object is not subscriptable", MSG202's), where
        # `ops.concat` or `len()` of it lets the `while` fail (measured: control_while_tensor_
        # counter_list_*.py, blind batches 148 and 149)
        return
    tensor = python = None
    carried = ctx.bound_before(node, tested, ctx._builds_tensor)
    for operand in test.values:
        if ctx.level == "LAX" and ctx.interpreted and _names_in(operand)[1] & set(ctx.interpreted):
            # `peak > 2 ** levels` with `peak = float(np.abs(x.asnumpy()).max())`: the interpreter
            # decides it (a Python bool, dynamic at the `while`: MSG526's), no Tensor to join
            # (measured, blind batch 159's pyramid)
            continue
        if ctx.is_tensor_test(operand) or _names_in(operand)[1] & carried:
            # (`delta = ops.ones(())` before the loop, recomputed from data in it: a Tensor)
            tensor = tensor or operand
        elif isinstance(operand, ast.Compare) and _names_in(operand)[1] & counters \
                and not ctx.is_data(operand):
            python = python or operand
    if tensor is not None and python is not None:
        yield ctx.hit("MSG205", node, stage="fails", what=f"the test `{short_text(test)}`", first="a Tensor",
                      second="a Python bool",
                      effect=f"`{short_text(python)}` compares a Python counter the loop counts up, and MindSpore "
                             f"cannot join it with the Tensor, so it fails to compile at both levels")


def _first_use_not_len(name: str, line: int, ctx) -> Optional[ast.Name]:
    """The first read of ``name`` after ``line`` other than ``len(name)``: a list a tensor `while`
    grows is measured by `len()` without failing (`if len(picked) == 0:`), the op given it whole
    fails (measured, blind batch 212's lane picker: the `ops.stack` after that test)."""
    later = sorted((n for n in ctx.name_nodes(name) if isinstance(n.ctx, ast.Load) and n.lineno > line),
                   key=lambda n: (n.lineno, n.col_offset))
    return next((n for n in later if not _len_of(n, ctx)), None)


def _len_of(use: ast.Name, ctx) -> bool:
    """Is ``use`` the argument of a ``len()`` call (the builtin)?"""
    return any(isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "len"
               and "len" not in ctx.env and len(sub.args) == 1 and sub.args[0] is use for sub in walk(ctx.fn))


def _built_tensor_first(loop: ast.While, ctx) -> set:
    """When ``loop``'s test is ``a and b`` whose first operand reads a Tensor built from constants
    before the loop and recomputed in it (``risk = Tensor(0.0)``, ``delta = ops.ones(())``), the
    Python counters another operand compares (``t < n`` with ``t = 0``); else nothing."""
    test = loop.test
    if not (isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And)):
        return set()
    rebound = rebound_in(loop)
    first = _names_in(test.values[0])[1] & rebound
    if not first or not ctx.bound_before(loop, first, ctx._builds_tensor):
        return set()
    counted = set().union(*(_names_in(v)[1] for v in test.values[1:])) & rebound
    return ctx.bound_before(loop, counted, _number_literal)


# full reductions and reshapes to a scalar: what they give has one shape, whatever they are given
_TO_ONE_SHAPE = frozenset({"mean", "sum", "max", "min", "prod", "norm", "all", "any", "item", "argmax", "argmin"})


def _counter_slice_append(loop: ast.While, ctx) -> Optional[Tuple[ast.stmt, str, str]]:
    """(append, list, why) for ``states.append(h)`` in a ``while`` on tensor data, with ``h``
    computed from a slice at a Python counter of the test (``seq[t:t + 1]``, also in a method of
    the Cell given the counter), when the list's items come to have different shapes, so that the
    append fails ("For ListAppend", both levels):

    - ``while risk < stop and t < n:`` (``risk`` a Tensor built from constants, ``t = 0``) on a list
      made empty: MindSpore compiles a first pass with the counter known, then the loop with it a
      variable, so the first item has a static shape and the next a dynamic one (measured: blind
      batch 229's scorer, wl_*_counter_slice_*.py);
    - any test comparing the counter (``i < n`` with ``n`` data, also ``i < n and i < 6``) on a list
      holding an item before the loop (of a static shape, against the loop's dynamic ones), or on
      one made empty and measured by ``len()`` after the loop (``if len(windows) == 0:``); made
      empty and given whole to an op after the loop with no ``len()``, the op fails first (an
      empty list to it, MSG202's use; measured: blind batch 267's stitch windows,
      wl_seeded_list_*.py, wl_empty_list_len_test_*.py, wl_counter_data_bound_*.py).

    An item of one shape (a full reduction of the slice, a constant slice) joins, and the op given
    the list after the loop is blamed."""
    counters = _built_tensor_first(loop, ctx)
    built_first = bool(counters)
    if not built_first:
        tested = _names_in(loop.test)[1] & rebound_in(loop)
        counters = {n for n in ctx.bound_before(loop, tested, _number_literal) if _counted(loop, n)}
    if not counters:
        return None

    def at_counter(sub: ast.AST, names: set) -> bool:
        return isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Slice) and any(
            part is not None and _names_in(part)[1] & names
            for part in (sub.slice.lower, sub.slice.upper, sub.slice.step))

    def sliced(expr: ast.AST, tainted: set) -> bool:
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and (
                expr.func.attr in _TO_ONE_SHAPE and not expr.args and not expr.keywords
                or expr.func.attr == "reshape" and len(expr.args) == 1
                and isinstance(expr.args[0], ast.Tuple) and not expr.args[0].elts):
            return False  # `(frame ** 2).mean()` has one shape, whatever `frame`'s
        if isinstance(expr, ast.Name):
            return expr.id in tainted and isinstance(expr.ctx, ast.Load)
        if at_counter(expr, counters):
            return True
        if not built_first and isinstance(expr, ast.Call) and is_self_attr(expr.func):
            # `self.window(profile, i)` returning `profile[i * w:(i + 1) * w]`
            callee = _callee_of(expr, ctx)
            if callee is not None:
                fn, _info, bound = callee
                given = {p for p, a in zip(_positional_params(fn, bound), expr.args)
                         if _names_in(a)[1] & counters}
                returned = [r.value for r in walk(fn) if isinstance(r, ast.Return) and r.value is not None]
                if given and len(returned) == 1 and at_counter(returned[0], given):
                    return True
        return any(sliced(child, tainted) for child in ast.iter_child_nodes(expr))

    tainted: set = set()
    for _ in range(2):  # (a value computed from one computed later in the body, on the next pass)
        for stmt in walk(loop):
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                    and sliced(stmt.value, tainted):
                tainted.add(stmt.targets[0].id)
    for stmt in walk(loop):
        name = _appends(stmt)
        if name is None or name in _assigned(loop.body):
            continue
        call = stmt.value
        if not (call.func.attr == "append" and len(call.args) == 1 and sliced(call.args[0], tainted)):
            continue
        if built_first:
            if ctx.bound_before(loop, {name}, _empty_list):
                return stmt, name, "first"
        elif ctx.bound_before(loop, {name}, _seeded_list):
            return stmt, name, "seeded"
        elif ctx.bound_before(loop, {name}, _empty_list) and _len_after(loop, name, ctx):
            return stmt, name, "first"
    return None


def _len_after(loop: ast.While, name: str, ctx) -> bool:
    """Is list ``name`` measured by ``len()`` after ``loop``?"""
    end = loop.end_lineno or loop.lineno
    return any(n.lineno > end and isinstance(n.ctx, ast.Load) and _len_of(n, ctx) for n in ctx.name_nodes(name))


def _concatenated_after(loop: ast.While, name: str, ctx) -> bool:
    """Is the first whole read of list ``name`` after ``loop`` an ``ops.concat``/``ops.cat``?"""
    site = _whole_use_site(name, loop.end_lineno or loop.lineno, ctx)
    return site is not None and ctx._callee_name(site[1]) in ("concat", "cat")


def _stacked_after(loop: ast.While, ctx) -> bool:
    """Is the first whole read of a list the loop appends to, after it, an ``ops.stack``?"""
    for stmt in walk(loop):
        name = _appends(stmt)
        if name is None:
            continue
        site = _whole_use_site(name, loop.end_lineno or loop.lineno, ctx)
        if site is not None and ctx._callee_name(site[1]) == "stack":
            return True
    return False


@on(ast.IfExp)
def conditional_expression_mismatch(node: ast.IfExp, ctx):
    """MSG205: ``a if <tensor data> else b`` whose arms MindSpore cannot join."""
    if not ctx.is_tensor_test(node.test):
        return
    found = _join_fails(_structure(node.body, ctx), _structure(node.orelse, ctx))
    if found is not None:
        yield ctx.hit("MSG205", node, what="the conditional expression", first=found[0], second=found[1],
                      effect=_join_effect(found[0], found[1], ctx))
