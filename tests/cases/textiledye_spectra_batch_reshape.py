# case: reshape a batch of multi-angle spectrophotometer readings using x.shape to average angles per swatch -> shapes from .shape, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiAngleAverager(nn.Cell):
    def __init__(self, n_angles=3, n_wl=31, hidden=16):
        super().__init__()
        self.n_angles = n_angles
        self.enc = nn.Dense(n_wl, hidden)

    def construct(self, readings):
        # readings: (swatches * angles, 31)
        n_swatch = readings.shape[0] // self.n_angles
        per = readings.reshape(n_swatch, self.n_angles, readings.shape[1])
        avg = per.mean(axis=1)
        spread = per.std(axis=1).mean(axis=1)
        return self.enc(avg), spread


def make():
    np.random.seed(48)
    r = np.clip(np.random.rand(12, 31), 0.02, 0.98).astype(np.float32)
    return MultiAngleAverager(), (Tensor(r),)
