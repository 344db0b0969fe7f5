# case: Breslow baseline cumulative hazard evaluated at the distinct event times obtained with ops.unique -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearCox(nn.Cell):
    def __init__(self, n_features=5):
        super().__init__()
        self.beta = nn.Dense(n_features, 1, has_bias=False)

    def construct(self, x):
        return self.beta(x).squeeze(-1)


class BreslowEstimator(nn.Cell):
    def __init__(self, n_features=5, eps=1e-8):
        super().__init__()
        self.cox = LinearCox(n_features)
        self.eps = eps

    def distinct_times(self, times):
        t_unique, _ = ops.unique(times)
        return ops.sort(t_unique)[0]

    def construct(self, x, times, events):
        hr = ops.exp(self.cox(x))
        grid = self.distinct_times(times)
        at_risk = (times.expand_dims(0) >= grid.expand_dims(1)).astype(ms.float32)
        died = (times.expand_dims(0) == grid.expand_dims(1)).astype(ms.float32) * events
        increments = died.sum(1) / ((at_risk * hr).sum(1) + self.eps)
        return grid, ops.cumsum(increments, 0)


def make():
    np.random.seed(30)
    x = Tensor(np.random.randn(10, 5).astype(np.float32))
    times = Tensor(np.array([3, 5, 5, 8, 2, 9, 3, 12, 8, 7], np.float32))
    events = Tensor(np.array([1, 1, 0, 1, 1, 0, 1, 1, 1, 0], np.float32))
    return BreslowEstimator(), (x, times, events)
