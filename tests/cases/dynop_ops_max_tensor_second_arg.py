# case: ops.max(a, t): the tensor lands on the int axis: compile error
import mindspore as ms
from mindspore import nn, mint, ops
import numpy as np

class C(nn.Cell):
    def construct(self, a, b):
        y = ops.max(a, b)
        return y

def make():
    return C(), (ms.Tensor(np.ones((2, 3), np.float32)), ms.Tensor(np.ones((2, 3), np.float32)))
