# case: a NumPy constant array held in a local, wrapped in Tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        scale = np.array([1.0, 2.0, 3.0, 4.0], np.float32)
        return x + Tensor(scale)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
