# case: jit_class holding priority statistics is created and mutated inside construct and returned -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class PriorityStats:
    def __init__(self, max_p, mean_p):
        self.max_p = max_p
        self.mean_p = mean_p

    def update(self, new_p):
        self.max_p = ops.maximum(self.max_p, new_p.max())
        self.mean_p = 0.9 * self.mean_p + 0.1 * new_p.mean()


class TDPriorityUpdater(nn.Cell):
    def __init__(self, in_dim=4, eps=1e-2):
        super().__init__()
        self.q = nn.Dense(in_dim, 1)
        self.eps = eps

    def td_error(self, s, r, s_next):
        return ops.abs(r + 0.99 * self.q(s_next).squeeze(-1) - self.q(s).squeeze(-1))

    def construct(self, s, r, s_next):
        new_p = self.td_error(s, r, s_next) + self.eps
        stats = PriorityStats(new_p[0], new_p[0])
        stats.update(new_p)
        return new_p / stats.max_p, stats


def make():
    np.random.seed(0)
    s = Tensor(np.random.randn(6, 4).astype(np.float32))
    s2 = Tensor(np.random.randn(6, 4).astype(np.float32))
    r = Tensor(np.random.rand(6).astype(np.float32))
    return TDPriorityUpdater(), (s, r, s2)
