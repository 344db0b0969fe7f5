# case: converts a tensor baseline hazard with math.log and math.exp from the standard library inside construct -> error in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeibullRisk(nn.Cell):
    def __init__(self, shape_k=1.3):
        super().__init__()
        self.shape_k = shape_k
        self.linear = nn.Dense(4, 1)

    def construct(self, covariates, baseline_scale, horizon):
        log_scale = math.log(baseline_scale)
        cum_base = math.exp(self.shape_k * (math.log(horizon) - log_scale))
        lp = self.linear(covariates).squeeze(-1)
        return 1.0 - ops.exp(-cum_base * ops.exp(lp))


def make():
    np.random.seed(27)
    cov = np.random.randn(6, 4).astype(np.float32)
    return WeibullRisk(), (Tensor(cov), Tensor(12.0, ms.float32), Tensor(5.0, ms.float32))
