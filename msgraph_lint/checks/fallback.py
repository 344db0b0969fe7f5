"""Python objects the JIT fallback tolerates at LAX and STRICT rejects.

The facts (which builtins and modules the graph parser interprets) are in
``rules/tables/fallback.toml``; MSG504 and MSG505 in ``syntax`` read them too.
"""
from __future__ import annotations

import ast
from typing import Optional

from ..astwalk import walk
from ..catalog import load_table
from ..names import is_mindspore, last
from ..scopes import argument_defaults, is_self_attr, one_target_assignment
from ..values.lattice import CONST, FALLBACK, Val
from ..values.expressions import dict_display
from . import on

_TABLE = load_table("fallback")
INTERPRETED_MODULES = frozenset(_TABLE["modules"]["interpreted"])
BUILTINS_INTERPRETED_ON_DATA = frozenset(_TABLE["builtins"]["interpreted_on_data"])
_NUMPY_ARRAYS = frozenset(_TABLE["numpy"]["array_constructors"])
_NATIVE_LIST_METHODS = frozenset(_TABLE["lists"]["native_methods"])
# Calls known to return a str.
_STRING_FUNCTIONS = frozenset({"os.path.join", "os.path.basename", "os.path.dirname", "os.path.abspath",
                               "os.path.realpath", "os.path.expanduser", "os.getcwd"})
_STRING_RESULTS = frozenset({"upper", "lower", "format", "strip", "lstrip", "rstrip", "replace", "join",
                             "capitalize", "title", "casefold"})
# str.join is MSG505's; every other str method but the native ones fails at STRICT.
STRICT_STRING_METHODS = frozenset(m for m in dir(str) if not m.startswith("_")) \
    - frozenset(_TABLE["strings"]["native_methods"]) - {"join"}

# MindSpore namespaces whose lowercase functions build Tensors.
_TENSOR_FACTORIES = ("mindspore.ops.", "mindspore.mint.", "mindspore.numpy.")
_NOT_TENSORS = frozenset({"shape", "dtype", "rank", "size", "is_tensor", "isconstant", "get_shape", "typeof"})


def built_tensor(expr: ast.AST, ctx, depth: int = 0) -> bool:
    """Is ``expr`` a Tensor built from constants: ``Tensor(...)``, ``ops.ones(...)``, a local
    name whose one assignment before it is one of those, or a Tensor ``__init__`` stored?"""
    if isinstance(expr, ast.Call):
        qualified = ctx.qualname(expr.func)
        if qualified in ("mindspore.Tensor", "mindspore.tensor", "mindspore.common.tensor.Tensor"):
            return True
        tail = last(qualified) if qualified else ""
        return bool(is_mindspore(qualified) and qualified.startswith(_TENSOR_FACTORIES) and tail[:1].islower()
                    and tail not in _NOT_TENSORS)
    if is_self_attr(expr) and ctx.owner is not None:
        attr = ctx.owner.attr(expr.attr)
        return attr is not None and attr.kind == "tensor"  # self.table = Tensor(...) in __init__
    if isinstance(expr, ast.Name) and depth == 0:
        value = _last_assignment(expr, ctx)
        return value is not None and built_tensor(value, ctx, depth + 1)
    return False


def _last_assignment(name: ast.Name, ctx) -> Optional[ast.AST]:
    """The value of the one plain ``name = value`` in this function before ``name``'s line,
    when the name is bound nowhere else (no loops, tuple targets or augmented writes)."""
    by_name, params = bindings(ctx.fn)
    found = by_name.get(name.id)
    if found is None or len(found) != 1 or name.id in params:
        return None
    node, plain = found[0]
    return node.value if plain and node.lineno < name.lineno else None


