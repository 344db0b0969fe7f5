# case: locate the sample indices where the carbonation pressure curve drops sharply (CO2 loss) -> ops.nonzero returns a data-dependent number of rows
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PressureDropLocator(nn.Cell):
    def __init__(self, drop_bar=0.15):
        super().__init__()
        self.drop_bar = drop_bar

    def first_difference(self, curve):
        return curve[1:] - curve[:-1]

    def construct(self, pressure_bar):
        diff = self.first_difference(pressure_bar)
        drops = diff < -self.drop_bar
        where_drop = ops.nonzero(drops)
        return where_drop.astype(ms.float32) * 0.5  # seconds at 2 Hz sampling


def make():
    np.random.seed(31)
    t = np.linspace(0, 30, 60).astype(np.float32)
    curve = 3.6 - 0.02 * t + 0.1 * np.random.randn(60).astype(np.float32)
    return PressureDropLocator(), (Tensor(curve, ms.float32),)
