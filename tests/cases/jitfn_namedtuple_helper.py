# case: @ms.jit function whose helper builds a module-level namedtuple from tensors; namedtuple creation from tensors is interpreted at LAX (dynamic) and rejected at STRICT
from collections import namedtuple
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

Stats = namedtuple("Stats", ["mean", "maxv"])


def summarize(x):
    return Stats(x.mean(axis=0), x.max(axis=0))


@ms.jit
def center_and_scale(x):
    s = summarize(x)
    return (x - s.mean) / (s.maxv + 1.0)


def make():
    return center_and_scale, (Tensor(np.random.rand(5, 3).astype(np.float32)),)