def bindings(fn: ast.AST):
    """Every binding of each name in ``fn`` (assignment, augmented or annotated assignment, loop,
    ``with`` and walrus targets, nested functions included) as ``(statement, is a plain
    name = value)``, and the names of its parameters; cached on the function's node, since the
    checks ask for every name they meet on every pass."""
    cached = getattr(fn, "_msgl_bindings", None)
    if cached is not None:
        return cached
    found = {}
    for node in walk(fn):
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.With, ast.NamedExpr)):
            targets = [getattr(node, "target", None)] + [getattr(i, "optional_vars", None)
                                                         for i in getattr(node, "items", ())]
        else:
            continue
        for target in targets:
            if target is None:
                continue
            for sub in walk(target):
                if isinstance(sub, ast.Name):
                    found.setdefault(sub.id, []).append(
                        (node, isinstance(node, ast.Assign) and target is sub))
    params = frozenset(a.arg for a in walk(fn.args) if isinstance(a, ast.arg))
    fn._msgl_bindings = (found, params)
    return fn._msgl_bindings


def host_made(arg: ast.expr, ctx) -> bool:
    """Is the argument a value only a copy to the host made (a NumPy array or list from
    ``.asnumpy()``/``.tolist()``), or a list or tuple whose tensor-data items all are?"""
    if isinstance(arg, (ast.List, ast.Tuple)):
        data = [e for e in arg.elts if ctx.is_data(e)]
        return bool(data) and all(host_made(e, ctx) for e in data)
    return ctx.val(arg).tag in ("np", FALLBACK)


def mentions_data(expr: ast.AST, ctx, optional: bool = True) -> bool:
    """Does ``expr`` read tensor data anywhere, even only for its ``.shape``? With ``optional``
    False, a parameter that defaults to ``None`` (and is not rebound) does not count: it holds
    None unless a caller passes a Tensor."""
    for sub in walk(expr):
        if isinstance(sub, (ast.Name, ast.Attribute)) and isinstance(sub.ctx, ast.Load) and ctx.is_data(sub) \
                and (optional or ctx.val(sub).tag != "optional"):
            return True
    return False


def in_constant_raise(node: ast.AST, ctx) -> bool:
    """Is ``node`` inside a ``raise`` that only compile-time conditions guard?

    Such a raise either never runs (MindSpore does not compile the branch) or
    always runs (the program fails in Python too), so what its message does
    is not a graph hazard (tests/cases/syntax_strict_raise_percent_dead_shape.py).
    """
    if any(data for _, _, data in ctx.branch_stack):
        return False
    raises = getattr(ctx, "_raise_nodes", None)
    if raises is None or raises[0] is not ctx.fn:
        ids = set()
        for stmt in walk(ctx.fn):
            if isinstance(stmt, ast.Raise):
                ids.update(id(sub) for sub in walk(stmt))
        raises = (ctx.fn, ids)
        ctx._raise_nodes = raises
    return id(node) in raises[1]


@on(ast.Dict, ast.DictComp)
def tensor_dict_key(node, ctx):
    """MSG509: a dict literal or comprehension keyed by tensor data (MindSpore accepts constant keys only)."""
    keys_of = _dict_key_names(node) if isinstance(node, ast.DictComp) else set()
    for key in ([node.key] if isinstance(node, ast.DictComp) else node.keys):
        read = [n for n in walk(key) if isinstance(n, ast.Name)] if key is not None else []
        if keys_of and any(n.id in keys_of for n in read) \
                and all(n.id in keys_of or not ctx.is_data(n) for n in read):
            continue  # `{k[6:]: v for k, v in kwargs.items()}`: the keys of a dict are already constants
        if key is not None and (ctx.is_data(key) or _tensor_attribute_item(key, ctx)):
            yield ctx.hit("MSG509", node, key=ast.unparse(key))
            return


@on(ast.Assign)
def tensor_dict_key_store(node: ast.Assign, ctx):
    """MSG509: ``seen[doc_id] = v`` into a dict, with a key that is tensor data (``int(ids[j])``):
    refused at both levels ("dict_setitem evaluator key only supports ...", blind batch 139)."""
    for target in node.targets:
        if isinstance(target, ast.Subscript) and not isinstance(target.slice, ast.Slice) \
                and (ctx.is_data(target.slice) or _tensor_attribute_item(target.slice, ctx)) \
                and (ctx.val(target.value).tag == "dict" or _dict_kept_on_cell(target.value, ctx)
                     or _dict_of_module(target.value, ctx)):
            yield ctx.hit("MSG509", target, key=ast.unparse(target.slice))
            return


