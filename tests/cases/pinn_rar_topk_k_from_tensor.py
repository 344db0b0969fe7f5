# case: residual-based adaptive refinement picks the top-k collocation points where k is a tensor converted with int() -> Graph mode should fail or go dynamic because topk's k comes from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoissonResidual(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.net = nn.SequentialCell(
            nn.Dense(2, hidden), nn.Tanh(), nn.Dense(hidden, hidden), nn.Tanh(), nn.Dense(hidden, 1)
        )

    def construct(self, xy):
        u = self.net(xy)
        src = ops.sin(3.14159 * xy[:, 0:1]) * ops.sin(3.14159 * xy[:, 1:2])
        return ops.abs(u - src).squeeze(-1)


class RARSampler(nn.Cell):
    def __init__(self):
        super().__init__()
        self.residual = PoissonResidual()

    def construct(self, candidates, n_add):
        res = self.residual(candidates)
        k = int(n_add)
        _, idx = ops.topk(res, k)
        return ops.gather(candidates, idx, 0)


def make():
    np.random.seed(0)
    cand = Tensor(np.random.rand(64, 2).astype(np.float32))
    n_add = Tensor(8, ms.int32)
    return RARSampler(), (cand, n_add)
