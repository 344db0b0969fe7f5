"""Cells that can never be built, so that their construct is never compiled.

A Cell whose ``__init__`` raises in every mode hides every hazard of its
construct behind that one failure. The source alone decides many of them:
a name MindSpore 2.10 or NumPy lacks (MSG517), a PyTorch ``nn.Module``
method a Cell lacks, a MindSpore class built with arguments its constructor
refuses, ``super(Other, self)``, a name nothing binds, a non-Tensor stored on
a layer's Parameter, and a sub-Cell or base that cannot be built either
(MSG523 reports the failures at ``__init__``'s own lines). Only statements
that run on every path count.
"""
from __future__ import annotations

import ast
import builtins
import re
from typing import List, Optional, Tuple

from ..astwalk import walk
from .. import missing_names
from .. import ops as optable
from ..names import is_mindspore
from ..scopes import ClassInfo, ModuleIndex, ancestor_bases
from .callers import parents


def refuses_graph_mode(info: ClassInfo, index: ModuleIndex) -> bool:
    """Can the Cell never be built in graph mode, so that its construct is never compiled,
    whatever it holds? Its ``__init__`` (or the base ``__init__`` it runs), on every path:

    - raises unless the context is PyNative (mindquantum's MQOps);
    - reads a MindSpore or NumPy name 2.10 lacks, or calls a PyTorch ``nn.Module`` method a
      MindSpore Cell lacks (MSG517 reports these);
    - never runs ``Cell.__init__``, stores a non-Tensor on a layer's Parameter, reads a name
      nothing binds, calls ``super(Other, self)`` for a class it does not derive from, or builds
      a MindSpore class with arguments its constructor refuses (left to Python's own error);
    - builds a sub-Cell, or runs a base ``__init__``, that can never be built."""
    init = info.methods.get("__init__")
    if init is None:
        # the base's __init__ runs (a base of this module)
        base = _module_base(info, index)
        return base is not None and _refuses_guarded(base, index)
    cached = getattr(init, "_msgl_refuses", None)
    if cached is None:
        init._msgl_refuses = False  # (a Cell that builds itself, through a cycle, stops here)
        cached = init._msgl_refuses = bool(
            ("get_context" in index.source and _raises_outside_pynative(init, index))
            or missing_names.init_reads(init, missing_names.scan(index))
            or _never_initialised(info, index) or _replaces_layer_parameter(init, info, index)
            or _always_raises(init.body, _unbound_names_read(init, info, index))
            or _super_of_a_stranger(init, info, index)
            or member_gaps(init, info, index) or _builds_with_refused_arguments(init, info, index)
            or _layer_gaps(init, info, index) or _builds_what_cannot_be_built(init, info, index))
    return cached


# nn.Module methods that code ported from PyTorch calls on Cells. Each is judged against the names
# MindSpore 2.10's Cell classes have (the name table lists their members), never assumed missing.
MODULE_METHODS = frozenset((
    "add_module", "register_module", "register_parameter", "modules", "named_modules", "children",
    "named_children", "parameters", "named_parameters", "buffers", "named_buffers", "zero_grad", "cuda", "cpu",
    "half", "float", "double", "bfloat16", "eval", "train", "requires_grad_", "get_submodule", "get_parameter"))
_MODULE_METHOD_CALL = re.compile(r"\.(?:%s)\(" % "|".join(sorted(MODULE_METHODS)))
# The Cell classes whose members the name table lists, by their last name
_LISTED_CELLS = {"Cell": "mindspore.nn.Cell", "SequentialCell": "mindspore.nn.SequentialCell",
                 "CellList": "mindspore.nn.CellList", "CellDict": "mindspore.nn.CellDict"}


def _source_has(index: ModuleIndex, pattern: "re.Pattern") -> bool:
    """Does the module's text match ``pattern`` anywhere? Asked for every ``__init__``: searched once
    per module and kept on its index."""
    found = index.__dict__.setdefault("_msgl_source_has", {})
    if pattern not in found:
        found[pattern] = pattern.search(index.source) is not None
    return found[pattern]


