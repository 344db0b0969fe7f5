# case: fit the must-density (sugar) decline only on active fermentation days by zero-weighting days after dryness -> fixed length curve with weights, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DRY_DENSITY = 0.996


class DryDownFit(nn.Cell):
    def __init__(self, n_days=20):
        super().__init__()
        self.rate = ms.Parameter(Tensor(0.01, ms.float32))
        self.days = Tensor(np.arange(n_days, dtype=np.float32))

    def active_weights(self, density):
        dry = (density < DRY_DENSITY).astype(ms.float32)
        # once dry, stays dry: cumulative max over days
        seen_dry = ops.cummax(dry, axis=0)[0]
        return 1.0 - seen_dry

    def construct(self, density):
        w = self.active_weights(density)
        pred = density[0] - self.rate * self.days
        err = (pred - density) ** 2 * w
        return err.sum() / ops.maximum(w.sum(), 1.0)


def make():
    np.random.seed(32)
    days = np.arange(20, dtype=np.float32)
    density = 1.090 - 0.009 * days + 0.001 * np.random.randn(20)
    return DryDownFit(), (Tensor(density.astype(np.float32)),)
