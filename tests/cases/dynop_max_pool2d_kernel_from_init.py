# case: ops.max_pool2d given a kernel size computed from a Python int the Cell keeps: a constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Inflate(nn.Cell):
    def __init__(self, radius=1):
        super().__init__()
        self.radius = radius

    def construct(self, occ):
        r = self.radius
        inflated = ops.max_pool2d(occ, kernel_size=2 * r + 1, stride=1, padding=r)
        return inflated * 1.0


def make():
    np.random.seed(4)
    occ = Tensor((np.random.rand(1, 1, 12, 12) > 0.8).astype(np.float32))
    return Inflate(), (occ,)
