import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Activation(nn.Cell):
    def __init__(self, kind="relu"):
        super().__init__()
        self.kind = kind
        self.gains = {"relu": 2.0, "tanh": 1.67}

    def construct(self, x):
        g = self.gains.get(self.kind, 1.0)
        return ops.relu(x) * g


def make():
    np.random.seed(0)
    return Activation(), (Tensor(np.random.rand(3, 4).astype(np.float32)),)