def _dict_of_module(value: ast.expr, ctx) -> bool:
    """``TABLE`` with ``TABLE = {}`` (or ``dict()``) bound once at module level and not by this
    function: a dict of the module, refused an item under a key from tensor data the same way
    (measured at both levels, blind batch 236's transposition table)."""
    if not isinstance(value, ast.Name) or ctx.stores(value.id):
        return False
    return dict_display(ctx.index.module_values.get(value.id))


def _dict_kept_on_cell(value: ast.expr, ctx) -> bool:
    """``self.cache`` with ``self.cache = {}`` (or ``dict()``) in ``__init__``: a dict the Cell keeps
    (an item stored under a key from tensor data is refused at LAX the same way; measured, blind
    batch 210's cached projector)."""
    return ctx._kept_dict(value)


def _tensor_attribute_item(key: ast.expr, ctx, depth: int = 0) -> bool:
    """``self.thresholds[i]`` of a Tensor the Cell's ``__init__`` built (not a Parameter), read
    there or through a local bound once to it: the Tensor itself is a constant key, but an item
    of it is not ("dict_setitem evaluator key only supports ... but got ValueAny", both levels;
    measured, syntax_dict_key_*.py, blind batch 207's exceedance table)."""
    if isinstance(key, ast.Name) and depth == 0:
        stores = ctx.stores(key.id)
        assign = one_target_assignment(ctx.fn, stores[0]) if len(stores) == 1 else None
        return assign is not None and assign.targets[0] is stores[0] \
            and _tensor_attribute_item(assign.value, ctx, 1)
    if not (isinstance(key, ast.Subscript) and is_self_attr(key.value) and ctx.owner is not None):
        return False
    attr = ctx.owner.attr(key.value.attr)
    return attr is not None and attr.kind == "tensor"


def _dict_key_names(node: ast.DictComp) -> set:
    """Names a comprehension binds to the keys of a dict: ``k`` in ``for k, v in d.items()``,
    in ``for k in d.keys()`` and in ``for k in d`` when the comprehension reads ``d[k]``."""
    names = set()
    for gen in node.generators:
        it = gen.iter
        if isinstance(it, ast.Name) and isinstance(gen.target, ast.Name) and any(
                isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id == it.id
                and isinstance(n.slice, ast.Name) and n.slice.id == gen.target.id for n in walk(node)):
            names.add(gen.target.id)  # `{k: d[k] * w for k in d}`: iterating d gives its keys
            continue
        if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and not it.args):
            continue
        if it.func.attr == "items" and isinstance(gen.target, ast.Tuple) and gen.target.elts \
                and isinstance(gen.target.elts[0], ast.Name):
            names.add(gen.target.elts[0].id)
        elif it.func.attr == "keys" and isinstance(gen.target, ast.Name):
            names.add(gen.target.id)
    return names


@on(ast.Return)
def numpy_array_returned(node: ast.Return, ctx):
    """MSG510: the graph's own function returns a NumPy array (STRICT has no type for it).

    NumPy scalars are returned as numbers; only arrays the function builds count.
    """
    if not ctx.root or node.value is None or ctx.level != "STRICT":
        return
    parts = node.value.elts if isinstance(node.value, (ast.Tuple, ast.List)) else [node.value]
    for part in parts:
        made = _last_assignment(part, ctx) if isinstance(part, ast.Name) else part
        if isinstance(made, ast.Call) and ctx.val(part).kind == CONST:
            qualified = ctx.qualname(made.func) or ""
            if qualified.startswith("numpy.") and last(qualified) in _NUMPY_ARRAYS:
                # A Cell's construct is blamed where the array is made, an @ms.jit function at
                # its return (syntax_strict_frag_causal_mask_returned.py, syntax_strict_jit_np_array_returned.py)
                at = made if ctx.owner is not None else node
                yield ctx.hit("MSG510", at, expr=ast.unparse(part))
                return


