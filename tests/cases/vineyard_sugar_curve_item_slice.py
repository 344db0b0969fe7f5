# case: keep only the days of a must-density (sugar) curve up to the day fermentation is declared dry, the cut day taken with .item() -> slice length from data, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DRY_DENSITY = 0.996


def first_dry_day(density):
    below = (density < DRY_DENSITY).astype(ms.int32)
    return below.argmax()


class DryDownFit(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rate = ms.Parameter(Tensor(0.01, ms.float32))

    def construct(self, density):
        cut = first_dry_day(density).item()
        active = density[:cut + 1]
        days = ops.arange(active.shape[0]).astype(ms.float32)
        pred = density[0] - self.rate * days
        return ((pred - active) ** 2).mean()


def make():
    np.random.seed(31)
    days = np.arange(20, dtype=np.float32)
    density = 1.090 - 0.009 * days + 0.001 * np.random.randn(20)
    return DryDownFit(), (Tensor(density.astype(np.float32)),)
