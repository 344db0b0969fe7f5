# case: per-image mean/std normalization with keep_dims reductions, then de-normalize the residual output -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerImageNorm(nn.Cell):
    def __init__(self, eps=1e-5, per_channel=False):
        super().__init__()
        self.eps = eps
        self.axes = (2, 3) if per_channel else (1, 2, 3)

    def construct(self, x):
        mean = x.mean(axis=self.axes, keep_dims=True)
        var = ((x - mean) ** 2).mean(axis=self.axes, keep_dims=True)
        std = ops.sqrt(var + self.eps)
        return (x - mean) / std, mean, std


class NormalizedDeblur(nn.Cell):
    def __init__(self, channels=3, feats=12, per_channel=True):
        super().__init__()
        self.norm = PerImageNorm(per_channel=per_channel)
        self.body = nn.SequentialCell([
            nn.Conv2d(channels, feats, 5, pad_mode="same"), nn.PReLU(feats),
            nn.Conv2d(feats, feats, 3, pad_mode="same"), nn.PReLU(feats),
            nn.Conv2d(feats, channels, 3, pad_mode="same"),
        ])

    def construct(self, blurry):
        xn, mean, std = self.norm(blurry)
        sharp = xn + self.body(xn)
        return sharp * std + mean


def make():
    np.random.seed(11)
    x = Tensor(np.random.rand(2, 3, 10, 10).astype(np.float32))
    return NormalizedDeblur(), (x,)
