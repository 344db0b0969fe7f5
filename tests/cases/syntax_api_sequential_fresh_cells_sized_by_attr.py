# case: nn.SequentialCell([...]) of fresh layers sized by the input's shape and a Python attribute, built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.nc = 4

    def construct(self, x):
        input_nc = x.shape[1]
        seq = nn.SequentialCell([nn.Dense(input_nc, self.nc), nn.ReLU(), nn.Dense(self.nc, self.nc)])
        return seq(x)


def make():
    return Net(), (Tensor(np.ones((2, 8), np.float32)),)
