# case: ability estimator runs bisection in a while loop on a tensor convergence test, keeping fixed-shape tensor state -> static in Graph mode (tensor while loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AbilityBisection(nn.Cell):
    def __init__(self, tol=1e-3, max_iter=30):
        super().__init__()
        self.tol = tol
        self.max_iter = max_iter

    def score_gap(self, theta, difficulty, responses):
        expected = ops.sigmoid(theta - difficulty)
        return (responses - expected).sum()

    def construct(self, difficulty, responses):
        lo = Tensor(-4.0, ms.float32)
        hi = Tensor(4.0, ms.float32)
        it = Tensor(0, ms.int32)
        while (hi - lo) > self.tol and it < self.max_iter:
            mid = (lo + hi) / 2
            gap = self.score_gap(mid, difficulty, responses)
            lo = ops.select(gap > 0, mid, lo)
            hi = ops.select(gap > 0, hi, mid)
            it = it + 1
        return (lo + hi) / 2


def make():
    np.random.seed(33)
    difficulty = Tensor(np.random.randn(10).astype(np.float32))
    responses = Tensor(np.random.randint(0, 2, (10,)).astype(np.float32))
    return AbilityBisection(), (difficulty, responses)