def member_gaps(init: ast.FunctionDef, info: ClassInfo, index: ModuleIndex) -> List[Tuple[ast.AST, str, str, str]]:
    """PyTorch ``nn.Module`` methods that ``__init__`` calls, on every path, on a Cell whose class
    is MindSpore's and lacks them: ``self.add_module(...)`` in a Cell of ``nn.Cell``, or
    ``self.head.add_module(...)`` on an ``nn.SequentialCell()`` (DWAL's ``VGG16Fc``, census 7330:
    AttributeError, so the Cell is never built). (node, namespace, name, spelled), like
    ``missing_names.init_reads``; kept on the node."""
    cached = getattr(init, "_msgl_member_gaps", None)
    if cached is not None:
        return cached
    gaps: List[Tuple[ast.AST, str, str, str]] = []
    if _source_has(index, _MODULE_METHOD_CALL):
        own = None  # the MindSpore class `self` is, worked out on first use
        me = init.args.args[0].arg if init.args.args else "self"
        for stmt in _runs_every_time(init.body):
            for node in missing_names.evaluated(stmt, in_function=True):
                if type(node) is not ast.Call or not isinstance(node.func, ast.Attribute) \
                        or node.func.attr not in MODULE_METHODS:
                    continue
                receiver, name = node.func.value, node.func.attr
                namespace = None
                if isinstance(receiver, ast.Name) and receiver.id == me:
                    if own is None:
                        own = _own_listed_cell(info, index) or ""
                    if own and index.method(info, name) is None and name not in info.attrs:
                        namespace = own  # (not `self.half = nn.Dense(...)` called as `self.half(x)`)
                elif isinstance(receiver, ast.Attribute) and isinstance(receiver.value, ast.Name) \
                        and receiver.value.id == me and receiver.attr in info.attrs:
                    attr = info.attrs[receiver.attr]
                    qualified = attr.qualname if attr.kind in ("cell", "cell_list") else ""
                    if is_mindspore(qualified) and qualified.rsplit(".", 1)[-1] in _LISTED_CELLS \
                            and _assigned_once(init, receiver.attr):
                        namespace = _LISTED_CELLS[qualified.rsplit(".", 1)[-1]]
                names = missing_names.namespaces().get(namespace) if namespace else None
                if names is not None and name not in names:
                    gaps.append((node.func, namespace, name, f"{ast.unparse(receiver)}.{name}"))
    init._msgl_member_gaps = gaps
    return gaps


def _runs_every_time(body: List[ast.stmt]):
    """The statements of a block that run whenever it runs: those outside any branch, and the
    bodies of ``for`` loops over ``range(<positive literal>)``."""
    for stmt in body:
        if isinstance(stmt, ast.For) and not stmt.orelse and isinstance(stmt.iter, ast.Call) \
                and isinstance(stmt.iter.func, ast.Name) and stmt.iter.func.id == "range" \
                and len(stmt.iter.args) == 1 and not stmt.iter.keywords \
                and isinstance(stmt.iter.args[0], ast.Constant) and type(stmt.iter.args[0].value) is int \
                and stmt.iter.args[0].value > 0:
            yield from _runs_every_time(stmt.body)
        elif isinstance(stmt, (ast.For, ast.AsyncFor)):
            yield stmt.iter  # (`for m in self.modules():` calls it, whether the body runs or not)
        elif not missing_names.may_not_run(stmt) and not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                           ast.ClassDef)):
            yield stmt


def _own_listed_cell(info: ClassInfo, index: ModuleIndex) -> Optional[str]:
    """The MindSpore Cell class the class derives from, when every ancestor is a class of the
    project or one of the listed Cell classes (a library Cell such as ``nn.Dense`` or a
    third-party base may add methods: not known)."""
    found = None
    for base, home in ancestor_bases(info, index):
        if isinstance(base, ast.Name) and base.id in home.classes:
            continue
        qualified = home.names.qualname(base) or ""
        tail = qualified.rsplit(".", 1)[-1]
        if not is_mindspore(qualified) or tail not in _LISTED_CELLS:
            return None
        if found is None or found == "mindspore.nn.Cell":
            found = _LISTED_CELLS[tail]
    return found


def _assigned_once(init: ast.FunctionDef, attr: str) -> bool:
    """Is ``self.<attr>`` stored once in ``__init__`` (so what it holds is what the store built)?"""
    stores = 0
    for node in walk(init):
        if type(node) is ast.Attribute and node.attr == attr and isinstance(node.ctx, ast.Store):
            stores += 1
    return stores == 1


def _module_base(info: ClassInfo, index: ModuleIndex) -> Optional[ClassInfo]:
    """The first base of the class that is a class of this module (not the class itself), or None."""
    base = next((index.classes[b] for b in info.bases if b in index.classes), None)
    return base if base is not info else None


def held_elsewhere(info: ClassInfo, index: ModuleIndex) -> bool:
    """Does a Cell of another module of the project hold (so build) this Cell? Yolact++'s
    ``protonet`` is built only by ``Yolact`` in yolactpp.py, and its ``nn.ResizeBilinear()``
    stops that build (census 7333): said at protonet.py's line, where the fix goes."""
    found = parents(index, info)
    return found is not None and found.held


def _project_base(info: ClassInfo, index: ModuleIndex) -> Optional[Tuple[ClassInfo, ModuleIndex]]:
    """The class's first base, when it is a Cell of another module of the project (one of the
    bases the index classified as foreign)."""
    qualified = index.names.qualname(info.node.bases[0]) if info.node.bases else None
    if qualified is None or qualified not in info.foreign_bases:
        return None
    found = index.project.definition(qualified, index.root, index.extra_bases)
    if found is None or found.kind != "class" or found.info is None or found.info.kind != "cell":
        return None
    return found.info, found.index


