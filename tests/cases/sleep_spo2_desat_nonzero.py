# case: find indices of SpO2 desaturation samples (drop >= 3% from rolling baseline) via ops.nonzero and return them -> dynamic shape (nonzero)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DesaturationFinder(nn.Cell):
    def __init__(self, drop_pct=3.0, window=8):
        super().__init__()
        self.drop_pct = drop_pct
        self.pool = nn.MaxPool1d(kernel_size=window, stride=1, pad_mode="same")

    def rolling_max(self, spo2):
        return self.pool(spo2.expand_dims(1)).squeeze(1)

    def construct(self, spo2):
        base = self.rolling_max(spo2)
        drop = base - spo2
        hits = ops.nonzero(drop >= self.drop_pct)
        return hits, drop.max()


def make():
    np.random.seed(2)
    spo2 = 96.0 + np.random.randn(2, 40).astype(np.float32) * 0.3
    spo2[0, 10:16] -= 5.0
    spo2[1, 25:30] -= 4.0
    return DesaturationFinder(), (Tensor(spo2.astype(np.float32)),)
