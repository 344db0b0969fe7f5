# case: near miss: dict held by the Cell only read in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = {"scale": 2.0}

    def construct(self, x):
        return x * self.cfg["scale"]


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
