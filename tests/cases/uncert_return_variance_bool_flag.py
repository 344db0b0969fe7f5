# case: heteroscedastic head with a Python bool constructor flag return_variance that decides whether construct returns one or two outputs -> branch on a constant Python flag, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeanVarianceHead(nn.Cell):
    def __init__(self, in_dim=6, out_dim=2, return_variance=True, min_var=1e-4):
        super().__init__()
        self.mean = nn.Dense(in_dim, out_dim)
        self.var = nn.Dense(in_dim, out_dim)
        self.return_variance = return_variance
        self.min_var = min_var

    def construct(self, h):
        mu = self.mean(h)
        if self.return_variance:
            var = ops.softplus(self.var(h)) + self.min_var
            return ops.concat((mu, var), axis=-1)
        return mu


class Regressor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(4, 6), nn.Tanh()])
        self.head = MeanVarianceHead(return_variance=True)

    def construct(self, x):
        return self.head(self.encoder(x))


def make():
    np.random.seed(0)
    net = Regressor()
    x = Tensor(np.random.randn(9, 4).astype(np.float32))
    return net, (x,)
