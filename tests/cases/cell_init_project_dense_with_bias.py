# near-miss: a project class named Dense that takes bias=: not MindSpore's nn.Dense, the Cell builds and its mask is dynamic
import numpy as np
from mindspore import nn, Tensor


class Dense(nn.Dense):
    def __init__(self, cin, cout, bias=True):
        super().__init__(cin, cout, has_bias=bias)


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = Dense(3, 3, bias=False)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return Head(), (Tensor(np.ones((2, 3), np.float32)),)
