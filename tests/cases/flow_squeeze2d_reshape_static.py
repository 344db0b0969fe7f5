# case: Glow squeeze/unsqueeze (space-to-depth by factor 2) via reshape and transpose using x.shape and a constructor factor, checked for round trip -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Squeeze2d(nn.Cell):
    def __init__(self, factor=2):
        super().__init__()
        self.f = factor

    def squeeze(self, x):
        b, c, h, w = x.shape
        f = self.f
        x = x.reshape(b, c, h // f, f, w // f, f)
        x = x.transpose(0, 1, 3, 5, 2, 4)
        return x.reshape(b, c * f * f, h // f, w // f)

    def unsqueeze(self, x):
        b, c, h, w = x.shape
        f = self.f
        x = x.reshape(b, c // (f * f), f, f, h, w)
        x = x.transpose(0, 1, 4, 2, 5, 3)
        return x.reshape(b, c // (f * f), h * f, w * f)

    def construct(self, x):
        y = self.squeeze(x)
        x_rec = self.unsqueeze(y)
        err = ops.abs(x_rec - x).max()
        return y, err


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return Squeeze2d(), (x,)
