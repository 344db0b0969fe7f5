# case: collect lengths of underwater periods by looping over the drawdown series and appending to a Python list whenever a period ends -> list grown in a data-dependent loop, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnderwaterPeriods(nn.Cell):
    def __init__(self, tol=1e-6):
        super().__init__()
        self.tol = tol

    def construct(self, equity):
        peak, _ = ops.cummax(equity, axis=0)
        dd = 1.0 - equity / peak
        periods = []
        run = 0
        for t in range(equity.shape[0]):
            if dd[t] > self.tol:
                run += 1
            elif run > 0:
                periods.append(run)
                run = 0
        lengths = ops.stack([Tensor(p, ms.float32) for p in periods]) if periods else ops.zeros(1, ms.float32)
        return lengths.max()


def make():
    np.random.seed(16)
    eq = np.exp(np.cumsum(np.random.randn(40) * 0.01))
    return UnderwaterPeriods(), (Tensor(eq.astype(np.float32)),)
