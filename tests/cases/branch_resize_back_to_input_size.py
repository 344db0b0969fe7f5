# case: near miss: one arm pools then resizes back to the input's own size, the other keeps it: same shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmoothOrKeep(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pool = nn.AvgPool2d(2, 2)

    def construct(self, x):
        h, w = x.shape[-2:]
        if x.std() > 0.2:
            x = ops.interpolate(self.pool(x), size=(h, w), mode="bilinear")
        return x - 1


def make():
    np.random.seed(4)
    return SmoothOrKeep(), (Tensor(np.random.rand(1, 2, 8, 8).astype(np.float32)),)
