# case: a local list of the Cell's own sub-cells unpacked into nn.SequentialCell in construct: measured static at both levels (unlike a list written out in the call)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Dense(8, 4)
        self.fc2 = nn.Dense(4, 4)

    def construct(self, x):
        layers = [self.fc1, self.fc2]
        seq = nn.SequentialCell(*layers)
        return seq(x)


def make():
    return Net(), (Tensor(np.ones((2, 8), np.float32)),)
