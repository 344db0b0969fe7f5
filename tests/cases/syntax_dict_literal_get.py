# case: dict literal with .get and a default
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        d = {"w": 2.0}
        return x * d.get("w", 1.0) + d.get("b", 0.0)


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
