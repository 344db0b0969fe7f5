# case: @ms.jit function accumulates per-key tensors into a local dict over a loop of constant keys and returns a tuple; static at both levels
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor, mint

KEYS = ("sum", "sq", "abs")


def update(acc, x):
    acc["sum"] = acc["sum"] + x
    acc["sq"] = acc["sq"] + x * x
    acc["abs"] = acc["abs"] + mint.abs(x)
    return acc


@ms.jit
def running_moments(a, b, c):
    acc = {}
    for k in KEYS:
        acc[k] = mint.zeros_like(a)
    for t in (a, b, c):
        acc = update(acc, t)
    return acc["sum"] / 3, acc["sq"] / 3, acc["abs"] / 3


def make():
    xs = tuple(Tensor(np.random.randn(2, 2).astype(np.float32)) for _ in range(3))
    return running_moments, xs
