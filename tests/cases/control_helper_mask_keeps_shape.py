# case: a helper masks the keys (same shape); a tensor `if` uses it or the raw keys -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def masked(keys, mask):
    return ops.where(mask, keys, ops.zeros_like(keys))


class KeySelect(nn.Cell):
    def __init__(self, budget=1.0):
        super().__init__()
        self.budget = budget

    def construct(self, keys, cost):
        if cost > self.budget:
            keys = masked(keys, keys > 0)
        return ops.softmax(keys, axis=-1)


def make():
    k = Tensor(np.random.RandomState(2).randn(2, 6).astype(np.float32))
    return KeySelect(), (k, Tensor(2.0, ms.float32))
