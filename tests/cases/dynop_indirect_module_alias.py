# case: ops.argwhere bound to a module-level name, called from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P

locate = ops.argwhere


class Net(nn.Cell):
    def construct(self, x):
        idx = locate(x > 1)
        return idx + 1


def make():
    return Net(), (Tensor(np.array([0, 2, 3, 1], np.float32)),)
