# case: construct reads each Parameter of a ParameterTuple it loops over (near miss)
import numpy as np
from mindspore import nn, Tensor, Parameter, ParameterTuple


class Keep(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones(3, np.float32)), name="w")
        self.b = Parameter(Tensor(np.zeros(3, np.float32)), name="b")
        self.weights = ParameterTuple((self.w, self.b))

    def construct(self, x):
        out = x
        for p in self.weights:
            out = out + p
        return out


def make():
    return Keep(), (Tensor(np.ones(3, np.float32)),)
