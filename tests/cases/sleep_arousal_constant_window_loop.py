# case: arousal score per epoch from fixed 3-second windows looped with a constant range and stacked -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArousalWindowScore(nn.Cell):
    """EEG shift over sub-windows: max window power relative to epoch mean."""

    def __init__(self, fs=16, epoch_sec=30, win_sec=3):
        super().__init__()
        self.win = fs * win_sec
        self.n_win = (epoch_sec * fs) // self.win

    def construct(self, eeg):
        powers = []
        for k in range(self.n_win):
            seg = eeg[:, k * self.win:(k + 1) * self.win]
            powers.append((seg * seg).mean(axis=-1))
        p = ops.stack(powers, axis=-1)
        score = p.max(axis=-1) / (p.mean(axis=-1) + 1e-6)
        return ops.sigmoid(score - 2.0)


def make():
    np.random.seed(11)
    eeg = np.random.randn(4, 480).astype(np.float32)
    eeg[1, 96:144] *= 4.0
    return ArousalWindowScore(), (Tensor(eeg),)
