# case: near miss: both branches cast to int32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            y = ops.cast(x, ms.int32)
        else:
            y = ops.cast(x * 2, ms.int32)
        return y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
