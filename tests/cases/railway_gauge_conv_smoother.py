# case: gauge signal smoothed with a fixed box kernel via ops.conv1d, residual returned -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaugeSmoother(nn.Cell):
    def __init__(self, window=5, detrend=True):
        super().__init__()
        self.kernel = Tensor(np.ones((1, 1, window), np.float32) / window)
        self.detrend = detrend

    def construct(self, gauge):
        if self.detrend:
            gauge = gauge - gauge.mean(axis=1, keep_dims=True)
        smooth = ops.conv1d(gauge.expand_dims(1), self.kernel, pad_mode="same").squeeze(1)
        residual = gauge - smooth
        return residual, ops.abs(residual).max(axis=1)


def make():
    np.random.seed(14)
    g = Tensor((np.random.randn(2, 30) * 2.0).astype(np.float32))
    return GaugeSmoother(), (g,)