@on(ast.Call)
def string_method_at_strict(node: ast.Call, ctx):
    """MSG511: a ``str`` method STRICT's graph strings do not have, on a known string; and any
    ``str`` method on a string that holds a tensor's value (``f"loss={loss}"``)."""
    func = node.func
    if not isinstance(func, ast.Attribute) or not (func.attr in STRICT_STRING_METHODS or func.attr in _NATIVE_STRING):
        return
    holds_data = data_string(func.value, ctx)
    if func.attr in _NATIVE_STRING:
        if holds_data:
            # `f"loss={loss}".upper()`: the graph's StringUpper needs a constant (measured, batch 108)
            yield ctx.hit("MSG511", node, method=func.attr,
                          effect="the string holds a tensor's value, which graph strings cannot, so this "
                                 "fails to compile at both levels")
        return
    if ctx.level == "STRICT":
        if _is_string(func.value, ctx):
            yield ctx.hit("MSG511", node, method=func.attr, effect="STRICT strings have no such method")
    elif holds_data:
        # `msg.split("=")` of `msg = f"loss={loss}"`: LAX hands it to the interpreter (batch 108)
        yield ctx.hit("MSG511", node, method=func.attr,
                      effect="the string holds a tensor's value, so at LAX the Python interpreter runs it, "
                             "with dynamic shapes (STRICT strings have no such method)")


_NATIVE_STRING = frozenset(_TABLE["strings"]["native_methods"]) - {"format"}


def data_string(expr: ast.AST, ctx) -> bool:
    """An f-string that formats tensor data, or a local last bound to one."""
    if isinstance(expr, ast.JoinedStr):
        return any(isinstance(part, ast.FormattedValue) and ctx.is_data(part.value) for part in expr.values)
    if isinstance(expr, ast.Name):
        value = _last_assignment(expr, ctx)
        return isinstance(value, ast.JoinedStr) and data_string(value, ctx)
    return False


def _is_string(expr: ast.AST, ctx, depth: int = 0) -> bool:
    """A literal or known constant string, an f-string, ``"a" + b`` of one, or a local holding one."""
    if isinstance(expr, ast.Constant):
        return isinstance(expr.value, str)
    if isinstance(expr, ast.JoinedStr):
        return True
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        return _is_string(expr.left, ctx, depth) or _is_string(expr.right, ctx, depth)
    if isinstance(expr, ast.Call):
        func = expr.func
        if isinstance(func, ast.Name) and func.id == "str" and func.id not in ctx.env:
            return not any(ctx.is_data(a) for a in expr.args)  # str() of tensor data is MSG505's
        if isinstance(func, ast.Attribute) and func.attr in _STRING_RESULTS and _is_string(func.value, ctx, depth):
            return True
        return ctx.qualname(func) in _STRING_FUNCTIONS
    known = ctx.val(expr).known
    if known is not None:
        return isinstance(known[0], str)
    if isinstance(expr, ast.Name) and depth == 0:
        value = _last_assignment(expr, ctx)
        return value is not None and _is_string(value, ctx, depth + 1)
    return False


def interpreted_list_method(node: ast.Call, ctx) -> bool:
    """``xs.sort()`` and other list methods the graph lacks, on a local list holding tensor data."""
    func = node.func
    if not isinstance(func, ast.Attribute) or func.attr in _NATIVE_LIST_METHODS \
            or func.attr not in _LIST_ONLY_METHODS or not isinstance(func.value, ast.Name):
        return False
    made = _last_assignment(func.value, ctx)
    if not isinstance(made, (ast.List, ast.ListComp)):
        return False
    elts = made.elts if isinstance(made, ast.List) else [made.elt]
    return any(mentions_data(e, ctx) for e in elts)


# Only the measured one: `remove` and friends are not known either way.
_LIST_ONLY_METHODS = frozenset({"sort"})


def cell_list_data_bound(node: ast.expr, ctx) -> Optional[ast.expr]:
    """The bound from tensor data (not the interpreter's) that an ``nn.CellList`` is sliced at
    (``self.blocks[:int(stage)]``), if ``node`` is such a slice."""
    if not (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice) and isinstance(node.ctx, ast.Load)
            and ctx.val(node.value).tag == "cell_list"):
        return None
    return next((part for part in (node.slice.lower, node.slice.upper, node.slice.step)
                 if part is not None and ctx.is_data(part) and not ctx.holds_interpreted(part)), None)


