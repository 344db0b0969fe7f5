# case: pairs-trading positions from the spread z-score using ops.where for entry and exit bands over the full series -> element-wise where keeps static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HedgeRatio(nn.Cell):
    def construct(self, y, x):
        xm = x - x.mean()
        return (xm * (y - y.mean())).sum() / (xm * xm).sum()


class PairsSignal(nn.Cell):
    def __init__(self, entry=1.5, exit_band=0.5):
        super().__init__()
        self.entry = entry
        self.exit_band = exit_band
        self.beta = HedgeRatio()

    def construct(self, y, x):
        b = self.beta(y, x)
        spread = y - b * x
        z = (spread - spread.mean()) / (ops.std(spread) + 1e-6)
        zeros = ops.zeros_like(z)
        pos = ops.where(z > self.entry, -ops.ones_like(z), zeros)
        pos = ops.where(z < -self.entry, ops.ones_like(z), pos)
        pos = ops.where(ops.abs(z) < self.exit_band, zeros, pos)
        return pos, b


def make():
    np.random.seed(37)
    x = 50 + np.cumsum(np.random.randn(60))
    y = 1.3 * x + np.random.randn(60) * 2
    return PairsSignal(), (Tensor(y.astype(np.float32)), Tensor(x.astype(np.float32)))
