# case: list comprehension selecting bands whose learned weight is positive (tensor condition), then stacking -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LearnedBandSelector(nn.Cell):
    def __init__(self, n_bands=6, init_weights=None):
        super().__init__()
        self.n_bands = n_bands
        if init_weights is None:
            init_weights = np.linspace(-0.5, 1.0, n_bands).astype(np.float32)
        self.band_weight = Parameter(Tensor(init_weights), name="band_weight")

    def gate(self, x, b):
        return x[:, b] * ops.sigmoid(self.band_weight[b])

    def construct(self, x):
        selected = [self.gate(x, b) for b in range(self.n_bands) if self.band_weight[b] > 0]
        stacked = ops.stack(selected, axis=1)
        return stacked.mean(axis=1)


def make():
    np.random.seed(18)
    x = Tensor(np.random.rand(2, 6, 8, 8).astype(np.float32))
    return LearnedBandSelector(), (x,)
