#!/usr/bin/env python
"""Regenerate ``rules/tables/mindspore_names.toml`` (the names each MindSpore namespace has) and
``rules/tables/primitive_init.toml`` (how many positional arguments each primitive's constructor takes).

    python tools/gen_mindspore_names.py           # needs MindSpore installed (the probe extra)
    python tools/gen_mindspore_names.py --check   # exit 1 if the file is out of date

Code ported from MindSpore 1.x or from PyTorch reads names MindSpore 2.10 does
not have (``ms_function``, ``nn.ResizeBilinear``, ``P.Clamp``,
``vision.c_transforms``, ``nn.Parameter``, a typo such as ``ops.chumk``). The
static analysis runs without MindSpore, so the answer is kept as data: for
each namespace below, every name ``dir()`` shows once it is imported, plus the
submodules ``pkgutil`` finds under it (``from mindspore.nn import probability``
imports one that ``dir()`` may not show yet). A namespace with a module-level
``__getattr__`` (names made on demand) is refused: it could not be listed.
Run it from a scratch folder: importing MindSpore may write there.
"""
import argparse
import importlib
import os
import pkgutil
import sys
import tempfile

NAMESPACES = (
    "mindspore", "mindspore.nn", "mindspore.nn.layer", "mindspore.nn.loss", "mindspore.nn.optim",
    "mindspore.nn.probability", "mindspore.nn.wrap",
    "mindspore.ops", "mindspore.ops.operations", "mindspore.ops.functional", "mindspore.ops.composite",
    "mindspore.ops.primitive",
    "mindspore.numpy", "mindspore.common", "mindspore.common.dtype", "mindspore.common.initializer",
    "mindspore.dataset", "mindspore.dataset.engine", "mindspore.dataset.vision", "mindspore.dataset.transforms",
    "mindspore.dataset.text", "mindspore.dataset.audio",
    "mindspore.train", "mindspore.train.callback", "mindspore.train.serialization",
    "mindspore.amp", "mindspore.communication", "mindspore.context", "mindspore.parallel",
    "mindspore.experimental", "mindspore.experimental.optim", "mindspore.profiler",
    "mindspore.mint", "mindspore.mint.nn", "mindspore.mint.nn.functional", "mindspore.mint.special",
    "mindspore.mint.linalg", "mindspore.mint.optim", "mindspore.mint.distributed",
)
# Modules real MindSpore code imports from, beyond the namespaces above: every `mindspore.*`
# module an import in the triage corpora names that 2.10 still has (private ones included:
# ported code imports `_checkparam.Validator` and `_c_expression.Tensor`, gone in 2.10).
IMPORTED = (
    "mindspore._c_expression", "mindspore._c_expression.amp", "mindspore._c_expression.typing",
    "mindspore._checkparam", "mindspore._extends", "mindspore.boost.grad_accumulation",
    "mindspore.common._decorator", "mindspore.common._register_for_recompute",
    "mindspore.common._stub_tensor", "mindspore.common.api", "mindspore.common.np_dtype",
    "mindspore.common.parameter", "mindspore.common.recompute", "mindspore.common.seed",
    "mindspore.common.sparse_tensor", "mindspore.common.tensor",
    "mindspore.communication._comm_helper", "mindspore.communication.comm_func",
    "mindspore.communication.management", "mindspore.dataset.audio.utils",
    "mindspore.dataset.engine.datasets", "mindspore.dataset.text.transforms",
    "mindspore.dataset.text.utils", "mindspore.dataset.vision.transforms",
    "mindspore.dataset.vision.utils", "mindspore.default_config", "mindspore.device_context.ascend",
    "mindspore.device_context.gpu", "mindspore.experimental.optim.adamw",
    "mindspore.experimental.optim.lr_scheduler", "mindspore.experimental.optim.optimizer",
    "mindspore.hal", "mindspore.hal.contiguous_tensors_handle", "mindspore.log",
    "mindspore.mindrecord", "mindspore.mint.distributed.distributed", "mindspore.nn.cell",
    "mindspore.nn.dynamic_lr", "mindspore.nn.layer.activation", "mindspore.nn.layer.basic",
    "mindspore.nn.layer.channel_shuffle", "mindspore.nn.layer.combined",
    "mindspore.nn.layer.container", "mindspore.nn.layer.conv", "mindspore.nn.layer.dense",
    "mindspore.nn.layer.embedding", "mindspore.nn.layer.image", "mindspore.nn.layer.math",
    "mindspore.nn.layer.normalization", "mindspore.nn.layer.padding", "mindspore.nn.layer.pooling",
    "mindspore.nn.layer.rnn_cells", "mindspore.nn.layer.rnns", "mindspore.nn.layer.thor_layer",
    "mindspore.nn.layer.timedistributed", "mindspore.nn.layer.transformer",
    "mindspore.nn.learning_rate_schedule", "mindspore.nn.loss.loss", "mindspore.nn.metrics",
    "mindspore.nn.optim.adam", "mindspore.nn.optim.momentum", "mindspore.nn.optim.optimizer",
    "mindspore.nn.probability.bijector", "mindspore.nn.probability.distribution", "mindspore.nn.utils",
    "mindspore.nn.wrap.cell_wrapper", "mindspore.nn.wrap.grad_reducer", "mindspore.nn.wrap.loss_scale",
    "mindspore.ops._primitive_cache", "mindspore.ops.auto_generate",
    "mindspore.ops.auto_generate.gen_ops_prim", "mindspore.ops.auto_generate.pyboost_inner_prim",
    "mindspore.ops.composite.multitype_ops", "mindspore.ops.function",
    "mindspore.ops.function.nn_func", "mindspore.ops.operations._grad_ops",
    "mindspore.ops.operations._inner_ops", "mindspore.ops.operations._rl_inner_ops",
    "mindspore.ops.operations._sequence_ops", "mindspore.ops.operations.comm_ops",
    "mindspore.ops.operations.image_ops", "mindspore.ops.operations.math_ops",
    "mindspore.ops.operations.nn_ops", "mindspore.parallel._auto_parallel_context",
    "mindspore.parallel._cost_model_context", "mindspore.parallel._ps_context",
    "mindspore.parallel._utils", "mindspore.parallel.shard", "mindspore.profiler.schedule",
    "mindspore.runtime", "mindspore.scipy.optimize.linear_sum_assignment", "mindspore.train._utils",
    "mindspore.train.amp", "mindspore.train.callback._callback",
    "mindspore.train.callback._lr_scheduler_callback", "mindspore.train.loss_scale_manager",
    "mindspore.train.metrics", "mindspore.train.model", "mindspore.train.node_strategy_pb2",
    "mindspore.train.summary", "mindspore.train.train_thor",
)
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "tables",
                   "mindspore_names.toml")
