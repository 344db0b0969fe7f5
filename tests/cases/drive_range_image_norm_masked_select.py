# case: range-image encoder normalising range by statistics of valid returns gathered with masked_select -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RangeImageEncoder(nn.Cell):
    def __init__(self, in_channels=5, hidden=8, eps=1e-5):
        super().__init__()
        self.eps = eps
        self.conv1 = nn.Conv2d(in_channels, hidden, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(hidden)
        self.act = nn.ReLU()

    def _normalise_range(self, rng, valid):
        returns = ops.masked_select(rng, valid)
        mean = returns.mean()
        std = ops.sqrt(((returns - mean) ** 2).mean())
        return ops.where(valid, (rng - mean) / (std + self.eps), ops.zeros_like(rng))

    def construct(self, range_img):
        rng = range_img[:, 0:1]
        valid = rng > 0
        rng_n = self._normalise_range(rng, valid)
        x = ops.concat([rng_n, range_img[:, 1:]], axis=1)
        return self.act(self.bn(self.conv1(x)))


def make():
    np.random.seed(2)
    img = np.random.rand(1, 5, 8, 32).astype(np.float32) * 50.0
    img[:, 0][np.random.rand(1, 8, 32) < 0.3] = 0.0
    net = RangeImageEncoder()
    net.set_train(False)
    return net, (Tensor(img),)
