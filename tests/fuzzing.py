"""Generated programs for robustness testing: random Cells and mutated real files.

Used by tests/test_reliability.py (a bounded number of examples) and by
``python tests/fuzzing.py`` (as many as you ask for). Every generated
source goes through the engine, which must never raise: any exception is an
internal error of msgraph-lint.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path
from typing import Iterable, List, Optional

from msgraph_lint.config import Config
from msgraph_lint.engine import lint_source

NAMES = ["x", "k", "y", "z", "m", "self.w", "self.n", "x.shape[0]", "len(x)", "int(k)", "k.item()"]
OPS = ["ops.masked_select", "ops.unique", "ops.nonzero", "ops.topk", "ops.arange", "ops.zeros",
       "ops.reshape", "ops.tile", "ops.concat", "ops.relu", "ops.select", "np.sum", "math.sqrt",
       "ops.unsorted_segment_sum", "mint.nonzero", "P.Unique()", "self.unique", "self.dense", "helper"]
HEADER = """import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Box:
    def __init__(self, v):
        self.v = v


def helper(a, b=1):
    return a[:b]


class Net(nn.Cell):
    def __init__(self, n=3):
        super().__init__()
        self.n = n
        self.w = ms.Parameter(Tensor(np.ones(4, np.float32)))
        self.unique = P.Unique()
        self.dense = nn.Dense(4, 4)

    def construct(self, x, k, m):
