# case: Tensor.tile with a tensor repeat count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Rep(nn.Cell):
    def construct(self, x, r):
        return x.tile((r, 1))


def make():
    return Rep(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)), Tensor(np.array(2, np.int64)))
