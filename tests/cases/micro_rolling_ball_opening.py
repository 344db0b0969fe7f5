# case: rolling-ball style background subtraction via grey opening (min-pool then max-pool) and optional smoothing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreyOpeningBackground(nn.Cell):
    def __init__(self, radius=4, smooth_background=True, light_background=False):
        super().__init__()
        k = 2 * radius + 1
        self.max_pool = nn.MaxPool2d(kernel_size=k, stride=1, pad_mode="same")
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")
        self.smooth_background = smooth_background
        self.light_background = light_background

    def erode(self, x):
        return -self.max_pool(-x)

    def dilate(self, x):
        return self.max_pool(x)

    def construct(self, img):
        if self.light_background:
            img = img.max() - img
        background = self.dilate(self.erode(img))
        if self.smooth_background:
            background = self.smooth(background)
        corrected = ops.relu(img - background)
        return corrected, background


def make():
    np.random.seed(9)
    yy, xx = np.mgrid[0:32, 0:32]
    img = (0.002 * (yy + xx) + np.random.rand(32, 32) * 0.05).astype(np.float32)
    img[10:14, 10:14] += 1.0
    return GreyOpeningBackground(), (Tensor(img[None, None]),)
