# case: nested closure with nonlocal
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        acc = x
        def bump():
            nonlocal acc
            acc = acc + 1
        bump()
        return acc


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
