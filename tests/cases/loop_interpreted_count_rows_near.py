# case: the rows of the host copy counted in a loop -> dynamic at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        arr = x.asnumpy()
        n = 0
        for _ in arr:
            n += 1
        return x * n


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4)),)
