# case: gradient-boosting-style stack of soft stumps; rounds continue while residual error is above tolerance, collecting predictions in a list -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftStump(nn.Cell):
    def __init__(self, in_dim):
        super().__init__()
        self.split = nn.Dense(in_dim, 1)
        self.leaves = nn.Dense(2, 1, has_bias=False)

    def construct(self, x):
        p = ops.sigmoid(self.split(x))
        return self.leaves(ops.concat((p, 1 - p), axis=1)).reshape(-1)


class BoostedStumps(nn.Cell):
    def __init__(self, in_dim=5, max_rounds=4, shrinkage=0.5, tol=1e-2):
        super().__init__()
        self.stumps = nn.CellList([SoftStump(in_dim) for _ in range(max_rounds)])
        self.max_rounds = max_rounds
        self.shrinkage = shrinkage
        self.tol = tol

    def construct(self, x, y):
        preds = []
        residual = y
        r = 0
        while r < self.max_rounds and ops.abs(residual).mean() > self.tol:
            step = self.shrinkage * self.stumps[r](x)
            preds.append(step)
            residual = residual - step
            r += 1
        return ops.stack(preds, axis=0).sum(axis=0)


def make():
    np.random.seed(20)
    ms.set_seed(20)
    x = Tensor(np.random.randn(6, 5).astype(np.float32))
    y = Tensor(np.random.randn(6).astype(np.float32))
    return BoostedStumps(), (x, y)