_REFUSING_DEPTH = [0]


def _refuses_guarded(info: ClassInfo, index: ModuleIndex) -> bool:
    """refuses_graph_mode of another Cell, bounded (a chain of sub-Cells across modules)."""
    if _REFUSING_DEPTH[0] > 8:
        return False
    _REFUSING_DEPTH[0] += 1
    try:
        return refuses_graph_mode(info, index)
    finally:
        _REFUSING_DEPTH[0] -= 1


def _builds_what_cannot_be_built(init: ast.FunctionDef, info: ClassInfo, index: ModuleIndex) -> bool:
    """Does ``__init__``, before anything may stop it, run a base ``__init__`` or build a sub-Cell
    that always raises? Python stops there too: SparseInst builds a ``GroupIAMDecoder`` whose base's
    ``__init__`` reads ``nn.ResizeBilinear`` (census 7329), so SparseInst is never built either."""
    return _unbuildable_call(init, info, index) is not None


def _unbuildable_call(init: ast.FunctionDef, info: ClassInfo, index: ModuleIndex) -> Optional[ast.Call]:
    """The call of ``_builds_what_cannot_be_built``, if any."""
    candidates = _init_walk(init, info, index)[1]
    if not candidates:
        return None  # no call that could build a class of the project, nor super().__init__
    # which of them build what cannot be built, asked first: most Cells build nothing of the kind,
    # and then the walk of what surely runs is not needed
    refusing = {id(node) for node in candidates if _builds_unbuildable(node, info, index)}
    if not refusing:
        return None
    for stmt in init.body:
        if missing_names.may_not_run(stmt):
            continue
        if not isinstance(stmt, (ast.Expr, ast.Assign)):
            continue  # a sub-Cell is built in an assignment (a base __init__ called as a statement)
        for node in missing_names.evaluated(stmt, in_function=True):
            if id(node) in refusing:
                return node
    return None


def _builds_unbuildable(node: ast.Call, info: ClassInfo, index: ModuleIndex) -> bool:
    """Does this call of ``__init__`` run a base ``__init__``, or build a Cell, that always raises?"""
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call) \
            and isinstance(func.value.func, ast.Name) and func.value.func.id == "super":
        # super().__init__(...): the first base of this module, if the base is one
        base = _module_base(info, index)
        args = func.value.args
        plain = not args or (len(args) == 2 and isinstance(args[0], ast.Name) and args[0].id == info.name)
        if plain and base is not None and _refuses_guarded(base, index):
            return True
        if plain and base is None and index.project is not None:
            # the first base is a Cell of another module of the project (pointrend's
            # subclass of a Mask R-CNN that reads `np.bool`, census 7333)
            found = _project_base(info, index)
            if found is not None and _refuses_guarded(*found):
                return True
        return False
    built = None
    if isinstance(func, ast.Name) and func.id in index.classes and func.id not in index.names.aliases:
        built = (index.classes[func.id], index)
    elif index.project is not None:
        qualified = index.names.qualname(func)
        if qualified and "." in qualified and not is_mindspore(qualified):
            found = index.project.definition(qualified, index.root, index.extra_bases)
            if found is not None and found.kind == "class" and found.info is not None:
                built = (found.info, found.index)
    return built is not None and built[0] is not info and built[0].kind == "cell" and _refuses_guarded(*built)


def _super_of_a_stranger(init: ast.FunctionDef, info: ClassInfo, index: ModuleIndex) -> Optional[ast.stmt]:
    """Does ``__init__`` start with ``super(Other, self).__init__()`` where ``Other`` is a class of
    this module that the Cell does not derive from? ``super()`` raises TypeError then, in every
    mode (a half-ported ``TSN_pytorch`` that kept ``super(TSN, self)``: measured). Only decided
    when every base of the Cell is a class of this module or MindSpore's."""
    for stmt in init.body:
        if missing_names.may_not_run(stmt) or not isinstance(stmt, ast.Expr) or not isinstance(stmt.value, ast.Call):
            continue
        call = stmt.value.func
        if not (isinstance(call, ast.Attribute) and isinstance(call.value, ast.Call)
                and isinstance(call.value.func, ast.Name) and call.value.func.id == "super"
                and len(call.value.args) == 2 and isinstance(call.value.args[0], ast.Name)):
            continue
        named = call.value.args[0].id
        if named == info.name or named not in index.classes:
            return None
        ancestors = set()
        for base, home in ancestor_bases(info, index):
            if isinstance(base, ast.Name) and base.id in home.classes:
                ancestors.add(base.id)
            elif not is_mindspore(home.names.qualname(base) or ""):
                return None  # a base of another module may derive from it: not known
        return stmt if named not in ancestors else None
    return None