# Each primitive class of mindspore.ops / mindspore.ops.operations and how many positional
# arguments its constructor takes (its attributes): MSG522 reads it.
PRIMITIVES_OUT = os.path.join(os.path.dirname(OUT), "primitive_init.toml")
PER_LINE = 8  # names per line of a namespace's list


# Cell classes whose members are listed too, under the class's public name: code ported from
# PyTorch calls nn.Module's methods on them (`self.add_module(...)`, `seq.add_module(...)`), which
# MindSpore's Cells do not have; building such a Cell raises AttributeError.
CLASSES = ("mindspore.nn.Cell", "mindspore.nn.SequentialCell", "mindspore.nn.CellList", "mindspore.nn.CellDict")


def names_of(namespace: str) -> list:
    if namespace in CLASSES:
        module_name, _, class_name = namespace.rpartition(".")
        return sorted(dir(getattr(importlib.import_module(module_name), class_name)))
    module = importlib.import_module(namespace)
    if "__getattr__" in vars(module):
        raise SystemExit(f"{namespace} makes names on demand (__getattr__): it cannot be listed")
    found = set(dir(module))
    for sub in pkgutil.iter_modules(getattr(module, "__path__", None) or []):
        found.add(sub.name)
    return sorted(found)


def _compiled(namespace: str) -> bool:
    """A compiled extension module (``_c_expression``) or a submodule it makes (no file): what it
    registers may differ by device build."""
    module = sys.modules[namespace]
    path = getattr(module, "__file__", None)
    if path is None:
        return not hasattr(module, "__path__")  # (a namespace package has a path, no file)
    return os.path.splitext(path)[1] in (".so", ".pyd")


