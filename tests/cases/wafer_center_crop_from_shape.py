# case: crops the central die region using offsets computed from the input's static shape and a constructor margin -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CentreDensity(nn.Cell):
    def __init__(self, margin=3):
        super().__init__()
        self.margin = margin
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)

    def crop(self, wmap):
        h, w = wmap.shape[2], wmap.shape[3]
        return wmap[:, :, self.margin:h - self.margin, self.margin:w - self.margin]

    def construct(self, wmap):
        centre = self.crop(wmap)
        pooled = self.pool(centre)
        return pooled.mean(axis=(2, 3)), centre.shape[2] * centre.shape[3]


def make():
    np.random.seed(22)
    return CentreDensity(), (Tensor(np.random.rand(2, 1, 18, 18).astype(np.float32)),)
