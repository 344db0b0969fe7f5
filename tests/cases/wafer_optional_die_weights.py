# case: weighted yield with an optional per-die weight tensor checked with `is None` -> static shapes, None test resolved at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedYield(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, pass_flags, die_weights=None):
        passed = pass_flags.astype(ms.float32)
        if die_weights is None:
            w = ops.ones_like(passed)
        else:
            w = die_weights
        return (passed * w).sum(axis=-1) / w.sum(axis=-1)


def make():
    np.random.seed(26)
    flags = Tensor((np.random.rand(4, 30) > 0.12).astype(np.int32))
    return WeightedYield(), (flags, None)
