# case: a subclass of nn.Dense assigns the Parameter it inherits (`self.bias`): an Assign
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecayDense(nn.Dense):
    def construct(self, x):
        self.bias = self.bias * 0.5
        return ops.matmul(x, self.weight.T) + self.bias


def make():
    return DecayDense(3, 2), (Tensor(np.random.randn(4, 3).astype(np.float32)),)
