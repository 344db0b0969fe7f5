# case: a NumPy copy of a tensor printed by name on its own line -> the copy line falls back (LAX); the print of the name adds no dynamic line
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
        print(arr)
        return y * 2


def make():
    np.random.seed(8)
    return Probe(), (Tensor(np.random.rand(3, 4).astype(np.float32)),)
