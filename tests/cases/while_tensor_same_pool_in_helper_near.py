# case: a smoothing loop applies a stride-1 "same" average pooling in a helper while the map's max is above a level -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Smoother(nn.Cell):
    def __init__(self, level=0.5):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")
        self.level = level

    def _smooth(self, fmap, steps):
        fmap = self.pool(fmap) * 0.5
        return fmap, steps + 1

    def construct(self, fmap):
        steps = 0
        while fmap.max() > self.level:
            fmap, steps = self._smooth(fmap, steps)
        return fmap, steps


def make():
    np.random.seed(9)
    return Smoother(), (Tensor(np.random.rand(1, 2, 8, 8).astype(np.float32) + 1.0),)
