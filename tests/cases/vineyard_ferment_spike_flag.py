# case: flag the hours where the fermentation tank temperature exceeds the yeast stress limit with ops.where (three arguments) and count them -> fixed shapes, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikeFlagger(nn.Cell):
    def __init__(self, stress_c=30.0, window=4):
        super().__init__()
        self.stress_c = stress_c
        self.pool = nn.AvgPool1d(kernel_size=window, stride=1, pad_mode="same")

    def construct(self, temps):
        smooth = self.pool(temps.reshape(1, 1, -1)).reshape(-1)
        excess = ops.where(smooth > self.stress_c, smooth - self.stress_c,
                           ops.zeros_like(smooth))
        n_hot = (excess > 0).astype(ms.int32).sum()
        return excess, n_hot


def make():
    np.random.seed(6)
    hours = np.arange(96, dtype=np.float32)
    temps = 24.0 + 6.0 * np.sin(hours / 12.0) + np.random.randn(96)
    return SpikeFlagger(), (Tensor(temps.astype(np.float32)),)
