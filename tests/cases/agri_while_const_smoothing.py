# case: smooths a soil moisture transect with a fixed number of diffusion iterations in a while loop over a Python int counter -> constant loop, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoistureSmoother(nn.Cell):
    def __init__(self, iterations=3, alpha=0.25):
        super().__init__()
        self.iterations = iterations
        self.alpha = alpha

    def step(self, m):
        left = ops.concat((m[:, :1], m[:, :-1]), axis=1)
        right = ops.concat((m[:, 1:], m[:, -1:]), axis=1)
        return m + self.alpha * (left + right - 2 * m)

    def construct(self, moisture):
        i = 0
        while i < self.iterations:
            moisture = self.step(moisture)
            i += 1
        return moisture


def make():
    np.random.seed(46)
    moisture = Tensor((np.random.rand(2, 12) * 0.3 + 0.1).astype(np.float32))
    return MoistureSmoother(), (moisture,)
