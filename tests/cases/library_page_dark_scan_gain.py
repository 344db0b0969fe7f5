# case: if the scanned page is dark on average, apply a brightness gain before scoring, otherwise leave it; both branches keep the page shape -> tensor if with same shapes, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PageQuality(nn.Cell):
    def __init__(self, gain=1.5, dark_level=0.4):
        super().__init__()
        self.gain = gain
        self.dark_level = dark_level
        self.pool = nn.AvgPool2d(kernel_size=4, stride=4)

    def construct(self, page):
        if page.mean() < self.dark_level:
            page = ops.clamp(page * self.gain, 0.0, 1.0)
        else:
            page = page * 1.0
        pooled = self.pool(page)
        contrast = pooled.max() - pooled.min()
        return pooled, contrast


def make():
    np.random.seed(46)
    page = Tensor((np.random.rand(1, 1, 64, 48) * 0.6).astype(np.float32))
    return PageQuality(), (page,)
