# case: occupancy logistic model computes the log-odds prior with math.log on the mean detection tensor -> error or fallback: math on a tensor in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyLogit(nn.Cell):
    def __init__(self, num_cov=3):
        super().__init__()
        self.beta = nn.Dense(num_cov, 1)

    def prior_logit(self, history):
        p = history.astype(ms.float32).mean()
        return math.log(p / (1.0 - p))

    def construct(self, site_cov, history):
        logit = self.beta(site_cov).squeeze(-1) + self.prior_logit(history)
        psi = ops.sigmoid(logit)
        return psi


def make():
    np.random.seed(17)
    site_cov = Tensor(np.random.randn(8, 3).astype(np.float32))
    history = Tensor((np.random.rand(8, 4) > 0.5).astype(np.int32))
    return OccupancyLogit(), (site_cov, history)
