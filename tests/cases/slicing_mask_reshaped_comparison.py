# case: a comparison computed earlier, reshaped, then used as a boolean index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Select(nn.Cell):
    def construct(self, x, scores):
        local = (scores > 0.5)
        flat = local.reshape(-1)
        return x[flat]


def make():
    return Select(), (Tensor(np.random.randn(6, 2).astype(np.float32)), Tensor(np.random.rand(2, 3).astype(np.float32)))
