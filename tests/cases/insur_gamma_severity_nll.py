# case: gamma severity model negative log-likelihood with a learned shape parameter and lgamma -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GammaSeverity(nn.Cell):
    def __init__(self, n_features=4, init_log_shape=0.5):
        super().__init__()
        self.mean_head = nn.Dense(n_features, 1)
        self.log_shape = Parameter(Tensor(np.array([init_log_shape], np.float32)), name="log_shape")

    def construct(self, x, y):
        mu = ops.exp(self.mean_head(x).squeeze(-1) + 7.0)
        alpha = ops.exp(self.log_shape)
        rate = alpha / mu
        ll = alpha * ops.log(rate) + (alpha - 1.0) * ops.log(y) - rate * y - ops.lgamma(alpha)
        return -ll.mean()


def make():
    np.random.seed(15)
    x = Tensor(np.random.randn(20, 4).astype(np.float32))
    y = Tensor(np.random.gamma(2.0, 600.0, size=(20,)).astype(np.float32))
    return GammaSeverity(), (x, y)
