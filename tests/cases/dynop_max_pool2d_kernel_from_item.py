# case: ops.max_pool2d given a kernel size computed by int() from a Tensor argument: the pooling op takes its kernel as a constant, so compiling fails at the call
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Inflate(nn.Cell):
    def construct(self, occ, radius):
        r = int(radius)
        inflated = ops.max_pool2d(occ, kernel_size=2 * r + 1, stride=1, padding=r)
        return inflated * 1.0


def make():
    np.random.seed(4)
    occ = Tensor((np.random.rand(1, 1, 12, 12) > 0.8).astype(np.float32))
    return Inflate(), (occ, Tensor(1, ms.int32))
