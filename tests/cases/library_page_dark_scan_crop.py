# case: if the scanned page is dark on average, crop away the scanner bed border before scoring, otherwise score the full page -> branches on a tensor value give different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PageQuality(nn.Cell):
    def __init__(self, border=8, dark_level=0.4):
        super().__init__()
        self.border = border
        self.dark_level = dark_level
        self.pool = nn.AvgPool2d(kernel_size=4, stride=4)

    def crop_border(self, page):
        b = self.border
        return page[:, :, b:-b, b:-b]

    def construct(self, page):
        if page.mean() < self.dark_level:
            page = self.crop_border(page)
        pooled = self.pool(page)
        contrast = pooled.max() - pooled.min()
        return pooled, contrast


def make():
    np.random.seed(45)
    page = Tensor((np.random.rand(1, 1, 64, 48) * 0.6).astype(np.float32))
    return PageQuality(), (page,)
