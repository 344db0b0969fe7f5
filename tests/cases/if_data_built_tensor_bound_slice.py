# case: a window start kept as a Tensor built from constants and replaced by another one when the first reading is positive, then used as a slice bound -> dynamic at the slice (the arms' Tensors meet as a graph value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Window(nn.Cell):
    def construct(self, x):
        start = Tensor(0, ms.int32)
        if x[0] > 0:
            start = Tensor(2, ms.int32)
        return x[start:start + 3] * 2.0


def make():
    np.random.seed(1)
    return Window(), (Tensor(np.random.rand(8).astype(np.float32)),)
