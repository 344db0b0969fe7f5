# case: voice activity gating by multiplying a smoothed sigmoid VAD probability into the enhanced spectrogram instead of dropping frames -> all shapes static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VADHead(nn.Cell):
    def __init__(self, n_bins=16, hidden=8):
        super().__init__()
        self.fc = nn.SequentialCell([nn.Dense(n_bins, hidden), nn.Tanh(), nn.Dense(hidden, 1)])

    def construct(self, spec):
        return ops.sigmoid(self.fc(spec))


class GatedEnhancer(nn.Cell):
    def __init__(self, n_bins=16, floor=0.05, sharpness=10.0):
        super().__init__()
        self.vad = VADHead(n_bins)
        self.mask_fc = nn.Dense(n_bins, n_bins)
        self.floor = floor
        self.sharpness = sharpness

    def construct(self, spec):
        prob = self.vad(spec)
        gate = ops.sigmoid(self.sharpness * (prob - 0.5))
        gate = self.floor + (1.0 - self.floor) * gate
        mask = ops.sigmoid(self.mask_fc(spec))
        return spec * mask * gate


def make():
    np.random.seed(22)
    spec = np.abs(np.random.randn(2, 20, 16)).astype(np.float32)
    return GatedEnhancer(), (Tensor(spec),)
