# case: ops.assign updates a Parameter inside construct (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Running(nn.Cell):
    def __init__(self):
        super().__init__()
        self.avg = Parameter(Tensor(np.zeros(3, np.float32)), name="avg", requires_grad=False)

    def construct(self, x):
        ops.assign(self.avg, self.avg * 0.9 + x * 0.1)
        return self.avg + 0


def make():
    return Running(), (Tensor(np.ones(3, np.float32)),)
