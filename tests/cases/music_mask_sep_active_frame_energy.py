# case: mask-based source separation that keeps only active frames via masked_select -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskEstimator(nn.Cell):
    def __init__(self, n_bins=33, hidden=32, n_sources=2):
        super().__init__()
        self.n_sources = n_sources
        self.proj = nn.Dense(n_bins, hidden)
        self.out = nn.Dense(hidden, n_bins * n_sources)
        self.act = nn.ReLU()

    def construct(self, mag):
        b, t, f = mag.shape
        h = self.act(self.proj(mag))
        m = ops.sigmoid(self.out(h))
        return m.reshape(b, t, self.n_sources, f)


class ActiveFrameSeparator(nn.Cell):
    def __init__(self, n_bins=33, energy_floor=0.5):
        super().__init__()
        self.masker = MaskEstimator(n_bins)
        self.energy_floor = energy_floor

    def _active_energy(self, est):
        energy = est.sum(axis=-1)
        return ops.masked_select(energy, energy > self.energy_floor)

    def construct(self, mag):
        masks = self.masker(mag)
        est = masks * mag.expand_dims(2)
        vocals = est[:, :, 0, :]
        active = self._active_energy(vocals)
        return est, active.mean()


def make():
    np.random.seed(0)
    mag = Tensor(np.abs(np.random.randn(2, 12, 33)).astype(np.float32))
    return ActiveFrameSeparator(), (mag,)