@on(ast.Subscript)
def container_indexed_by_data(node: ast.Subscript, ctx):
    """MSG525: a Python dict, or a tuple or list of Python values, read with tensor data as the key
    or index. A dict's key must be a compile-time constant: a Tensor, ``.item()`` or ``int()`` of
    one fails at both levels ("dict_getitem evaluator key only supports ..."). A tuple of numbers
    indexed by a Tensor is read in the interpreter at LAX (dynamic) and refused at STRICT; by
    ``.item()`` it compiles at LAX and fails at STRICT (measured, batch 91)."""
    bound = cell_list_data_bound(node, ctx)
    if bound is not None:
        # `self.blocks[:int(stage)]`: the layers a slice keeps must be known while compiling; a
        # bound from tensor data fails at both levels (SequenceSlice: "Unsupported data type" on
        # CPU, refused at STRICT; measured, blind batch 354's progressive generator)
        # (at LAX the compile goes on, iterating the slice zero times, and the run fails at it: a
        # list a loop over it fills is empty, and the op given it fails first, MSG202)
        strict = ctx.level == "STRICT"
        yield ctx.hit("MSG525", node, "fails" if strict else "passes", container=ast.unparse(node.value),
                      what="an nn.CellList", index=ast.unparse(bound),
                      effect="the layers a slice of it keeps must be known while compiling, so it fails to compile"
                      if strict else "the layers a slice of it keeps must be known while compiling: graph mode "
                      "iterates it zero times, and the run fails at the slice")
        return
    if not isinstance(node.ctx, ast.Load) or isinstance(node.slice, (ast.Slice, ast.Tuple)):
        return
    if not ctx.is_data(node.slice) or ctx.holds_interpreted(node.slice):
        # (at LAX a key the interpreter holds, an item of `ids.tolist()`, makes the interpreter read
        # the container: dynamic downstream, not a failure; measured, dict_literal_read_in_tolist_loop.py)
        return
    if ctx.val(node.value).tag == "cell_list":
        if _int64_index(node.slice, ctx):
            # `self.heads[x.argmax()](x)`: graph mode picks the layer with switch_layer, which takes
            # an int32 index only ("switch_layer index must be an int32, but got Int64"; an int32
            # Tensor or `.item()` compiles: measured, batches 88 and 91)
            yield ctx.hit("MSG525", node, container=ast.unparse(node.value), what="an nn.CellList",
                          index=ast.unparse(node.slice),
                          effect="an index from `argmax` is int64, and graph mode picks a layer by an int32 "
                                 "Tensor only, so it fails to compile (cast it with `.astype(ms.int32)`)")
        return
    container = _python_container(node.value, ctx)
    if container is None:
        return
    known = container.known[0] if container.known is not None else None
    if container.tag == "dict":
        kind = "dict"
    elif isinstance(known, (tuple, list)) and known and all(type(e) in (int, float, bool, str) for e in known):
        kind = "tuple"  # (a list kept on the Cell is a tuple in graph mode)
    elif known is None and container.tag == "tuple" and container.elts \
            and all(e.kind == CONST and not e.tag for e in container.elts):
        kind = "tuple"
    else:
        return  # (a tuple of tensors or of unknown items: not measured)
    scalar = ctx.val(node.slice).tag == "scalar"
    if kind == "tuple" and ctx.loop_variables and {
            n.id for n in walk(node.slice) if isinstance(n, ast.Name) and ctx.is_data(n)} <= ctx.loop_variables:
        # `self.nums[j]` with `j` a Python counter a `while` on tensor data steps: a variable of the
        # graph loop, which reads a tuple of numbers statically at both levels (measured:
        # control_while_tensor_test_counter_indexes_list.py, MindSpore's troubleshooter test)
        return
    strings = kind == "tuple" and (
        all(type(e) is str for e in known) if isinstance(known, (tuple, list)) and known
        else bool(container.elts) and all(isinstance(e.known, tuple) and type(e.known[0]) is str
                                          for e in container.elts))
    stops = kind == "dict"
    if kind == "dict":
        what, effect = "dict", "graph mode fails to compile it (dict keys must be compile-time constants)"
    elif scalar and strings:
        # `self.layer_names[int(richest)]`: the tuple is read by RealTupleGetItem, which has no
        # kernel for strings, and the compile fails there at both levels (measured on CPU, blind
        # batch 274's excavation layers, tuple_str_read_at_*.py; at a Tensor index LAX reads it
        # in the interpreter instead, dynamic)
        what, stops = "tuple of strings", True
        effect = ("graph mode reads it with RealTupleGetItem, which has no kernel for strings, so it fails "
                  "to compile at both levels")
    elif scalar:
        if ctx.level != "STRICT" or _int64_scalar(node.slice, ctx):
            # (`self.weights[int(k)]`, `self.weights[k.item()]` with `k` an argmax: an int64 index
            # reads a tuple of numbers at both levels; an int32 one, `n.item()` of an int32 input,
            # fails at STRICT; measured, tuple_num_read_at_*.py, syntax_list_index_item.py)
            return
        what, effect = "tuple", "STRICT fails to compile it"
    else:
        what = "tuple"
        effect = ("at LAX it is read in the Python interpreter, with dynamic shapes (STRICT fails to compile it)"
                  if ctx.level == "LAX" else "STRICT fails to compile it")
    # (a dict read so stops the compile there: what follows is never compiled)
    yield ctx.hit("MSG525", node, "fails" if stops else "", container=ast.unparse(node.value),
                  what=f"a Python {what}", index=ast.unparse(node.slice), effect=effect)


