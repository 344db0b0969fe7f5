# case: while with a tensor-dependent break, same shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        i = 0
        while i < 5:
            if x.sum() > 50:
                break
            x = x * 2
            i += 1
        return x


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
