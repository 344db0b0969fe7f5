import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RateLookup(nn.Cell):
    def construct(self, x, idx):
        rates = {0: 1.0, 1: 2.0, 2: 4.0}
        r = rates.get(int(idx), 1.0)
        return x * r


def make():
    np.random.seed(0)
    return RateLookup(), (Tensor(np.random.rand(4).astype(np.float32)), Tensor(1, ms.int32))
