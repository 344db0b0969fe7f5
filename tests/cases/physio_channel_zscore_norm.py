# case: per-channel z-score normalization of multichannel EEG with mean/std over the time axis and an epsilon -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelZScore(nn.Cell):
    def __init__(self, eps=1e-5, clip=6.0):
        super().__init__()
        self.eps = eps
        self.clip = clip

    def stats(self, x):
        mean = x.mean(axis=-1, keep_dims=True)
        var = ((x - mean) ** 2).mean(axis=-1, keep_dims=True)
        return mean, ops.sqrt(var + self.eps)

    def construct(self, x):
        # x: (batch, channels, time)
        mean, std = self.stats(x)
        z = (x - mean) / std
        return ops.clamp(z, -self.clip, self.clip)


def make():
    np.random.seed(20)
    scale = np.array([5.0, 20.0, 50.0, 1.0]).reshape(1, 4, 1)
    x = scale * np.random.randn(2, 4, 64) + 3.0
    return ChannelZScore(), (Tensor(x.astype(np.float32)),)
