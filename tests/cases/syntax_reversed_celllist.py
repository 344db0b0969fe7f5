import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss?: a loop over `reversed(self.layers)` of an nn.CellList
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(3, 3) for _ in range(2)])

    def construct(self, x):
        for layer in reversed(self.layers):
            x = layer(x)
        return x


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
