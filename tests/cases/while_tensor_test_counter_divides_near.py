# case: a while on a tensor bound counts passes and divides by the count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        acc = ops.zeros((2,), ms.float32)
        i = 0
        count = 0
        while i < n:
            acc = acc + x[:, 0]
            i = i + 1
            count = count + 1
        return acc / count


def make():
    return Net(), (Tensor(np.random.RandomState(0).randn(2, 12).astype(np.float32)), Tensor(7, ms.int32))
