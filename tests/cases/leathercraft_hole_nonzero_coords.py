# case: hide inspection flags brand marks and holes, returns the (row, col) coordinates of every flagged cell via ops.nonzero -> nonzero output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrandMarkDetector(nn.Cell):
    def __init__(self, channels=3, hole_level=0.9):
        super().__init__()
        self.conv = nn.Conv2d(channels, 1, kernel_size=3, pad_mode="same", has_bias=True)
        self.act = nn.Sigmoid()
        self.hole_level = hole_level

    def construct(self, hide_img):
        heat = self.act(self.conv(hide_img))[0, 0]
        flagged = heat > self.hole_level
        coords = ops.nonzero(flagged)
        return coords, heat.mean()


def make():
    np.random.seed(3077)
    img = Tensor(np.random.rand(1, 3, 24, 32).astype(np.float32))
    return BrandMarkDetector(hole_level=0.5), (img,)