def _unbound_names_read(init: ast.FunctionDef, info: ClassInfo, index: ModuleIndex) -> frozenset:
    """``_unbound_names`` of the module, walked only when ``__init__`` reads a name that no import,
    class, function, module constant, parameter or local of it binds (most never do)."""
    read = _init_walk(init, info, index)[0]
    if not read or read <= _BUILTIN_NAMES or all(
            name in _BUILTIN_NAMES or name in index.names.aliases or name in index.classes
            or name in index.functions or name in index.module_values for name in read):
        return frozenset()
    return _unbound_names(index)


_BUILTIN_NAMES = frozenset(dir(builtins))


def _init_walk(init: ast.FunctionDef, info: ClassInfo, index: ModuleIndex) -> Tuple[frozenset, tuple, frozenset]:
    """One walk of ``__init__`` for the build checks: the names it reads that no parameter or
    local binds; the calls that may build a class of the project (a name or dotted name that is
    not MindSpore's) or run a base's ``__init__``; and the ids of the calls that
    build a MindSpore class with arguments its constructor refuses. Kept on the node."""
    cached = getattr(init, "_msgl_init_walk", None)
    if cached is not None:
        return cached
    read, local = set(), {a.arg for a in init.args.args + init.args.kwonlyargs + init.args.posonlyargs}
    builds, refused = [], set()
    names, classes = index.names, index.classes
    has_base = _module_base(info, index) is not None or bool(info.foreign_bases)
    for node in walk(init):
        kind = type(node)
        if kind is ast.Name:
            (read if isinstance(node.ctx, ast.Load) else local).add(node.id)
        elif kind is ast.Call:
            func = node.func
            if _refusal(node, names) is not None:
                refused.add(id(node))
            may_build = (func.id in classes) if isinstance(func, ast.Name) else \
                (isinstance(func, ast.Attribute) and func.attr == "__init__" and has_base)
            if not may_build and index.project is not None:
                qualified = names.qualname(func)
                may_build = bool(qualified) and "." in qualified and not is_mindspore(qualified)
            if may_build:
                builds.append(node)
    cached = init._msgl_init_walk = (frozenset(read - local), tuple(builds), frozenset(refused))
    return cached


# MindSpore containers whose one positional argument must be a list (or, for SequentialCell, a
# Cell or an OrderedDict): anything else raises TypeError (measured, 2.10)
_CONTAINERS = {"CellList": "a list", "SequentialCell": "a Cell, a list or an OrderedDict"}
_NOT_A_LIST = {ast.GeneratorExp: "a generator expression", ast.Tuple: "a tuple", ast.Set: "a set",
               ast.SetComp: "a set comprehension", ast.Dict: "a dict", ast.DictComp: "a dict comprehension"}


