# case: Weibull survival probability at a horizon with baseline scale and horizon as Python floats and all math via ops -> static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeibullSurvival(nn.Cell):
    def __init__(self, n_cov=4, shape_k=1.3, baseline_scale=12.0):
        super().__init__()
        self.shape_k = shape_k
        self.log_scale = math.log(baseline_scale)
        self.linear = nn.Dense(n_cov, 1)

    def cumulative_baseline(self, t):
        return ops.exp(self.shape_k * (ops.log(t) - self.log_scale))

    def construct(self, covariates, horizons):
        lp = self.linear(covariates)
        h0 = self.cumulative_baseline(horizons).expand_dims(0)
        return ops.exp(-h0 * ops.exp(lp))


def make():
    np.random.seed(28)
    cov = np.random.randn(6, 4).astype(np.float32)
    horizons = np.array([1.0, 3.0, 6.0, 12.0, 24.0], np.float32)
    return WeibullSurvival(), (Tensor(cov), Tensor(horizons))
