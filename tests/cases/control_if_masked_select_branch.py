# case: masked_select only in one branch of a tensor if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        if x.sum() > 0:
            y = ops.masked_select(x, x > 0)
        else:
            y = x.reshape(-1)
        return y


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
