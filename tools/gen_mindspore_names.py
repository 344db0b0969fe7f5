#!/usr/bin/env python
"""Regenerate ``rules/tables/mindspore_names.toml``: the names each MindSpore namespace has.

    python tools/gen_mindspore_names.py   # needs MindSpore installed (the probe extra)

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
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "tables",
                   "mindspore_names.toml")


def names_of(namespace: str) -> list:
    module = importlib.import_module(namespace)
    if "__getattr__" in vars(module):
        raise SystemExit(f"{namespace} makes names on demand (__getattr__): it cannot be listed")
    found = set(dir(module))
    for sub in pkgutil.iter_modules(getattr(module, "__path__", None) or []):
        found.add(sub.name)
    return sorted(found)


def main() -> int:
    os.chdir(tempfile.mkdtemp())
    import mindspore

    lines = [
        "# Every name each MindSpore namespace has in MindSpore " + mindspore.__version__ + ": dir() of the",
        "# imported module on the installed CPU wheel, plus the submodules found under it. Written by",
        "# tools/gen_mindspore_names.py; rules/tables/README.md says how the analysis reads it.",
        "version = 1",
        f'verified = "{mindspore.__version__}"',
    ]
    for namespace in NAMESPACES:
        names = names_of(namespace)
        lines += ["", f'[namespace."{namespace}"]', "names = ["]
        row = "  "
        for name in names:
            item = f'"{name}", '
            if len(row) + len(item) > 110:
                lines.append(row.rstrip())
                row = "  "
            row += item
        lines += [row.rstrip(), "]"]
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {len(NAMESPACES)} namespaces", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
