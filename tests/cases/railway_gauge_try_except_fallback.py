# case: gauge smoothing wrapped in try/except with a fallback to the raw signal inside construct -> try statement in graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaugeSmoother(nn.Cell):
    def __init__(self, window=5):
        super().__init__()
        self.window = window
        self.kernel = Tensor(np.ones((1, 1, window), np.float32) / window)

    def construct(self, gauge):
        try:
            smooth = ops.conv1d(gauge.expand_dims(1), self.kernel, pad_mode="same")
            smooth = smooth.squeeze(1)
        except ValueError:
            smooth = gauge
        return gauge - smooth


def make():
    np.random.seed(14)
    g = Tensor((np.random.randn(2, 30) * 2.0).astype(np.float32))
    return GaugeSmoother(), (g,)
