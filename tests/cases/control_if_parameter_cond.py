# case: condition on a Parameter value chooses slices of different length
import numpy as np
import mindspore as ms
from mindspore import nn, Parameter, Tensor


class Gate(nn.Cell):
    def __init__(self):
        super().__init__()
        self.g = Parameter(Tensor(1.0, ms.float32), name="g")

    def construct(self, x):
        if self.g > 0.5:
            return x[:1]
        return x[:2]


def make():
    return Gate(), (Tensor(np.ones((3, 2), np.float32)),)
