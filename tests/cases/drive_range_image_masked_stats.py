# case: range-image normalisation using masked mean and variance computed with where and sums over the full image -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedRangeNorm(nn.Cell):
    def __init__(self, eps=1e-5):
        super().__init__()
        self.eps = eps

    def construct(self, rng, valid):
        w = valid.astype(ms.float32)
        n = w.sum(axis=(2, 3), keepdims=True) + self.eps
        mean = (rng * w).sum(axis=(2, 3), keepdims=True) / n
        var = (((rng - mean) * w) ** 2).sum(axis=(2, 3), keepdims=True) / n
        out = (rng - mean) / ops.sqrt(var + self.eps)
        return ops.where(valid, out, ops.zeros_like(out))


class RangeViewBackbone(nn.Cell):
    def __init__(self, in_channels=5, hidden=8):
        super().__init__()
        self.norm = MaskedRangeNorm()
        self.conv = nn.Conv2d(in_channels, hidden, 3, pad_mode="same")
        self.down = nn.Conv2d(hidden, hidden, 3, stride=(1, 2), pad_mode="same")

    def construct(self, range_img):
        rng = range_img[:, :1]
        valid = rng > 0
        x = ops.concat([self.norm(rng, valid), range_img[:, 1:]], axis=1)
        return self.down(ops.relu(self.conv(x)))


def make():
    np.random.seed(22)
    img = np.random.rand(2, 5, 8, 32).astype(np.float32) * 40
    img[:, 0][np.random.rand(2, 8, 32) < 0.25] = 0
    return RangeViewBackbone(), (Tensor(img),)
