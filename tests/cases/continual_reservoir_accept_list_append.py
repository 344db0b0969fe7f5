# case: reservoir acceptance loop appends accepted rows to a Python list when a tensor coin flip passes, then stacks -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReservoirFilter(nn.Cell):
    def __init__(self, capacity=4, dim=3):
        super().__init__()
        self.capacity = capacity
        self.proj = nn.Dense(dim, dim)

    def accept_prob(self, seen_before, i):
        return self.capacity / (seen_before + i + 1.0)

    def construct(self, x, coins, seen_before):
        accepted = []
        for i in range(x.shape[0]):
            p = self.accept_prob(seen_before, i)
            if coins[i] < p:
                accepted.append(x[i])
        if len(accepted) == 0:
            return ops.zeros((1, x.shape[1]), ms.float32)
        return self.proj(ops.stack(accepted))


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(6, 3).astype(np.float32))
    coins = Tensor(np.random.rand(6).astype(np.float32))
    return ReservoirFilter(), (x, coins, Tensor(8.0, ms.float32))