def all_namespaces() -> list:
    """The core namespaces, the modules real code imports, and each core namespace's submodules
    (one level: ``mindspore.nn.layer.conv``, ``mindspore.ops.operations.math_ops``)."""
    chosen = set(NAMESPACES) | set(IMPORTED) | set(CLASSES)
    for namespace in NAMESPACES:
        module = importlib.import_module(namespace)
        for sub in pkgutil.iter_modules(getattr(module, "__path__", None) or []):
            name = f"{namespace}.{sub.name}"
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - a submodule that cannot be imported is not listed
                continue
            if "__getattr__" not in vars(sys.modules[name]):
                chosen.add(name)
    return sorted(chosen)


def render() -> str:
    import mindspore

    lines = [
        "# Every name each MindSpore namespace has in MindSpore " + mindspore.__version__ + ": dir() of the",
        "# imported module on the installed CPU wheel, plus the submodules found under it, as one",
        "# whitespace-separated string per namespace (it loads several times faster than a TOML array).",
        "# Written by tools/gen_mindspore_names.py; rules/tables/README.md says how the analysis reads it.",
        "version = 2",
        f'verified = "{mindspore.__version__}"',
    ]
    for namespace in all_namespaces():
        names = names_of(namespace)
        lines += ["", f'[namespace."{namespace}"]']
        if namespace not in CLASSES and _compiled(namespace):
            lines.append("compiled = true")  # its private names are not judged (see README)
        lines.append('names = """')
        lines += [" ".join(names[i:i + PER_LINE]) for i in range(0, len(names), PER_LINE)]
        lines.append('"""')
    return "\n".join(lines) + "\n"


def render_primitives() -> str:
    import inspect

    import mindspore
    from mindspore import ops
    from mindspore.ops import operations
    from mindspore.ops.primitive import Primitive

    arity = {}
    for namespace in (operations, ops):
        for name in dir(namespace):
            cls = getattr(namespace, name)
            if not (inspect.isclass(cls) and issubclass(cls, Primitive)) or name in arity:
                continue
            try:
                parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
            except (TypeError, ValueError):
                continue
            if any(p.kind == p.VAR_POSITIONAL for p in parameters):
                arity[name] = -1
            else:
                arity[name] = sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in parameters)
    items = [f"{name}:{count}" for name, count in sorted(arity.items())]
    cells = _cell_parameters()
    lines = [
        "# Each primitive class of mindspore.ops and mindspore.ops.operations in MindSpore " + mindspore.__version__,
        "# with the number of positional arguments its constructor takes (its attributes; -1: any),",
        "# as `Name:count` tokens. Written by tools/gen_mindspore_names.py; MSG522 reads it.",
        "version = 1",
        f'verified = "{mindspore.__version__}"',
        "",
        "[primitives]",
        'positional = """',
    ]
    lines += [" ".join(items[i:i + PER_LINE]) for i in range(0, len(items), PER_LINE)]
    lines.append('"""')
    lines += [
        "",
        "# Each Cell class of mindspore.nn with the parameters its constructor takes, as",
        "# `Name:param,param,...` tokens (`*` ends the list of one that also takes **kwargs or *args).",
        "# Code ported from PyTorch passes keywords they do not take (`nn.Dense(..., bias=True)`,",
        "# `nn.ReLU(inplace=True)`): building the Cell raises TypeError. The analysis reads it.",
        "[cells]",
        'parameters = """',
    ]
    lines += [f"{name}:{','.join(params)}" for name, params in sorted(cells.items())]
    lines.append('"""')
    return "\n".join(lines) + "\n"


def _cell_parameters() -> dict:
    import inspect

    from mindspore import nn

    found = {}
    for name in dir(nn):
        cls = getattr(nn, name)
        if not (inspect.isclass(cls) and issubclass(cls, nn.Cell)):
            continue
        try:
            parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
        except (TypeError, ValueError):
            continue
        names = [p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
        if any(p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL) for p in parameters):
            names.append("*")
        found[name] = names or ["-"]
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the table differs from what the installed MindSpore has")
    args = parser.parse_args(argv)
    os.chdir(tempfile.mkdtemp())
    outputs = ((OUT, render()), (PRIMITIVES_OUT, render_primitives()))
    if args.check:
        stale = 0
        for path, text in outputs:
            with open(path, encoding="utf-8") as handle:
                same = handle.read() == text
            stale += not same
            print(f"{path}: {'up to date' if same else 'differs from the installed MindSpore'}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
