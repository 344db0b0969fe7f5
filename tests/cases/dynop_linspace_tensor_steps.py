# case: ops.linspace with tensor steps
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        return ops.linspace(Tensor(0.0), Tensor(1.0), k)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(5, ms.int32))