def _refusal(call: ast.Call, names) -> Optional[str]:
    """What the call passes that its constructor refuses, when it builds a MindSpore primitive with
    more positional arguments than its constructor takes (``ops.Ones(1, C, 1, 1)``), or an ``nn``
    Cell with a keyword or more positional arguments than its constructor takes (``nn.Dense(...,
    bias=True)``, ``nn.ReLU(inplace=True)``, ported from PyTorch), or builds ``nn.CellList`` or
    ``nn.SequentialCell`` from one generator, tuple, set or dict (PyTorch's ``nn.ModuleList(<genexpr>)``,
    census 7333): TypeError in every mode. Read from the constructors' signatures in
    ``rules/tables/primitive_init.toml`` (census 7332)."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if names.patched_by_mindnlp and name and (names.qualname(func) or "").startswith(
            ("mindspore.nn.", "mindspore.ops.zeros", "mindspore.ops.ones", "mindspore.mint.zeros", "mindspore.mint.ones")):
        return None  # (mindnlp 0.3–0.4 patches `nn` layers and `ops.zeros` when imported; primitives not)
    if name in ("zeros", "ones") and len(call.args) >= 2 and size_like(call.args[1]) \
            and not any(isinstance(a, ast.Starred) for a in call.args):
        # `ops.zeros(x.shape[1], self.embedding_dim)`, PyTorch's `torch.zeros(a, b)`: MindSpore's
        # second parameter is the dtype (TypeError "the input 'dtype' should be mindspore dtype",
        # measured; GPT-SoVITS' SinePositionalEmbedding, census 7338)
        qualified = names.qualname(func) or ""
        if qualified in (f"mindspore.ops.{name}", f"mindspore.mint.{name}"):  # (both measured)
            return (f"`{ast.unparse(call.args[1])}` as its second positional argument, which "
                    f"`{qualified.split('.', 1)[1]}` takes as the dtype (the sizes go in one tuple)")
        return None
    if not name[:1].isupper() or any(isinstance(a, ast.Starred) for a in call.args) \
            or any(k.arg is None for k in call.keywords):
        return None
    if name in _PADDED and (names.qualname(func) or "") == f"mindspore.nn.{name}":
        refused = _padding_refusal(call, name)
        if refused is not None:
            return refused
    if name in _CONTAINERS and len(call.args) == 1 and type(call.args[0]) in _NOT_A_LIST:
        # `nn.CellList(nn.Dense(a, b) for a, b in ...)`, PyTorch's ModuleList idiom (census 7333)
        if (names.qualname(func) or "") == f"mindspore.nn.{name}":
            return f"{_NOT_A_LIST[type(call.args[0])]} where the constructor of `nn.{name}` takes {_CONTAINERS[name]}"
        return None
    # what the tables say first (most calls pass what the constructor takes); the name's
    # namespace, which costs more to work out, only for a call one of them refuses
    takes = optable.primitive_positional().get(name)
    as_primitive = takes is not None and 0 <= takes < len(call.args)
    params = optable.cell_parameters().get(name)
    as_cell = params is not None and "*" not in params and (
        len(call.args) > len(params) or any(k.arg not in params for k in call.keywords))
    if not (as_primitive or as_cell):
        return None
    qualified = names.qualname(func) or ""
    if qualified.rsplit(".", 1)[-1] != name:
        return None
    count = f"{len(call.args)} positional argument{'s' if len(call.args) > 1 else ''}"
    if as_primitive and qualified.startswith(("mindspore.ops.", "mindspore.ops.operations.")):
        return f"{count}; the constructor of the `{name}` primitive takes {takes or 'none'}"
    if as_cell and qualified.startswith("mindspore.nn.") and qualified.count(".") == 2:
        bad = next((k.arg for k in call.keywords if k.arg not in params), None)
        if bad is not None:
            return f"the keyword `{bad}`, which the constructor of `nn.{name}` does not take"
        return f"{count}; the constructor of `nn.{name}` takes {len(params)}"
    return None


# MindSpore's convolution and pooling layers: the positions of `pad_mode` and `padding`
_PADDED = {**{name: (4, 5) for name in ("Conv1d", "Conv2d", "Conv3d", "Conv1dTranspose", "Conv2dTranspose",
                                         "Conv3dTranspose")},
           **{name: (2, 3) for name in ("MaxPool1d", "MaxPool2d", "MaxPool3d", "AvgPool1d", "AvgPool2d",
                                         "AvgPool3d")}}


def _padding_refusal(call: ast.Call, name: str) -> Optional[str]:
    """PyTorch's padding given to a MindSpore convolution or pooling layer: a non-zero literal
    `padding` without `pad_mode="pad"` (the default mode is "same" or "valid": ValueError), or an
    int where MindSpore takes `pad_mode` (`nn.Conv2d(c, d, 3, 1, 1)`, `nn.MaxPool2d(3, 2, 1)`:
    TypeError). Measured on 2.10 for all twelve layers (census 7345: a course's WideResNet)."""
    mode_at, pad_at = _PADDED[name]
    keywords = {k.arg: k.value for k in call.keywords}
    mode = keywords.get("pad_mode", call.args[mode_at] if len(call.args) > mode_at else None)
    pad = keywords.get("padding", call.args[pad_at] if len(call.args) > pad_at else None)
    if isinstance(mode, ast.Constant) and type(mode.value) is int:
        return (f"`{mode.value}` where `nn.{name}` takes its pad mode (PyTorch's padding; MindSpore's "
                f"`padding` comes after `pad_mode`): TypeError")
    if mode is not None and not (isinstance(mode, ast.Constant) and isinstance(mode.value, str)):
        return None  # a mode the source does not spell out
    values = pad.elts if isinstance(pad, ast.Tuple) else [pad] if pad is not None else []
    if not values or not all(isinstance(v, ast.Constant) and type(v.value) is int for v in values):
        return None
    if any(v.value for v in values) and (mode is None or mode.value.lower() != "pad"):
        shown = ast.unparse(pad)
        return (f"`padding={shown}` without `pad_mode=\"pad\"` (`nn.{name}` pads only in that mode, and "
                f"refuses any other padding): ValueError")
    return None


def _with_error(refusal: str) -> str:
    """The refusal with the exception it raises (TypeError unless it says otherwise)."""
    return refusal if refusal.endswith(("TypeError", "ValueError")) else f"{refusal}: TypeError"


_SIZE_WORD = re.compile(r"(?:^|_)(?:dim|dims|size|len|length|num|count|channels?|features?|width|height|hidden|n)$"
                        r"|^(?:num|n)_", re.I)


def size_like(node: ast.expr) -> bool:
    """Is the expression surely a size, not a dtype: a number, arithmetic, a subscript
    (``x.shape[1]``), ``len()``/``int()``, or a name like ``embedding_dim``/``num_heads``?"""
    if isinstance(node, ast.Constant):
        return type(node.value) in (int, float)
    if isinstance(node, (ast.BinOp, ast.Subscript)):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id in ("len", "int")
    word = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""
    return bool(word) and "type" not in word.lower() and bool(_SIZE_WORD.search(word))


# Members that code ported from PyTorch reads on MindSpore 2.10 layers, which name them otherwise
# (measured on built layers): reading one raises AttributeError
_NORM_GAPS = {"weight": "gamma", "bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance"}
_LAYER_GAPS = {"Embedding": {"weight": "embedding_table"},
               **{norm: _NORM_GAPS for norm in ("LayerNorm", "GroupNorm", "BatchNorm1d", "BatchNorm2d",
                                                "BatchNorm3d", "InstanceNorm1d", "InstanceNorm2d",
                                                "InstanceNorm3d")}}
# Layers whose `bias` is None unless built with `has_bias=True` (measured)
_BIAS_OFF = frozenset({"Conv1d", "Conv2d", "Conv3d", "Conv1dTranspose", "Conv2dTranspose", "Conv3dTranspose"})
_MEMBER_READ = re.compile(r"\.(?:weight|running_mean|running_var)\b|\.bias\.")


def _layer_gaps(init: ast.FunctionDef, info: ClassInfo, index: ModuleIndex) -> List[Tuple[ast.AST, str]]:
    """Reads, on every path through ``__init__``, of a member a MindSpore layer held on ``self``
    does not have: ``self.embedding.weight`` on ``nn.Embedding`` (``embedding_table``),
    ``self.norm.weight`` on ``nn.LayerNorm`` (``gamma``), or ``self.post.bias.set_data(...)`` on an
    ``nn.Conv1d`` built without ``has_bias=True`` (its bias is None). AttributeError: the Cell is
    never built (GPT-SoVITS' ``Quantizer_module`` and ``SynthesizerTrn``, census 7338)."""
    cached = getattr(init, "_msgl_layer_gaps", None)
    if cached is not None:
        return cached
    found: List[Tuple[ast.AST, str]] = []
    attrs = info.attrs if _source_has(index, _MEMBER_READ) else {}
    if attrs:
        # only layers with a member to miss, and only when the text reads one of them that way
        # (convolutions without a bias are everywhere; walking every __init__ for them cost 2%)
        named = {name: _nn_layer(attr) for name, attr in attrs.items()}
        gaps = [name for name, cls in named.items() if cls in _LAYER_GAPS]
        convs = [name for name, cls in named.items() if cls in _BIAS_OFF]
        text = index.source
        if not (gaps and re.search(r"\.(?:%s)\.(?:weight|bias|running_mean|running_var)\b"
                                   % "|".join(map(re.escape, gaps)), text)
                or convs and re.search(r"\.(?:%s)\.bias\." % "|".join(map(re.escape, convs)), text)):
            attrs = {}
    me = init.args.args[0].arg if init.args.args else "self"
    for stmt in _runs_every_time(init.body) if attrs else ():
        for node in missing_names.evaluated(stmt, in_function=True):
            if type(node) is not ast.Attribute or not isinstance(node.value, ast.Attribute):
                continue
            holder = node.value
            if not (isinstance(holder.value, ast.Name) and holder.value.id == me):
                # `self.post.bias.set_data(...)`: the member of the member
                inner = holder
                if not (isinstance(inner.value, ast.Attribute) and isinstance(inner.value.value, ast.Name)
                        and inner.value.value.id == me and inner.attr == "bias"):
                    continue
                attr = attrs.get(inner.value.attr)
                cls = _nn_layer(attr)
                if cls in _BIAS_OFF and not _has_bias(attr.call):
                    found.append((inner, f"`{ast.unparse(inner)}` is None: `nn.{cls}` is built without "
                                         f"`has_bias=True`, so `.{node.attr}` raises AttributeError"))
                continue
            attr = attrs.get(holder.attr)
            cls = _nn_layer(attr)
            other = _LAYER_GAPS.get(cls, {}).get(node.attr)
            if other is not None and _assigned_once(init, holder.attr):
                found.append((node, f"`nn.{cls}` has no `{node.attr}`, MindSpore's is `{other}`: "
                                    f"AttributeError"))
    init._msgl_layer_gaps = found
    return found


def _nn_layer(attr) -> str:
    """The class name of a MindSpore ``nn`` layer an attribute holds, or ''."""
    if attr is None or attr.kind != "cell" or not attr.qualname.startswith("mindspore.nn.") \
            or attr.qualname.count(".") != 2:
        return ""
    return attr.qualname.rsplit(".", 1)[-1]


def _has_bias(call: Optional[ast.Call]) -> bool:
    """Was the layer built with a bias (``has_bias=`` anything but False, or passed positionally,
    or through ``**kwargs``)? Unknown counts as yes."""
    if call is None or len(call.args) >= 9 or any(isinstance(a, ast.Starred) for a in call.args):
        return True
    for keyword in call.keywords:
        if keyword.arg is None:
            return True
        if keyword.arg == "has_bias":
            return not (isinstance(keyword.value, ast.Constant) and keyword.value.value is False)
    return False


def _builds_with_refused_arguments(init: ast.FunctionDef, info: ClassInfo,
                                   index: ModuleIndex) -> Optional[ast.Call]:
    """Does ``__init__``, on every path, build a MindSpore class with arguments its constructor
    refuses (``_refusal``)? RNA's ``GroupBatchNorm2d`` (``ops.Ones(1, C, 1, 1)``) and
    cdp's ``ChannelSELayer`` (``nn.Dense(..., bias=True)``) are never built (census 7332)."""
    refused = _init_walk(init, info, index)[2]
    if not refused:
        return None
    return next((node for stmt in _runs_every_time(init.body)
                 for node in missing_names.evaluated(stmt, in_function=True) if id(node) in refused), None)


def build_failures(init: ast.FunctionDef, info: ClassInfo, index: ModuleIndex) -> List[Tuple[ast.AST, str]]:
    """Where building the Cell fails in every mode for a reason that is not a missing name
    (MSG517's), with what happens there (MSG523): the failures ``refuses_graph_mode`` knows at
    this ``__init__``'s own lines. One per path; the earliest is where Python stops."""
    found: List[Tuple[ast.AST, str]] = []
    stmt = _super_of_a_stranger(init, info, index)
    if stmt is not None:
        named = stmt.value.func.value.args[0].id
        found.append((stmt, f"`super({named}, self)` names a class `{info.name}` does not derive from: "
                            f"TypeError"))
    stmt = _replaces_layer_parameter(init, info, index)
    if stmt is not None:
        found.append((stmt, f"`{ast.unparse(stmt.targets[0])}` is a Parameter of a MindSpore layer, and "
                            f"`Cell.__setattr__` refuses anything but a Tensor there: TypeError"))
    call = _builds_with_refused_arguments(init, info, index)
    if call is not None:
        text = ast.unparse(call)
        found.append((call, f"`{text if len(text) <= 60 else ast.unparse(call.func) + '(...)'}` passes "
                            f"{_with_error(_refusal(call, index.names))}"))
    found.extend(_layer_gaps(init, info, index)[:1])
    for node in _always_raises(init.body, _unbound_names_read(init, info, index)):
        if isinstance(node, ast.Name):
            found.append((node, f"`{node.id}` is bound nowhere in the module: NameError"))
    call = _unbuildable_call(init, info, index)
    if call is not None:
        found.append((call, ""))
    found.sort(key=lambda item: (item[0].lineno, item[0].col_offset))
    if found and not missing_names.may_not_run(statement_of(init, found[0][0])):
        # a failure on the path every build takes: Python stops there, nothing after it is met
        # (census 7345: MCAN's `SA` builds an `FFN` that fails before its own `LayerNorm` line).
        # When that is a sub-Cell (or base) that can never be built, the failure is that one's,
        # reported where it is: its holders add nothing (one hazard, one finding)
        found = found[:1]
    return [(node, why) for node, why in found if why]


def statement_of(fn: ast.FunctionDef, node: ast.AST) -> ast.stmt:
    """The statement of ``fn``'s body that holds ``node``."""
    return next((stmt for stmt in fn.body if stmt.lineno <= node.lineno <= (stmt.end_lineno or stmt.lineno)),
                fn.body[0])


def _unbound_names(index: ModuleIndex) -> frozenset:
    """Names nothing in the module binds (no import, def, class, assignment, parameter or
    ``global``) and Python does not provide: reading one raises NameError. Empty when a star
    import, ``globals()``, ``exec`` or ``__builtins__`` may bind what cannot be seen."""
    cached = getattr(index, "_msgl_unbound", None)
    if cached is not None:
        return cached
    bound, read = set(dir(builtins)) | {"__file__", "__name__", "__doc__", "__spec__", "__path__", "__loader__",
                                         "__package__", "__builtins__", "__annotations__", "__class__"}, set()
    opaque = False
    for node in walk(index.tree):
        kind = type(node)
        if kind is ast.Name:
            (read if isinstance(node.ctx, ast.Load) else bound).add(node.id)
            if node.id in ("globals", "exec", "eval", "vars", "locals", "__builtins__"):
                opaque = True
        elif kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
            bound.add(node.name)
        elif kind is ast.arg:
            bound.add(node.arg)
        elif kind in (ast.Import, ast.ImportFrom):
            for alias in node.names:
                if alias.name == "*":
                    opaque = True
                bound.add((alias.asname or alias.name).split(".")[0])
        elif kind in (ast.Global, ast.Nonlocal):
            bound.update(node.names)
        elif kind is ast.ExceptHandler and node.name:
            bound.add(node.name)
        elif kind.__name__ in ("MatchAs", "MatchStar") and getattr(node, "name", None):
            bound.add(node.name)
        elif kind.__name__ == "MatchMapping" and getattr(node, "rest", None):
            bound.add(node.rest)
    result = frozenset() if opaque else frozenset(read - bound)
    index._msgl_unbound = result
    return result


def _always_raises(body: List[ast.stmt], unbound: frozenset) -> List[ast.AST]:
    """Does running this block always raise, every path reading an unbound name or reaching a
    ``raise``? (DWAL's ``VGG16Fc.__init__`` calls ``mindcv.create_model`` on both branches of an
    ``if`` and never imports mindcv: building it raises NameError, so construct never compiles.)
    Loops, ``with`` and ``try`` are not looked into: they may not run, or catch. The nodes where
    it raises (one per path; empty: it may not raise)."""
    if not unbound:
        return []
    for stmt in body:
        if isinstance(stmt, ast.Raise):
            return [stmt]
        if isinstance(stmt, ast.If):
            read = next((n for n in missing_names.evaluated(stmt.test, in_function=True)
                         if isinstance(n, ast.Name) and n.id in unbound), None)
            if read is not None:
                return [read]
            then, other = _always_raises(stmt.body, unbound), _always_raises(stmt.orelse, unbound)
            if then and other:
                return then + other
            continue
        if isinstance(stmt, (ast.Return, ast.Break, ast.Continue)):
            return []
        if missing_names.may_not_run(stmt) or isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                    ast.ClassDef)):
            continue
        read = next((n for n in missing_names.evaluated(stmt, in_function=True)
                     if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in unbound), None)
        if read is not None:
            return [read]
    return []