@on(ast.Call)
def dict_get_by_data(node: ast.Call, ctx):
    """MSG525: ``d.get(key, default)`` of a Python dict with tensor data as the key fails to
    compile like ``d[key]`` (dict_getitem at LAX; the interpreted ``in`` test at STRICT; measured,
    ``dict_get_data_key_*.py``); it stops the compile there."""
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr == "get" and 1 <= len(node.args) <= 2
            and not node.keywords and ctx.is_data(node.args[0])) or ctx.holds_interpreted(node.args[0]):
        return
    container = _python_container(func.value, ctx)
    if container is None or container.tag != "dict":
        return
    yield ctx.hit("MSG525", node, "fails", container=ast.unparse(func.value), what="a Python dict",
                  index=ast.unparse(node.args[0]),
                  effect="graph mode fails to compile it (dict keys must be compile-time constants)")


def _python_container(value: ast.expr, ctx) -> Optional[Val]:
    """The value of a dict, tuple or list read by a key or index, when graph mode keeps it as a
    Python value (a Cell's dict attribute, a module's dict, a constant); None when it is not one
    or its keys are all names."""
    keys = _dict_attribute(value, ctx)
    if keys is None and isinstance(value, ast.Name) and value.id not in ctx.env:
        # `TABLE[int(k)]` of a module's dict (measured: dict_key_module_int_of_tensor.py)
        keys = _dict_keys(value, ctx, None)
    if keys is not None:
        if all(isinstance(k, str) for k in keys):
            # `self.heads[task]`, `self.weight_dict[k]` keyed by names: a tensor key could never
            # match one, eagerly either, so what reads it is a name, whatever the analysis assumes
            return None
        return Val(CONST, "dict")
    container = ctx.val(value)
    if container.kind != CONST or (container.tag == "dict" and container.ref):
        return None  # (`ref` holds a dict literal's string keys: keyed by names, as above)
    return container


def _dict_attribute(node: ast.expr, ctx) -> Optional[list]:
    """The keys of ``self.<name>`` when ``__init__`` sets it to dict literals with constant keys
    and nothing else changes it (a Python dict in graph mode); else None."""
    if not is_self_attr(node) or ctx.owner is None:
        return None
    attr = ctx.owner.attrs.get(node.attr)
    if attr is None or attr.kind not in ("const", "unknown"):
        return None
    stored = ctx.index.init_stores(ctx.owner, node.attr)
    init = ctx.owner.methods.get("__init__")
    literals = [_dict_keys(v, ctx, init) for v in stored or ()]
    if not literals or any(d is None for d in literals):
        return None
    return [k for d in literals for k in d]


