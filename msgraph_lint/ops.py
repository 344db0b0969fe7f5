"""Op facts, read from the tables in ``rules/tables/``.

``dynamic_ops.toml`` says which ops have a data-dependent output shape,
always or through a given argument; ``sparse.toml`` says which sparse types
and ops each device supports. A new MindSpore release is a data change there.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Iterator, Optional, Tuple

from . import catalog

# Elementwise ops keep their first argument's shape (broadcasting aside).
ELEMENTWISE = frozenset("""
abs neg negative exp log log1p expm1 sqrt rsqrt square sin cos tan tanh sinh cosh sigmoid relu relu6 gelu
silu swish mish softplus softsign elu leaky_relu hardswish hardsigmoid softmax log_softmax erf erfc
floor ceil round sign reciprocal cast astype float half int long bool clamp clip clip_by_value
add sub mul div multiply divide subtract true_divide pow maximum minimum where masked_fill
zeros_like ones_like full_like identity dropout stop_gradient logical_not isnan isinf isfinite
flip fliplr flipud roll cumsum cumprod l2_normalize clone
""".split())
CONCAT = frozenset({"concat", "cat", "concatenate", "stack", "hstack", "vstack", "column_stack"})
# ops (and Tensor methods of the same names) that return a boolean mask
BOOL_FUNCS = frozenset({
    "logical_and", "logical_or", "logical_not", "logical_xor", "isnan", "isinf", "isfinite",
    "equal", "not_equal", "greater", "greater_equal", "less", "less_equal", "gt", "ge", "lt", "le",
    "eq", "ne", "isclose", "bitwise_and", "all", "any",
})
SPARSE_TYPES = frozenset({"COOTensor", "CSRTensor", "RowTensor", "RowTensorInner"})
# nn Cells that keep their input's shape, and those that change it whatever
# their arguments (pooling and flattening; Dense/Conv when sizes differ are
# decided from their literal arguments).
SHAPE_PRESERVING_CELLS = frozenset("""
BatchNorm1d BatchNorm2d BatchNorm3d LayerNorm GroupNorm InstanceNorm1d InstanceNorm2d InstanceNorm3d
ReLU ReLU6 GELU Sigmoid Tanh Dropout Dropout1d Dropout2d Dropout3d Identity SiLU LeakyReLU Softmax
LogSoftmax ELU HSwish HSigmoid Mish PReLU Softplus Softsign Hardtanh CELU SeLU Tanhshrink
""".split())
SHAPE_CHANGING_CELLS = frozenset("""
MaxPool1d MaxPool2d MaxPool3d AvgPool1d AvgPool2d AvgPool3d AdaptiveAvgPool1d AdaptiveAvgPool2d
AdaptiveMaxPool1d AdaptiveMaxPool2d Flatten PixelShuffle PixelUnshuffle
""".split())

# nn Cells without weights: given constants, what they return may be folded like any op's
PARAMETER_FREE_CELLS = SHAPE_CHANGING_CELLS | frozenset("""
ReLU ReLU6 GELU Sigmoid Tanh Dropout Dropout1d Dropout2d Dropout3d Identity SiLU LeakyReLU Softmax
LogSoftmax ELU HSwish HSigmoid Mish Softplus Softsign Hardtanh CELU SeLU Tanhshrink Upsample
ZeroPad2d ConstantPad1d ConstantPad2d ConstantPad3d ReflectionPad1d ReflectionPad2d ReplicationPad1d
ReplicationPad2d Unfold CellList SequentialCell CellDict
""".split())


@dataclass(frozen=True)
class ArgSpec:
    """Where a shape-deciding argument sits, per call form."""

    function: Optional[Tuple[str, int]] = None
    method: Optional[Tuple[str, int]] = None
    call: Optional[int] = None
    init: Optional[Tuple[str, int]] = None

    @property
    def label(self) -> str:
        for spec in (self.function, self.method, self.init):
            if spec and spec[0]:
                return spec[0]
        return f"argument {self.call}" if self.call is not None else "argument"


@dataclass(frozen=True)
class OpEntry:
    id: str
    dynamic: str
    arguments: Tuple[ArgSpec, ...]
    outcome: str
    code: str
    display: str
    exclude: Tuple[str, ...] = ()
    # The entry holds only for calls with exactly this many arguments (0: any):
    # `mint.where(cond)` is nonzero, `mint.where(cond, x, y)` is elementwise.
    arity: int = 0
    # What a tensor among several positional sizes of the method form does
    # (``x.reshape(t, -1)``), when it differs from ``outcome``: "error".
    method_sizes_outcome: str = ""
    # What a tensor value there does at STRICT, when it differs from ``outcome``: "error"
    # (``interpolate``'s size is checked in Python while compiling: a constant only).
    strict_outcome: str = ""
    names: Tuple[str, ...] = ()  # every spelling of the op the table lists

    def applies(self, call: ast.Call) -> bool:
        if not self.arity:
            return True
        return len(call.args) == self.arity and not call.keywords \
            and not any(isinstance(a, ast.Starred) for a in call.args)


@dataclass
class OpCall:
    """A call of a table op, in one of three forms."""

    entry: OpEntry
    form: str  # function | primitive | method
    call: ast.Call
    init: Optional[ast.Call] = None

    @property
    def display(self) -> str:
        """The op as the code spells it (``ones``, not the entry's first name ``zeros``)."""
        func = self.call.func
        if self.form == "primitive" and isinstance(func, ast.Call):
            func = func.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        return name if name in self.entry.names else self.entry.display

    @property
    def always_dynamic(self) -> bool:
        return self.entry.dynamic == "always"

    def shape_arguments(self) -> Iterator[Tuple[str, ast.expr]]:
        """The argument expressions that decide the output shape."""
        for spec in self.entry.arguments:
            if self.form == "primitive":
                if spec.call is not None:
                    node = _arg(self.call, None, spec.call)
                    if node is not None:
                        yield spec.label, node
                if spec.init is not None and self.init is not None:
                    node = _arg(self.init, spec.init[0], spec.init[1])
                    if node is not None:
                        yield spec.label, node
            else:
                where = spec.function if self.form == "function" else spec.method
                if where is not None:
                    node = _arg(self.call, where[0], where[1])
                    if node is not None:
                        label = where[0] or spec.label
                        if label == "start" and len(self.call.args) == 1 and not any(
                                k.arg == "start" for k in self.call.keywords):
                            label = "end"  # arange(n), like range(n): the one bound is the end
                        yield label, node


def _arg(call: ast.Call, name: Optional[str], pos: Optional[int]) -> Optional[ast.expr]:
    if name:
        for kw in call.keywords:
            if kw.arg == name:
                return kw.value
    if pos is not None and pos < len(call.args):
        arg = call.args[pos]
        if any(isinstance(a, ast.Starred) for a in call.args[: pos + 1]):
            return None
        return arg
    return None


def _spec(raw: Optional[dict], with_name: bool = True):
    if raw is None:
        return None
    if with_name:
        return (raw.get("name", ""), raw.get("pos"))
    return raw.get("pos")


@lru_cache(maxsize=1)
def _tables() -> Tuple[Dict[str, OpEntry], Dict[str, OpEntry], Dict[str, OpEntry]]:
    table = catalog.load_table("dynamic_ops")
    functions: Dict[str, OpEntry] = {}
    primitives: Dict[str, OpEntry] = {}
    methods: Dict[str, OpEntry] = {}
    for row in table.get("op", []):
        args = tuple(
            ArgSpec(function=_spec(a.get("function")), method=_spec(a.get("method")),
                    call=_spec(a.get("call"), with_name=False), init=_spec(a.get("init")))
            for a in row.get("arguments", [])
        )
        names = row.get("functions", []) + row.get("primitives", []) + row.get("methods", [])
        entry = OpEntry(
            id=row["id"], dynamic=row["dynamic"], arguments=args,
            outcome=row.get("outcome", "dynamic"), code=row.get("code", ""),
            display=names[0] if names else row["id"],
            exclude=tuple(row.get("exclude", ())),
            arity=int(row.get("arity", 0)),
            method_sizes_outcome=row.get("method_sizes_outcome", ""),
            strict_outcome=row.get("strict_outcome", ""),
            names=tuple(names),
        )
        for name in row.get("functions", []):
            functions[name] = entry
        for name in row.get("primitives", []):
            primitives[name] = entry
        for name in row.get("methods", []):
            methods[name] = entry
    return functions, primitives, methods


def function(name: str, qualified: str = "") -> Optional[OpEntry]:
    """The entry for a functional op, unless this spelling is excluded from it."""
    entry = _tables()[0].get(name)
    if entry is not None and qualified in entry.exclude:
        return None
    return entry


def primitive(name: str) -> Optional[OpEntry]:
    return _tables()[1].get(name)


def method(name: str) -> Optional[OpEntry]:
    return _tables()[2].get(name)


@lru_cache(maxsize=1)
def tensor_methods() -> frozenset:
    """The public names of ``mindspore.Tensor`` / ``Parameter`` (rules/tables/tensor_methods.toml)."""
    return frozenset(catalog.load_table("tensor_methods").get("names", ()))


@dataclass(frozen=True)
class SparseFact:
    id: str
    kind: str  # type | op
    devices: Tuple[str, ...]
    nnz_dynamic: bool
    cpu_observed: str


@lru_cache(maxsize=1)
def _sparse():
    table = catalog.load_table("sparse")
    types: Dict[str, SparseFact] = {}
    functions: Dict[str, SparseFact] = {}
    primitives: Dict[str, SparseFact] = {}
    methods: Dict[str, SparseFact] = {}
    def devices(row) -> Tuple[str, ...]:
        # A kernel seen running on CPU here outranks a docstring that omits CPU.
        found = tuple(row["devices"])
        if row.get("cpu_observed") == "ok" and "CPU" not in found:
            found = ("CPU",) + found
        if row.get("cpu_observed") == "error":
            found = tuple(d for d in found if d != "CPU")
        return found

    for row in table.get("type", []):
        fact = SparseFact(row["id"], "type", devices(row), False, row.get("cpu_observed", ""))
        for name in row.get("names", []):
            types[name] = fact
    for row in table.get("op", []):
        fact = SparseFact(row["id"], "op", devices(row), bool(row.get("nnz_dynamic")),
                          row.get("cpu_observed", ""))
        for name in row.get("functions", []):
            functions[name] = fact
        for name in row.get("primitives", []):
            primitives[name] = fact
        for name in row.get("methods", []):
            methods[name] = fact
    return types, functions, primitives, methods


def sparse_type(name: str) -> Optional[SparseFact]:
    return _sparse()[0].get(name)


def sparse_function(name: str) -> Optional[SparseFact]:
    return _sparse()[1].get(name)


def sparse_primitive(name: str) -> Optional[SparseFact]:
    return _sparse()[2].get(name)


def sparse_method(type_name: str, name: str) -> Optional[SparseFact]:
    return _sparse()[3].get(name)


@lru_cache(maxsize=1)
def primitive_positional() -> dict:
    """Primitive class name -> positional arguments its constructor takes (-1: any), from
    ``rules/tables/primitive_init.toml`` (written from the 2.10 wheel)."""
    text = catalog.load_table("primitive_init").get("primitives", {}).get("positional", "")
    return {name: int(count) for name, _, count in (item.partition(":") for item in text.split())}


@lru_cache(maxsize=1)
def cell_parameters() -> dict:
    """``nn`` Cell class name -> the parameters its constructor takes, in order (``*`` last when it
    also takes ``*args`` or ``**kwargs``), from ``rules/tables/primitive_init.toml``."""
    text = catalog.load_table("primitive_init").get("cells", {}).get("parameters", "")
    found = {}
    for item in text.split():
        name, _, params = item.partition(":")
        found[name] = [] if params == "-" else params.split(",")
    return found
