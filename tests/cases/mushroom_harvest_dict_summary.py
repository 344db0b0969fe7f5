# case: build a per-flush summary dict with constant string keys in construct and return its values as a tuple -> dict with constant keys, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlushSummary(nn.Cell):
    def __init__(self, keys=("mass", "count", "mean_cap")):
        super().__init__()
        self.keys = keys

    def construct(self, cap_mm, mass_g):
        stats = {}
        stats["mass"] = mass_g.sum()
        stats["count"] = ops.cast(ops.size(mass_g), ms.float32)
        stats["mean_cap"] = cap_mm.mean()
        return stats["mass"], stats["count"], stats["mean_cap"]


def make():
    np.random.seed(340)
    cap = Tensor(np.random.uniform(25, 60, size=(15,)).astype(np.float32))
    mass = Tensor(np.random.uniform(10, 40, size=(15,)).astype(np.float32))
    return FlushSummary(), (cap, mass)
