# case: gather the over-bright pixels of a backlit bottle image (possible blisters) by boolean-mask indexing -> result length depends on pixel values, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlisterBrightness(nn.Cell):
    def __init__(self, gain=1.2, level=0.85):
        super().__init__()
        self.gain = gain
        self.level = level
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)

    def normalise(self, img):
        lo = img.min()
        hi = img.max()
        return (img - lo) / (hi - lo + 1e-6)

    def construct(self, backlit):
        img = self.normalise(self.pool(backlit) * self.gain)
        bright = img[img > self.level]
        return bright.mean(), bright.shape[0]


def make():
    np.random.seed(41)
    img = np.random.rand(1, 1, 48, 48).astype(np.float32)
    return BlisterBrightness(), (Tensor(img),)
