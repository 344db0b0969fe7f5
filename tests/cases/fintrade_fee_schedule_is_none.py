# case: net return calculator with an optional per-asset fee tensor guarded by `is None` and a sub-Cell for slippage -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SquareRootImpact(nn.Cell):
    def __init__(self, coeff=0.1):
        super().__init__()
        self.coeff = coeff

    def construct(self, trade_qty, adv):
        return self.coeff * ops.sqrt(ops.abs(trade_qty) / adv)


class NetReturn(nn.Cell):
    def __init__(self, default_fee=5e-4):
        super().__init__()
        self.default_fee = default_fee
        self.impact = SquareRootImpact()

    def construct(self, gross_ret, trade_qty, adv, fees=None):
        if fees is None:
            cost = self.default_fee * ops.ones_like(gross_ret)
        else:
            cost = fees
        cost = cost + self.impact(trade_qty, adv)
        return gross_ret - cost


def make():
    np.random.seed(36)
    r = (0.01 * np.random.randn(9)).astype(np.float32)
    q = np.random.randint(-500, 500, size=(9,)).astype(np.float32)
    adv = np.random.randint(10000, 100000, size=(9,)).astype(np.float32)
    return NetReturn(), (Tensor(r), Tensor(q), Tensor(adv), None)
