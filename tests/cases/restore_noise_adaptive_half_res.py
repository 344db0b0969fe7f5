# case: denoiser processes at half resolution when the estimated noise is high, returning the lower-resolution result in that branch -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def estimate_sigma(x):
    # MAD of the horizontal Laplacian-like high-pass as a quick noise estimate
    hp = x[:, :, :, 2:] - 2 * x[:, :, :, 1:-1] + x[:, :, :, :-2]
    return ops.abs(hp).mean() / 0.6745


class AdaptiveResDenoiser(nn.Cell):
    def __init__(self, channels=3, feats=8, high_noise=0.3):
        super().__init__()
        self.high_noise = high_noise
        self.pool = nn.AvgPool2d(2, 2)
        self.full = nn.SequentialCell([
            nn.Conv2d(channels, feats, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(feats, channels, 3, pad_mode="same"),
        ])
        self.coarse = nn.SequentialCell([
            nn.Conv2d(channels, feats, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(feats, channels, 3, pad_mode="same"),
        ])

    def construct(self, noisy):
        sigma = estimate_sigma(noisy)
        if sigma > self.high_noise:
            small = self.pool(noisy)
            out = small - self.coarse(small)
        else:
            out = noisy - self.full(noisy)
        return out


def make():
    np.random.seed(21)
    noisy = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return AdaptiveResDenoiser(), (noisy,)
