# case: reduces with ReduceSum along an axis passed as a tensor argument, so the axis is unknown at compile time; graph mode compiles it with a dynamic output shape rather than erroring
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleSum(nn.Cell):
    def __init__(self):
        super().__init__()
        self.reduce = ops.ReduceSum(keep_dims=False)

    def construct(self, x, axis):
        return self.reduce(x, axis)


def make():
    x = Tensor(np.random.randn(3, 4).astype(np.float32))
    axis = Tensor(np.array([1], np.int64))
    return FlexibleSum(), (x, axis)
