# case: a hook handle made in __init__ removed in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def fwd(cell, inputs, output):
    return output
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)
        self.handle = self.fc.register_forward_hook(fwd)

    def construct(self, x):
        self.handle.remove()
        return self.fc(x)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
