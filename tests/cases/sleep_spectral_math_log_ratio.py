# case: delta/theta power ratio per EEG epoch passed through math.log on a reduced tensor value -> error (math on tensor in graph)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlowWaveIndex(nn.Cell):
    def __init__(self, n_samples=64):
        super().__init__()
        t = np.arange(n_samples) / 64.0
        delta = np.sin(2 * np.pi * 2.0 * t)
        theta = np.sin(2 * np.pi * 6.0 * t)
        self.basis = Tensor(np.stack([delta, theta], axis=1).astype(np.float32))

    def construct(self, eeg):
        proj = ops.matmul(eeg, self.basis)
        power = (proj * proj).mean(axis=0)
        ratio = power[0] / (power[1] + 1e-6)
        return math.log(ratio + 1.0)


def make():
    np.random.seed(27)
    eeg = np.random.randn(6, 64).astype(np.float32)
    return SlowWaveIndex(), (Tensor(eeg),)