def _dict_keys(value: ast.expr, ctx, init) -> Optional[list]:
    """The constant keys of the dict that ``value`` stores, a literal or a comprehension keyed by
    numbers: written there, a module constant (``self.id2label = ID2LABEL``), or the fallback of an
    ``__init__`` argument that defaults to None (``id2label or ID2LABEL``, blind batch 127); else
    None."""
    if isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or) and init is not None:
        defaults = argument_defaults(init)
        if not all(isinstance(v, ast.Name) and isinstance(defaults.get(v.id), ast.Constant)
                   and defaults[v.id].value is None for v in value.values[:-1]):
            return None
        value = value.values[-1]
    elif isinstance(value, ast.IfExp) and init is not None:
        # `productions if productions is not None else PRODUCTIONS` (and the other way round),
        # for an argument defaulting to None (blind batch 173's grammar scorer)
        value = _default_arm(value, argument_defaults(init))
        if value is None:
            return None
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "dict" \
            and len(value.args) == 1 and not value.keywords and "dict" not in ctx.index.functions \
            and "dict" not in ctx.index.classes:
        value = value.args[0]  # `dict(PART_WEIGHTS)`: a copy of that dict (blind batch 221)
    if isinstance(value, ast.Name) and value.id in ctx.index.module_values:
        value = ctx.index.module_values[value.id]
    if isinstance(value, ast.Dict) and value.keys and all(isinstance(k, ast.Constant) for k in value.keys):
        return [k.value for k in value.keys]
    if ctx._builds_dict(value) and not any(
            isinstance(key, ast.Constant) and isinstance(key.value, str)
            for node in walk(ctx.helper_of(value))
            for key in ([node.slice] if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store)
                        else node.keys if isinstance(node, ast.Dict) else [])):
        # `self.table = token_family_table()`, a helper of the module filling a dict by numbers
        # (`table[t] = fam` over `range`): keyed like a literal (blind batch 371's event families)
        return [0]
    if isinstance(value, ast.DictComp) and _numbered(value):
        # `{f: zone(f) for f in range(24)}`: keyed by numbers like a literal (blind batch 271's
        # floor-to-zone table, read at `int(floor)`: dict_getitem fails at both levels)
        return [0]
    return None


def _numbered(comp: ast.DictComp) -> bool:
    """Are the keys of ``comp`` the numbers a ``range()`` or the index ``enumerate()`` gives
    (``{i: ... for i in range(n)}``, ``{i: name for i, name in enumerate(NAMES)}``)?"""
    if len(comp.generators) != 1 or not isinstance(comp.key, ast.Name):
        return False
    gen = comp.generators[0]
    call = gen.iter
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
        return False
    if call.func.id == "range":
        target = gen.target
    elif call.func.id == "enumerate" and isinstance(gen.target, ast.Tuple) and gen.target.elts:
        target = gen.target.elts[0]
    else:
        return False
    return isinstance(target, ast.Name) and target.id == comp.key.id


def _default_arm(value: ast.IfExp, defaults) -> Optional[ast.expr]:
    """The arm of ``arg if arg is not None else DEFAULT`` (or ``DEFAULT if arg is None else arg``)
    that is not the argument, when ``arg`` is an ``__init__`` argument defaulting to None."""
    test = value.test
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Name)
            and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None
            and isinstance(test.ops[0], (ast.Is, ast.IsNot))):
        return None
    name = test.left.id
    default = defaults.get(name)
    if not (isinstance(default, ast.Constant) and default.value is None):
        return None
    arg, other = (value.body, value.orelse) if isinstance(test.ops[0], ast.IsNot) else (value.orelse, value.body)
    return other if isinstance(arg, ast.Name) and arg.id == name else None


def _int64_scalar(index: ast.expr, ctx) -> bool:
    """A Python int from data that is int64 to the graph: ``int(t)``, or ``.item()`` of an index
    ``argmax`` gives, directly or through a name bound once to it."""
    index = bound_once(index, ctx)
    if not isinstance(index, ast.Call):
        return False
    if isinstance(index.func, ast.Name) and index.func.id == "int" and "int" not in ctx.env \
            and "int" not in ctx.index.functions:
        return True
    return isinstance(index.func, ast.Attribute) and index.func.attr == "item" and not index.args \
        and _int64_index(index.func.value, ctx)


def _int64_index(index: ast.expr, ctx) -> bool:
    """An index ``ops.argmax`` / ``Tensor.argmax`` gives (int64 in MindSpore 2.10; the ``Argmax``
    primitive, ``argmin`` and ``topk`` give int32), directly or through a name bound once to it."""
    index = bound_once(index, ctx)
    return isinstance(index, ast.Call) and ctx._callee_name(index) == "argmax"


