# case: the same NumPy copy printed through a format string -> the copy and the formatting line run in the interpreter (LAX)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Probe(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 2)

    def construct(self, x):
        y = self.fc(x)
        arr = y.asnumpy()
        print("mean %.3f" % arr.mean())
        return y * 2


def make():
    np.random.seed(9)
    return Probe(), (Tensor(np.random.rand(3, 4).astype(np.float32)),)
