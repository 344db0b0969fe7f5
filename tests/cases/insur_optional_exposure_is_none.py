# case: frequency model takes an optional exposure tensor and only adds the log offset when exposure is not None -> is None test resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClaimRate(nn.Cell):
    def __init__(self, n_features=6, hidden=12):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_features, hidden), nn.Tanh(), nn.Dense(hidden, 1)])

    def construct(self, x, exposure=None):
        eta = self.body(x).squeeze(-1)
        if exposure is not None:
            eta = eta + ops.log(exposure)
        return ops.exp(eta)


class Portfolio(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rate = ClaimRate()

    def construct(self, x, exposure):
        with_exp = self.rate(x, exposure)
        annual = self.rate(x)
        return with_exp, annual


def make():
    np.random.seed(27)
    x = Tensor(np.random.randn(14, 6).astype(np.float32))
    e = Tensor(np.random.uniform(0.1, 1.0, size=(14,)).astype(np.float32))
    return Portfolio(), (x, e)
