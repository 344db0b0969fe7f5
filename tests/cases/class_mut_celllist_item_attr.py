# case: attribute written on an item of a CellList in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(4, 4), nn.Dense(4, 4)])

    def construct(self, x):
        self.layers[0].scale = 2.0
        return self.layers[0](x)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
