# case: construct sets an attribute on each Parameter of a ParameterTuple it loops over (hazard)
import numpy as np
from mindspore import nn, Tensor, Parameter, ParameterTuple


class Keep(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones(3, np.float32)), name="w")
        self.b = Parameter(Tensor(np.zeros(3, np.float32)), name="b")
        self.weights = ParameterTuple((self.w, self.b))

    def construct(self, x):
        for i, p in enumerate(self.weights):
            p.grad = x * i
        return x * self.w + self.b


def make():
    return Keep(), (Tensor(np.ones(3, np.float32)),)
