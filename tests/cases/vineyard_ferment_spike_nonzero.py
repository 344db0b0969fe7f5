# case: find the hours where the fermentation tank temperature spikes above the yeast stress limit with ops.nonzero -> output length depends on data, Graph mode dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikeDetector(nn.Cell):
    def __init__(self, stress_c=30.0, smooth=3):
        super().__init__()
        self.stress_c = stress_c
        self.smooth = smooth
        kernel = np.ones((1, 1, smooth), dtype=np.float32) / smooth
        self.kernel = ms.Parameter(Tensor(kernel), requires_grad=False)

    def smooth_curve(self, temps):
        x = temps.reshape(1, 1, -1)
        y = ops.conv1d(x, self.kernel, pad_mode="same")
        return y.reshape(-1)

    def construct(self, temps):
        smooth = self.smooth_curve(temps)
        hot_hours = ops.nonzero(smooth > self.stress_c)
        return hot_hours, smooth


def make():
    np.random.seed(5)
    hours = np.arange(96, dtype=np.float32)
    temps = 24.0 + 6.0 * np.sin(hours / 12.0) + np.random.randn(96).astype(np.float32)
    return SpikeDetector(), (Tensor(temps.astype(np.float32)),)