"""


def _expr(rng: random.Random, depth: int = 0) -> str:
    choice = rng.randrange(9 if depth < 3 else 3)
    if choice == 0:
        return rng.choice(NAMES)
    if choice == 1:
        return str(rng.randint(-3, 5))
    if choice == 2:
        return f"{rng.choice(NAMES[:5])}"
    if choice == 3:
        lo, hi = _expr(rng, depth + 1), _expr(rng, depth + 1)
        return f"{rng.choice(NAMES[:4])}[{rng.choice([lo, ''])}:{rng.choice([hi, ''])}]"
    if choice == 4:
        args = ", ".join(_expr(rng, depth + 1) for _ in range(rng.randint(0, 3)))
        return f"{rng.choice(OPS)}({args})"
    if choice == 5:
        op = rng.choice(["+", "-", "*", ">", "<", "==", "&", "//"])
        return f"({_expr(rng, depth + 1)} {op} {_expr(rng, depth + 1)})"
    if choice == 6:
        return f"({_expr(rng, depth + 1)} if {_expr(rng, depth + 1)} else {_expr(rng, depth + 1)})"
    if choice == 7:
        return f"({', '.join(_expr(rng, depth + 1) for _ in range(rng.randint(1, 3)))},)"
    return f"{rng.choice(NAMES[:4])}[{_expr(rng, depth + 1)}]"


def _block(rng: random.Random, indent: int, depth: int = 0) -> List[str]:
    pad = " " * indent
    lines: List[str] = []
    for _ in range(rng.randint(1, 5)):
        kind = rng.randrange(13 if depth < 3 else 4)
        target = rng.choice(["y", "z", "x", "self.n", "y[:k]", "m"])
        if kind <= 1:
            lines.append(f"{pad}{target} = {_expr(rng)}")
        elif kind == 2:
            lines.append(f"{pad}{rng.choice(['y', 'z'])} += {_expr(rng)}")
        elif kind == 3:
            lines.append(f"{pad}b = Box({_expr(rng)})")
        elif kind == 4:
            lines.append(f"{pad}if {_expr(rng)}:")
            lines += _block(rng, indent + 4, depth + 1)
            if rng.random() < 0.5:
                lines.append(f"{pad}else:")
                lines += _block(rng, indent + 4, depth + 1)
        elif kind == 5:
            lines.append(f"{pad}while {_expr(rng)}:")
            lines += _block(rng, indent + 4, depth + 1)
        elif kind == 6:
            lines.append(f"{pad}for i in range({_expr(rng)}):")
            lines += _block(rng, indent + 4, depth + 1)
        elif kind == 7:
            lines.append(f"{pad}try:")
            lines += _block(rng, indent + 4, depth + 1)
            lines.append(f"{pad}except Exception:")
            lines.append(f"{pad}    pass")
        elif kind == 8:
            lines.append(f"{pad}return {_expr(rng)}")
        elif kind == 9:
            lines.append(f"{pad}for t in {rng.choice(['x', '(x, y)', 'self.unique(x)'])}:")
            lines += _block(rng, indent + 4, depth + 1)
        elif kind == 10:
            lines.append(f"{pad}del {rng.choice(['y', 'z'])}")
        elif kind == 11:
            # a tensor-dependent branch cutting a value by a constant slice (a shape change)
            lines.append(f"{pad}if {rng.choice(['x', 'y', 'k'])}.sum() > {rng.randint(-1, 2)}:")
            lines.append(f"{pad}    {rng.choice(['x', 'y'])} = {rng.choice(['x', 'y'])}[:{rng.randint(1, 3)}]")
        else:
            lines.append(f"{pad}ys = [{_expr(rng)}]")
            lines.append(f"{pad}ys.append({_expr(rng)})")
    return lines


def random_cell(rng: random.Random) -> str:
    """A syntactically valid module with a random construct body."""
    body = ["        y = x", "        z = x"] + _block(rng, 8) + ["        return y"]
    return HEADER + "\n".join(body) + "\n"


def mutate(source: str, rng: random.Random) -> str:
    """Delete, duplicate or truncate lines and tokens: mostly invalid Python."""
    lines = source.splitlines(keepends=True)
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        action = rng.randrange(4)
        if action == 0:
            del lines[i]
        elif action == 1:
            lines.insert(i, lines[i])
        elif action == 2:
            words = lines[i].split(" ")
            if len(words) > 1:
                del words[rng.randrange(len(words))]
            lines[i] = " ".join(words)
        else:
            cut = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:cut] + "\n"
    return "".join(lines)


def check(source: str, configs: Iterable[Config]) -> Optional[str]:
    """Run the engine; return a traceback if it raised, else None."""
    n_lines = source.count("\n") + 1
    for config in configs:
        try:
            for finding in lint_source(source, "fuzz.py", config):
                if not (1 <= finding.line <= n_lines + 1):
                    return f"finding outside the file: {finding}"
        except Exception:  # noqa: BLE001 - that is what we look for
            return traceback.format_exc()
    return None


CONFIGS = (Config(jit_syntax_level="LAX", preview=True), Config(jit_syntax_level="STRICT", device="CPU"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python tests/fuzzing.py")
    parser.add_argument("--examples", type=int, default=10_000, help="random Cells to generate")
    parser.add_argument("--mutations", type=int, default=10_000, help="mutated real files to check")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("files", nargs="*", type=Path, help="real files to mutate (default: examples/)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    failures = 0
    start = time.perf_counter()
    for i in range(args.examples):
        error = check(random_cell(rng), CONFIGS)
        if error:
            failures += 1
            print(f"random cell #{i} (seed {args.seed}):\n{error}", file=sys.stderr)
    files = args.files or sorted(Path(__file__).resolve().parent.parent.joinpath("examples").glob("*.py"))
    sources = [p.read_text(encoding="utf-8", errors="replace") for p in files if p.is_file()]
    for i in range(args.mutations if sources else 0):
        error = check(mutate(rng.choice(sources), rng), CONFIGS)
        if error:
            failures += 1
            print(f"mutation #{i} (seed {args.seed}):\n{error}", file=sys.stderr)
    elapsed = time.perf_counter() - start
    print(f"random cells: {args.examples}, mutated files: {args.mutations if sources else 0} "
          f"(from {len(sources)} files), internal errors: {failures}, seconds: {elapsed:.1f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
