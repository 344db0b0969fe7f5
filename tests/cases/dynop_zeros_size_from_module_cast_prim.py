# case: `cast = ops.Cast()` at module level, a row count cast from tensor data and used as a zeros size
# (hazard twin: a module-level primitive that is no shape function gives tensor data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

cast = ops.Cast()


class Pad(nn.Cell):
    def construct(self, x, count):
        rows = cast(count, ms.int32)
        return ops.zeros((rows, x.shape[1]), ms.float32)


def make():
    return Pad(), (Tensor(np.ones((2, 3), np.float32)), Tensor(4, ms.int32))
