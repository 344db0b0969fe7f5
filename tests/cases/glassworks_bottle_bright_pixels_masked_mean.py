# case: mean brightness of over-bright pixels in a backlit bottle image computed with a float mask -> no compaction, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlisterBrightnessMasked(nn.Cell):
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
        mask = ops.cast(img > self.level, ms.float32)
        count = mask.sum()
        mean_bright = (img * mask).sum() / ops.maximum(count, 1.0)
        return mean_bright, count


def make():
    np.random.seed(42)
    img = np.random.rand(1, 1, 48, 48).astype(np.float32)
    return BlisterBrightnessMasked(), (Tensor(img),)
