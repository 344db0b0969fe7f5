# case: MLP defines a local lambda activation inside construct (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwishMLP(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Dense(4, 8)
        self.fc2 = nn.Dense(8, 4)

    def construct(self, x):
        swish = lambda t: t * ops.sigmoid(t)
        return self.fc2(swish(self.fc1(x)))


def make():
    return SwishMLP(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
