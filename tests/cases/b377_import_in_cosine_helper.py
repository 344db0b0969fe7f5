# case: NAS search cell computes a cosine-annealed Gumbel temperature in a helper that does `import math` on each call and uses the result to soften the architecture weights -> expected error (import inside the graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GumbelSchedule:
    def __init__(self, tau_max=10.0, tau_min=0.1, total_epochs=50, epoch=10):
        self.tau_max = tau_max
        self.tau_min = tau_min
        self.total_epochs = total_epochs
        self.epoch = epoch


class AnnealedMixedOp(nn.Cell):
    def __init__(self, hidden, num_ops, schedule):
        super().__init__()
        self.schedule = schedule
        self.ops_list = nn.CellList([nn.Dense(hidden, hidden) for _ in range(num_ops)])
        self.alpha = Parameter(Tensor(np.random.randn(num_ops).astype(np.float32)), name="alpha")

    def _tau(self):
        import math
        s = self.schedule
        cos = 0.5 * (1 + math.cos(math.pi * s.epoch / s.total_epochs))
        return s.tau_min + (s.tau_max - s.tau_min) * cos

    def construct(self, x):
        w = ops.softmax(self.alpha / self._tau(), axis=0)
        out = ops.zeros_like(x)
        for i, op in enumerate(self.ops_list):
            out += w[i] * op(x)
        return out


def make():
    np.random.seed(3803)
    cell = AnnealedMixedOp(16, 3, GumbelSchedule())
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    return cell, (x,)