def bound_once(index: ast.expr, ctx) -> Optional[ast.expr]:
    """``index`` itself, or for a name, the value the one plain assignment of the function binds
    it to (None when there are several or none)."""
    if not isinstance(index, ast.Name):
        return index
    bound = [stmt.value for stmt in walk(ctx.fn) if isinstance(stmt, ast.Assign)
             and any(isinstance(t, ast.Name) and t.id == index.id for t in stmt.targets)]
    return bound[0] if len(bound) == 1 else None


def _set_call(value: Optional[ast.expr], ctx) -> bool:
    """``set(...)`` or ``frozenset(...)``, the builtins (not shadowed)."""
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Name) \
        and value.func.id in ("set", "frozenset") and value.func.id not in ctx.names.aliases \
        and value.func.id not in ctx.index.functions


def holds_python_set(expr: ast.expr, ctx) -> bool:
    """Is ``expr`` a Python set: ``set(...)`` here, a local every binding of which makes one, or
    an attribute ``__init__`` set to one (a call, a display or a comprehension there)? Set
    displays in graph code are MSG508's: MindSpore refuses them where they stand."""
    if _set_call(expr, ctx):
        return expr.func.id not in ctx.env
    if isinstance(expr, ast.Name):
        stores = ctx.stores(expr.id)
        if not stores or expr.id not in ctx.env:
            return False
        for store in stores:
            assign = one_target_assignment(ctx.fn, store)
            if assign is None or assign.targets[0] is not store or not _set_call(assign.value, ctx) \
                    or assign.value.func.id in ctx.env:
                return False
        return True
    if is_self_attr(expr) and ctx.owner is not None:
        attr = ctx.owner.attr(expr.attr)
        if attr is None:
            return False
        value = attr.call if attr.call is not None else attr.node
        return _set_call(value, ctx) or isinstance(value, (ast.Set, ast.SetComp))
    return False


def set_membership_of_data(test: ast.expr, ctx) -> Optional[tuple]:
    """For ``test`` (``c not in seen``), a membership test of tensor data in a Python set, which the
    interpreter evaluates at LAX (and STRICT refuses: MSG505): the operator and the set's
    expression; else None."""
    if not isinstance(test, ast.Compare):
        return None
    left = test.left
    for op, right in zip(test.ops, test.comparators):
        if isinstance(op, (ast.In, ast.NotIn)) and ctx.is_data(left) and holds_python_set(right, ctx):
            return op, right
        left = right
    return None


@on(ast.Call)
def extreme_of_interpreter_list(node: ast.Call, ctx):
    """MSG526: at LAX, the builtin ``max(xs)`` or ``min(xs)`` of a list ``.tolist()`` made (the
    interpreter's) fails to compile there: MindSpore compiles the reduction over a sequence of
    unknown length with an op the CPU has no kernel for ("Unsupported op [IsDimUnKnown]"; measured,
    blind batch 274's inscription trimmer, tolist_{max,min}_builtin_*.py). ``sum(xs)``,
    ``sorted(xs)``, ``max(a, b)`` of two of its numbers and ``max()`` of a NumPy array are read in
    the interpreter, dynamic; STRICT refuses the ``.tolist()`` first."""
    func = node.func
    if ctx.level != "LAX" or not ctx.interpreted or not (
            isinstance(func, ast.Name) and func.id in ("max", "min") and func.id not in ctx.env
            and func.id not in ctx.index.functions and len(node.args) == 1 and not node.keywords
            and isinstance(node.args[0], ast.Name) and node.args[0].id in ctx.interpreted):
        return
    name = node.args[0].id
    assign = next((one_target_assignment(ctx.fn, store) for store in ctx.stores(name)), None) \
        if len(ctx.stores(name)) == 1 else None
    value = assign.value if assign is not None else None
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
            and value.func.attr == "tolist" and not value.args):
        return
    yield ctx.hit("MSG526", node, "fails", name=name, line=ctx.interpreted[name],
                  effect=f"`{func.id}()` of the interpreter's list is compiled as a reduction over a sequence of "
                         "unknown length, with an op the CPU has no kernel for (IsDimUnKnown), so compiling fails here")
