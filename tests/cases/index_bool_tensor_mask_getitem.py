# case: getitem with a data-dependent boolean tensor mask (x[x > 0]) then mean; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositiveMean(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x):
        pos = x[x > 0]
        return pos.mean()


def make():
    return PositiveMean(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
