# case: a window start built as `Tensor(2, ms.int64)` from a constant and used as a slice bound -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Window(nn.Cell):
    def construct(self, x):
        start = Tensor(2, ms.int64)
        return x[start:start + 3] * 2.0


def make():
    np.random.seed(1)
    return Window(), (Tensor(np.random.rand(8).astype(np.float32)),)
