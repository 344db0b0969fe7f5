# case: custom batch-norm updates a running-mean Parameter with ops.assign in training (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SimpleBN(nn.Cell):
    def __init__(self, ch=4, momentum=0.1):
        super().__init__()
        self.running_mean = Parameter(Tensor(np.zeros(ch, np.float32)), name="rm", requires_grad=False)
        self.momentum = momentum
        self.gamma = Parameter(Tensor(np.ones(ch, np.float32)), name="gamma")

    def construct(self, x):
        mean = x.mean(axis=0)
        new_rm = (1 - self.momentum) * self.running_mean + self.momentum * mean
        ops.assign(self.running_mean, new_rm)
        return (x - mean) * self.gamma


def make():
    return SimpleBN(), (Tensor(np.random.randn(6, 4).astype(np.float32)),)
