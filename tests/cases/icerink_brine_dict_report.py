# case: per-circuit brine statistics gathered in a dict with constant string keys and returned as a tuple -> constant-key dict likely accepted
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrineCircuitStats(nn.Cell):
    def __init__(self, keys=("supply", "return", "delta")):
        super().__init__()
        self.keys = keys

    def construct(self, supply_c, return_c):
        stats = {}
        stats["supply"] = supply_c.mean()
        stats["return"] = return_c.mean()
        stats["delta"] = (return_c - supply_c).max()
        return stats["supply"], stats["return"], stats["delta"]


def make():
    np.random.seed(3139)
    sup = np.random.uniform(-9.0, -7.0, size=(10,)).astype(np.float32)
    ret = sup + np.random.uniform(1.0, 3.5, size=(10,)).astype(np.float32)
    return BrineCircuitStats(), (Tensor(sup), Tensor(ret))
