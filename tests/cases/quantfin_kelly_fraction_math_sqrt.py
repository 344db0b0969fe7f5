# case: Kelly position sizing that converts mean and variance of returns to Python floats and uses math.sqrt and min() for the cap -> float() of tensors and math on host values, error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KellySizer(nn.Cell):
    def __init__(self, fraction=0.5, max_leverage=2.0):
        super().__init__()
        self.fraction = fraction
        self.max_leverage = max_leverage

    def kelly(self, returns):
        mu = float(returns.mean())
        var = float(((returns - returns.mean()) ** 2).mean())
        sharpe = mu / math.sqrt(var + 1e-12)
        lev = self.fraction * mu / (var + 1e-12)
        return min(lev, self.max_leverage), sharpe

    def construct(self, returns, base_weights):
        lev, sharpe = self.kelly(returns)
        return base_weights * lev, sharpe


def make():
    np.random.seed(21)
    returns = Tensor((np.random.randn(250) * 0.01 + 0.0008).astype(np.float32))
    w = Tensor(np.full(4, 0.25, np.float32))
    return KellySizer(), (returns, w)
