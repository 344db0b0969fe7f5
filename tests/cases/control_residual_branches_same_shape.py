# case: near miss: a tensor `if` choosing between two residual denoisers that keep the input's shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoPathDenoiser(nn.Cell):
    def __init__(self, channels=3, feats=8, high_noise=0.3):
        super().__init__()
        self.high_noise = high_noise
        self.light = nn.SequentialCell([nn.Conv2d(channels, feats, 3, pad_mode="same"), nn.ReLU(),
                                        nn.Conv2d(feats, channels, 3, pad_mode="same")])
        self.heavy = nn.SequentialCell([nn.Conv2d(channels, feats, 5, pad_mode="same"), nn.ReLU(),
                                        nn.Conv2d(feats, channels, 5, pad_mode="same")])

    def construct(self, noisy):
        sigma = ops.abs(noisy[:, :, :, 1:] - noisy[:, :, :, :-1]).mean()
        if sigma > self.high_noise:
            out = noisy - self.heavy(noisy)
        else:
            out = noisy - self.light(noisy)
        return out


def make():
    np.random.seed(21)
    return TwoPathDenoiser(), (Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32)),)
