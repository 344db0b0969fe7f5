# case: locate pinhole pixels in a glaze photo with nonzero and return their mean row/column -> dynamic shape from nonzero in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PinholeLocator(nn.Cell):
    def __init__(self, dark_level=0.15):
        super().__init__()
        self.dark_level = dark_level
        self.pool = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, gray):
        local = self.pool(gray)
        contrast = local - gray
        holes = ops.logical_and(gray < self.dark_level, contrast > 0.1)
        coords = ops.nonzero(holes[0, 0])
        centre = coords.astype(ms.float32).mean(axis=0)
        return centre, coords.shape[0]


def make():
    np.random.seed(4)
    gray = np.random.uniform(0.4, 0.9, size=(1, 1, 20, 20)).astype(np.float32)
    gray[0, 0, [3, 7, 12, 15], [5, 9, 2, 17]] = 0.05
    return PinholeLocator(), (Tensor(gray),)
