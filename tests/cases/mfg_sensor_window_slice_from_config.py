# case: take the last `window` vibration samples with a window length fixed in the constructor and compute RMS features -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VibrationConfig:
    def __init__(self, window=16, n_axes=3):
        self.window = window
        self.n_axes = n_axes


class SpindleRmsFeatures(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else VibrationConfig()
        self.window = cfg.window
        self.head = nn.Dense(cfg.n_axes * 2, 1)

    def construct(self, vib):
        t = vib.shape[1]
        recent = vib[:, t - self.window:, :]
        rms = ops.sqrt((recent * recent).mean(axis=1))
        peak = ops.abs(recent).max(axis=1)
        feats = ops.concat((rms, peak), axis=1)
        return self.head(feats)


def make():
    np.random.seed(9)
    vib = Tensor(np.random.randn(4, 40, 3).astype(np.float32))
    return SpindleRmsFeatures(), (vib,)
