# case: grow a tensor in a while loop on tensor data (Tensor counter against a literal; first body line calls a sub-Cell); expect the call depth limit error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Step(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(4, 4)

    def construct(self, x):
        return ops.tanh(self.proj(x))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.step = Step()

    def construct(self, x, n):
        out = x
        i = Tensor(0, ms.int32)
        while i < 6:
            y = self.step(x)
            out = ops.concat((out, y), 0)
            i = i + 1
        return out

def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)), Tensor(3, ms.int32))
