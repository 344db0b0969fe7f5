# case: occupancy logistic model computes the log-odds prior with ops.log and a clip on the mean detection tensor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyLogit(nn.Cell):
    def __init__(self, num_cov=3, eps=1e-4):
        super().__init__()
        self.beta = nn.Dense(num_cov, 1)
        self.eps = eps

    def prior_logit(self, history):
        p = history.astype(ms.float32).mean().clip(self.eps, 1.0 - self.eps)
        return ops.log(p / (1.0 - p))

    def construct(self, site_cov, history):
        logit = self.beta(site_cov).squeeze(-1) + self.prior_logit(history)
        psi = ops.sigmoid(logit)
        return psi


def make():
    np.random.seed(17)
    site_cov = Tensor(np.random.randn(8, 3).astype(np.float32))
    history = Tensor((np.random.rand(8, 4) > 0.5).astype(np.int32))
    return OccupancyLogit(), (site_cov, history)
