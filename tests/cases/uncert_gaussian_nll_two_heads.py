# case: heteroscedastic regressor with mean and log-variance heads computing the Gaussian negative log-likelihood, variance clamped with ops.clamp -> static shapes
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaussianRegressor(nn.Cell):
    def __init__(self, in_dim=5, hidden=16, min_logvar=-6.0, max_logvar=4.0):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.SiLU(), nn.Dense(hidden, hidden), nn.SiLU()])
        self.mu = nn.Dense(hidden, 1)
        self.logvar = nn.Dense(hidden, 1)
        self.min_logvar = min_logvar
        self.max_logvar = max_logvar
        self.half_log_2pi = 0.5 * math.log(2 * math.pi)

    def construct(self, x, y):
        h = self.trunk(x)
        mu = self.mu(h)
        logvar = ops.clamp(self.logvar(h), self.min_logvar, self.max_logvar)
        nll = 0.5 * logvar + 0.5 * (y - mu) ** 2 / ops.exp(logvar) + self.half_log_2pi
        return nll.mean(), mu, ops.exp(logvar)


def make():
    np.random.seed(0)
    net = GaussianRegressor()
    x = Tensor(np.random.randn(8, 5).astype(np.float32))
    y = Tensor(np.random.randn(8, 1).astype(np.float32))
    return net, (x, y)
