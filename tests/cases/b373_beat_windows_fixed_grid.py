# case: fixed-grid beat epoching (window every hop samples) collected in a list over range(n_windows) with n_windows from x.shape and config, then stacked -> shape-only loop bound, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridEpochConfig:
    window = 64
    hop = 32
    center = True
    drop_last = True


def n_frames(length, window, hop):
    return 1 + (length - window) // hop


class GridEpocher(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = GridEpochConfig() if config is None else config
        self.window = config.window
        self.hop = config.hop
        self.center = config.center

    def construct(self, ecg):
        if self.center:
            ecg = ecg - ecg.mean(axis=-1, keep_dims=True)
        length = ecg.shape[-1]
        frames = []
        for k in range(n_frames(length, self.window, self.hop)):
            start = k * self.hop
            frames.append(ecg[..., start:start + self.window])
        epochs = ops.stack(frames, axis=1)
        energy = (epochs * epochs).mean(-1)
        return epochs, energy


def make():
    np.random.seed(3744)
    x = np.random.randn(2, 3, 320).astype(np.float32)
    return GridEpocher(), (Tensor(x),)
