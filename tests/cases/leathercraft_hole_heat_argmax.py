# case: hide inspection heat map for brand marks and holes, reports the single worst cell via argmax and the flagged fraction -> fixed shapes, Graph mode fine
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
        width = heat.shape[1]
        flat_idx = ops.argmax(heat.reshape(-1))
        row = flat_idx // width
        col = flat_idx % width
        frac = (heat > self.hole_level).astype(ms.float32).mean()
        return ops.stack([row, col]), frac


def make():
    np.random.seed(3078)
    img = Tensor(np.random.rand(1, 3, 24, 32).astype(np.float32))
    return BrandMarkDetector(hole_level=0.5), (img,)