# The Parameters every instance of these MindSpore layers holds (a Conv2d's bias only with has_bias)
_LAYER_PARAMETERS = {
    **{layer: ("weight",) for layer in ("Dense", "Conv1d", "Conv2d", "Conv3d", "Conv1dTranspose",
                                        "Conv2dTranspose", "Conv3dTranspose")},
    **{layer: ("gamma", "beta", "moving_mean", "moving_variance") for layer in ("BatchNorm1d", "BatchNorm2d",
                                                                                 "BatchNorm3d")},
    "LayerNorm": ("gamma", "beta"), "GroupNorm": ("gamma", "beta"), "Embedding": ("embedding_table",),
}


def _replaces_layer_parameter(init: ast.FunctionDef, info: ClassInfo, index: ModuleIndex) -> Optional[ast.stmt]:
    """Does ``__init__`` always store something other than a Tensor on a Parameter of a MindSpore
    layer it holds (``self.conv1.weight = Normal(0.0, 0.01)``, a number)? ``Cell.__setattr__``
    refuses it: building raises TypeError in every mode (measured; a Tensor, a Parameter or
    ``initializer(...)``, which gives a Tensor, are accepted), so construct is never compiled."""
    for stmt in init.body:
        if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
            continue
        target, value = stmt.targets[0], stmt.value
        if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Attribute)
                and isinstance(target.value.value, ast.Name) and target.value.value.id == "self"):
            continue
        attr = info.attrs.get(target.value.attr)
        if attr is None or attr.kind != "cell" or not attr.qualname.startswith("mindspore.nn."):
            continue
        if target.attr not in _LAYER_PARAMETERS.get(attr.qualname.rsplit(".", 1)[-1], ()):
            continue
        if isinstance(value, ast.Constant) and isinstance(value.value, (int, float, str)):
            return stmt
        if isinstance(value, ast.Call):
            qualified = index.names.qualname(value.func) or ""
            if qualified.startswith(("mindspore.common.initializer.", "mindspore.initializer.")) \
                    and qualified.rsplit(".", 1)[-1][:1].isupper():
                return stmt  # an Initializer object, not the Tensor `initializer(...)` makes
    return None


def _never_initialised(info: ClassInfo, index: ModuleIndex) -> bool:
    """Does the Cell's ``__init__`` (and what it calls on ``self``) never run a base ``__init__``?
    Then ``nn.Cell.__init__`` never ran and calling the Cell fails in every mode, before its
    construct is compiled (mindchemistry's MaskMSELoss, whose ``__init__`` is ``pass``)."""
    return info.kind == "cell" and not any("__init__(" in index._text(stmt)
                                           for fn in index._init_methods(info) for stmt in fn.body)


def _raises_outside_pynative(init: ast.FunctionDef, index: ModuleIndex) -> bool:
    bodies = [init]
    for node in walk(init):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in index.functions \
                and any(isinstance(a, ast.Name) and a.id == "self" for a in node.args):
            bodies.append(index.functions[node.func.id])
    for body in bodies:
        for node in walk(body):
            if isinstance(node, ast.If) and any(isinstance(s, ast.Raise) for s in node.body):
                test = ast.unparse(node.test)
                if "get_context" in test and ("PYNATIVE" in test or "GRAPH" in test):
                    return True
    return False
