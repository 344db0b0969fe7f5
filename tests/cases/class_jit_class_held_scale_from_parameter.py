# case: a jit_class state held by the Cell gets a Tensor computed from a Parameter -> static at LAX, error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Scale:
    def __init__(self):
        self.value = Tensor(1.0, ms.float32)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(3, 2)
        self.scale = Scale()

    def _amax(self, w):
        return ops.abs(w).max()

    def construct(self, x):
        self.scale.value = self._amax(self.dense.weight)
        return self.dense(x) / self.scale.value


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
