# case: Tensor.max(t) with a tensor argument has no overload: compile error
import mindspore as ms
from mindspore import nn, mint, ops
import numpy as np

class C(nn.Cell):
    def construct(self, a, b):
        y = a.max(b)
        return y

def make():
    return C(), (ms.Tensor(np.ones((2, 3), np.float32)), ms.Tensor(np.ones((2, 3), np.float32)))
