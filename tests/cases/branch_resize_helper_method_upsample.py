# case: a helper method upsamples by a constructor-argument scale, called on one arm of a tensor if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Refiner(nn.Cell):
    def __init__(self, scale=2):
        super().__init__()
        self.scale = scale
        self.head = nn.Conv2d(3, 3, 3)

    def up(self, x):
        h, w = x.shape[-2:]
        return ops.interpolate(x, size=(h * self.scale, w * self.scale), mode="nearest")

    def construct(self, x, score):
        y = self.head(x)
        if score > 0.3:
            y = self.up(y)
        return y


def make():
    np.random.seed(3)
    return Refiner(), (Tensor(np.random.rand(1, 3, 6, 6).astype(np.float32)), Tensor(0.7, ms.float32))
