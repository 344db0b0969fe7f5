# case: chain-ladder development factors from a cumulative reserve triangle with a loop over a constructor-sized number of periods -> constant loop, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChainLadder(nn.Cell):
    def __init__(self, n_dev=5):
        super().__init__()
        self.n_dev = n_dev

    def construct(self, triangle):
        factors = []
        for j in range(self.n_dev - 1):
            rows = self.n_dev - 1 - j
            num = triangle[:rows, j + 1].sum()
            den = triangle[:rows, j].sum()
            factors.append(num / den)
        ldf = ops.stack(factors)
        cdf = ops.flip(ops.cumprod(ops.flip(ldf, (0,)), 0), (0,))
        latest = ops.stack([triangle[i, self.n_dev - 1 - i] for i in range(self.n_dev)])
        return ldf, cdf, latest


def make():
    np.random.seed(6)
    inc = np.random.gamma(3.0, 100.0, size=(5, 5)).astype(np.float32)
    cum = np.cumsum(inc, axis=1)
    return ChainLadder(n_dev=5), (Tensor(cum),)
